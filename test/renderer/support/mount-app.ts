// Mounts the whole renderer (providers, router, stores) the way main.ts does, on memory history,
// attached to the document so Naive UI's teleported dialogs and menus are reachable.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, type Router } from 'vue-router';
import App from '../../../src/App.vue';
import { createAppRouter } from '../../../src/router';

export interface MountedApp {
  readonly wrapper: VueWrapper;
  readonly router: Router;
  unmount(): void;
}

export interface MountOptions {
  /**
   * Real transitions, not test-utils' <transition-stub> elements. Needed for selects inside a
   * dialog: Naive UI's focus trap takes the element after its sentinel for the dialog's content,
   * a stub there hides the content from it, and the trap pulls focus out of every field (so
   * every select shuts as it opens). Leaving elements then linger a frame: wait for messages.
   */
  readonly realTransitions?: boolean;
}

export async function mountApp(path = '/', options: MountOptions = {}): Promise<MountedApp> {
  const router = createAppRouter(createMemoryHistory());
  const host = document.createElement('div');
  document.body.appendChild(host);
  const stubs = options.realTransitions ? { transition: false, 'transition-group': false } : undefined;
  const wrapper = mount(App, { global: { plugins: [createPinia(), router], stubs }, attachTo: host });
  await router.push(path);
  await router.isReady();
  await flushPromises();
  return {
    wrapper,
    router,
    unmount() {
      wrapper.unmount();
      document.body.innerHTML = '';
    },
  };
}

/** The element with this data-testid anywhere in the document (dialogs are teleported to body). */
export function byTestId<E extends Element = HTMLElement>(testId: string): E | null {
  return document.querySelector<E>(`[data-testid="${testId}"]`);
}

/** Types into a native input or textarea the way a person does: value, then an input event. */
export function typeInto(testId: string, value: string): void {
  const input = byTestId<HTMLInputElement | HTMLTextAreaElement>(testId);
  if (!input) throw new Error(`No input with data-testid="${testId}"`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Submits the form an element belongs to, as pressing Enter in it does. */
export function submitFormOf(testId: string): void {
  const form = byTestId(testId)?.closest('form');
  if (!form) throw new Error(`No form around data-testid="${testId}"`);
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

export function click(testId: string): void {
  const element = byTestId(testId);
  if (!element) throw new Error(`No element with data-testid="${testId}"`);
  element.click();
}

/** The text beside a form field: Naive UI's feedback line of the form item holding the input. */
export function feedbackFor(testId: string): string {
  const item = byTestId(testId)?.closest('.n-form-item');
  return item?.querySelector('.n-form-item-feedback-wrapper')?.textContent?.trim() ?? '';
}

/** Opens a Naive UI select and picks the option with this label, as a click-through would. */
export async function choose(testId: string, label: string): Promise<void> {
  const selection = byTestId(testId)?.querySelector<HTMLElement>('.n-base-selection');
  if (!selection) throw new Error(`No select with data-testid="${testId}"`);
  selection.click();
  await flushPromises();
  // Menus of selects closed earlier can linger mid-transition in happy-dom: the newest wins.
  const options = [...document.querySelectorAll<HTMLElement>('.n-base-select-option')];
  const option = options.findLast((o) => o.textContent?.trim() === label);
  if (!option) throw new Error(`No option "${label}" in ${testId}; saw: ${options.map((o) => o.textContent?.trim()).join(', ')}`);
  option.click();
  await flushPromises();
}

/** The label a select shows for its current value ('' when nothing is chosen). */
export function chosenLabel(testId: string): string {
  return byTestId(testId)?.querySelector('.n-base-selection-label, .n-base-selection-input')?.textContent?.trim() ?? '';
}
