// Naive UI (2.45) gives a card's header, and the title inside it, role="heading" with no
// aria-level: two nested headings of no level, the outer one also holding the close button and
// any header actions. Screen readers announce them badly and axe rates it critical
// (aria-required-attr). No prop reaches those elements, so this corrects them as they appear:
// the outer wrapper loses the role and the title becomes one heading of a level. The level is 2
// (a card sits under its screen's h1; a dialog's title heads the dialog) unless an ancestor says
// otherwise with data-heading-level.

const HEADER = '.n-card-header[role="heading"]';
const TITLE = '.n-card-header__main[role="heading"]:not([aria-level])';

function headingLevel(title: Element): string {
  const level = title.closest<HTMLElement>('[data-heading-level]')?.dataset.headingLevel;
  return level && /^[1-6]$/.test(level) ? level : '2';
}

/** Corrects every card header in `root`, `root` itself included. */
export function correctCardHeadings(root: Element): void {
  const within = (selector: string) => (root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : root.querySelectorAll(selector));
  for (const header of within(HEADER)) header.removeAttribute('role');
  for (const title of within(TITLE)) title.setAttribute('aria-level', headingLevel(title));
}

/**
 * Corrects card headers under `root` now and in whatever is added later (dialogs are teleported
 * to the body, so that is the root to watch); returns the stop. Only added subtrees are looked
 * at, so a virtual list redrawing its rows costs next to nothing.
 */
export function watchCardHeadings(root: HTMLElement): () => void {
  correctCardHeadings(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) correctCardHeadings(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
