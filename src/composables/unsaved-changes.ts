// Unsaved changes (SPEC section 9; a desktop app never drops typed work without asking): a form
// registers a test for "changed since it was opened or saved". Leaving the screen asks first;
// closing the window or reloading gets the browser's beforeunload, which Electron's main turns
// into a Leave / Stay prompt (electron/main/unsaved-prompt.ts). A lock does not ask: the idle
// lock must not wait on anyone, and a lock forgets every record anyway (forgetUnsavedChanges).
import { useDialog } from 'naive-ui';
import { onBeforeUnmount } from 'vue';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';

type DirtyTest = () => boolean;
const dirtyTests = new Set<DirtyTest>();
let listening = false;

/** True while any open form holds changes nobody saved. */
export function hasUnsavedChanges(): boolean {
  for (const test of dirtyTests) if (test()) return true;
  return false;
}

/** A lock or a lost session: what was typed goes with the records, and nothing asks about it. */
export function forgetUnsavedChanges(): void {
  dirtyTests.clear();
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (!hasUnsavedChanges()) return;
  event.preventDefault();
  // Chromium still wants returnValue set before it will hold the page.
  event.returnValue = '';
}

export const DISCARD_TEXTS = {
  title: 'Discard your changes?',
  content: 'What you typed here has not been saved. If you go on, it is lost.',
  discard: 'Discard changes',
  keep: 'Keep editing',
} as const;

/** Asks the user; resolves true to discard (go on), false to stay. Esc and the close button stay. */
export function useDiscardPrompt(): (what?: string) => Promise<boolean> {
  const dialog = useDialog();
  return (what) =>
    new Promise<boolean>((resolve) => {
      dialog.warning({
        title: DISCARD_TEXTS.title,
        content: what ? `${what} ${DISCARD_TEXTS.content}` : DISCARD_TEXTS.content,
        positiveText: DISCARD_TEXTS.discard,
        negativeText: DISCARD_TEXTS.keep,
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
        onEsc: () => resolve(false),
      });
    });
}

/**
 * Registers a form's dirty test while the component lives; returns `confirmLeave`, for the
 * form's own ways out (Cancel, Esc, closing its dialog): true when nothing is lost or the user
 * chose to discard.
 */
export function useUnsavedChanges(isDirty: DirtyTest, what?: string): { confirmLeave: () => Promise<boolean> } {
  const ask = useDiscardPrompt();
  dirtyTests.add(isDirty);
  if (!listening) {
    window.addEventListener('beforeunload', onBeforeUnload);
    listening = true;
  }
  onBeforeUnmount(() => dirtyTests.delete(isDirty));
  // Only while still registered: after a lock the test is gone and the lock's navigation passes.
  const confirmLeave = async (): Promise<boolean> => !(dirtyTests.has(isDirty) && isDirty()) || (await ask(what));
  onBeforeRouteLeave(confirmLeave);
  // A case's tabs are one route with ?tab=: moving to another tab unmounts the form all the same.
  onBeforeRouteUpdate(confirmLeave);
  return { confirmLeave };
}
