// Naive UI's tabs are plain divs: no role, no tab stop, so a keyboard cannot reach them and a
// screen reader does not know they switch anything. Each tab's label is drawn as a real button
// instead (styled in accessibility.css); its click bubbles to Naive's tab, which opens it.
import { h, type VNode } from 'vue';

export function tabButton(label: string, current: boolean, testId: string): VNode {
  return h('button', { type: 'button', class: 'tab-button', 'aria-current': current ? 'true' : undefined, 'data-testid': testId }, label);
}
