// Naive UI's card headers, corrected: one heading with a level (2, or what an ancestor asks for)
// instead of two nested headings with none, for cards on the page and for those added later.
import { NCard, NModal } from 'naive-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h, nextTick, ref } from 'vue';
import { correctCardHeadings, watchCardHeadings } from '../../src/ui/card-headings';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.innerHTML = '';
});

function mount(render: () => ReturnType<typeof h>): void {
  const host = document.createElement('div');
  document.body.append(host);
  const app = createApp({ render });
  app.mount(host);
  stops.push(() => app.unmount());
}

const headings = () => [...document.querySelectorAll('[role="heading"]')].map((el) => ({ text: el.textContent?.trim(), level: el.getAttribute('aria-level') }));

describe('card headings', () => {
  it('are two nested headings without a level as Naive UI draws them (the reason for the correction)', () => {
    mount(() => h(NCard, { title: 'Client' }, { default: () => 'Body' }));
    expect(headings()).toEqual([
      { text: 'Client', level: null },
      { text: 'Client', level: null },
    ]);
  });

  it('become one heading of level 2, or the level an ancestor names', () => {
    mount(() => h('div', [h(NCard, { title: 'Client' }), h('section', { 'data-heading-level': '3' }, [h(NCard, { title: 'Flags' })])]));
    correctCardHeadings(document.body);
    expect(headings()).toEqual([
      { text: 'Client', level: '2' },
      { text: 'Flags', level: '3' },
    ]);
  });

  it('are corrected in a dialog opened later, teleported to the body', async () => {
    stops.push(watchCardHeadings(document.body));
    const show = ref(false);
    mount(() => h(NModal, { show: show.value, preset: 'card', title: 'New case' }, { default: () => 'Form' }));
    expect(headings()).toEqual([]);
    show.value = true;
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the observer's callback
    expect(headings()).toEqual([{ text: 'New case', level: '2' }]);
  });
});
