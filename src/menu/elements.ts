// The places on screen a menu command moves to, and the waiting for them: a command often opens
// a screen or a tab first, and its element appears once that has loaded. The selectors are the
// anchors the screens already carry (field ids, which label their inputs; the tests' ids for
// buttons); test/renderer/menu-commands.test.ts finds each one on its screen.

export const MENU_TARGETS = {
  /** The Chronology tab's "Add record" button (ChronologyTab.vue): the menu opens the form the way a click does. */
  addRecord: '[data-testid="add-record"]',
  /** The Chronology tab's search box (ChronologyFilters.vue). */
  chronologySearch: '#chronology-search',
  /** The cases list's filters (CaseFilters.vue); the list has no text search of its own. */
  caseFilters: '[role="search"][aria-label="Filter the cases"]',
  /** The Review tab's "Make the review pack" button (ReviewTab.vue). */
  makeReviewPack: '[data-testid="review-build"]',
  /** A signed letter's export path (ExportLetterForm.vue). */
  letterExportPath: '#letter-export-path',
  /** The home screen's recent cases (HomeView.vue). */
  recentCases: '#recent-cases',
} as const;

const POLL_MS = 50;

/** The element once it is in the document, or null if it has not appeared within the time. */
export async function waitForElement(selector: string, timeoutMs = 5000): Promise<HTMLElement | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = document.querySelector<HTMLElement>(selector);
    if (found || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Moves the keyboard focus there and into view. A region that is not focusable by itself gets
 * tabindex -1 (focusable by script, not a Tab stop), as a skip link's target does.
 */
export function focusElement(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
  element.scrollIntoView?.({ block: 'nearest' });
  if (element instanceof HTMLInputElement) element.select();
}
