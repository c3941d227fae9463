// What each menu command does in the renderer. One handler per command (the map is typed by the
// contract's list, so a new command cannot be left without one), given what it needs by
// useMenuCommands. Screens are reached the way a person reaches them: routes, tabs in the
// address, the screen's own buttons and fields.
import type { RouteLocationRaw, Router } from 'vue-router';
import type { LetterView, MenuCommand } from '../../electron/core/contract';
import { focusElement, MENU_TARGETS, waitForElement } from './elements';

/** While locked (or before sign-in) the screen shows nothing of the cases: only these make sense. */
export const COMMANDS_WHILE_LOCKED: ReadonlySet<MenuCommand> = new Set<MenuCommand>(['shortcuts', 'about']);

export interface MenuActionDeps {
  readonly router: Router;
  /** The Lock button's own lock: forget the records, lock the core, show the unlock screen. */
  lock(): Promise<void>;
  /** A short message, for a command that cannot do anything here. */
  tell(text: string): void;
  /** The letter open on the Letters tab, if any. */
  openLetter(): LetterView | null;
  readonly may: { readonly writeRecords: () => boolean; readonly importContacts: () => boolean };
  showShortcuts(): void;
  showAbout(): void;
}

type CaseTab = 'chronology' | 'letters' | 'review';

export function createMenuActions(deps: MenuActionDeps): Record<MenuCommand, () => Promise<void>> {
  const { router } = deps;
  const openCaseId = (): string | null => {
    const route = router.currentRoute.value;
    return route.name === 'case' && typeof route.params.caseId === 'string' ? route.params.caseId : null;
  };
  const go = async (to: RouteLocationRaw): Promise<void> => {
    await router.push(to);
  };
  /** The case's tab, keeping the rest of the address (an open letter stays open). */
  const showTab = async (tab: CaseTab): Promise<void> => {
    const route = router.currentRoute.value;
    if (route.query.tab !== tab) await router.replace({ query: { ...route.query, tab } });
  };
  const focusWhenShown = async (selector: string): Promise<boolean> => {
    const element = await waitForElement(selector);
    if (element) focusElement(element);
    return element !== null;
  };

  return {
    async 'new-record'() {
      if (!openCaseId()) return deps.tell('Open a case to add a record.');
      if (!deps.may.writeRecords()) return deps.tell('Records are added by the director, the client manager or the clinical lead.');
      await showTab('chronology');
      (await waitForElement(MENU_TARGETS.addRecord))?.click();
    },
    async import() {
      if (!deps.may.importContacts()) return deps.tell('Contacts are imported by the director or a client manager.');
      const caseId = openCaseId();
      await go({ name: 'import-contacts', query: caseId ? { caseId } : {} });
    },
    async print() {
      if (!openCaseId()) return deps.tell('Open a case to make its review pack.');
      await showTab('review');
      await focusWhenShown(MENU_TARGETS.makeReviewPack);
    },
    async 'export-letter'() {
      const caseId = openCaseId();
      const letter = caseId ? deps.openLetter() : null;
      if (!letter || letter.caseId !== caseId) return deps.tell('Open a signed letter on a case’s Letters tab to export it as a PDF.');
      if (letter.status !== 'signed') return deps.tell('Only a signed letter is exported as a PDF: sign this one first.');
      const route = router.currentRoute.value;
      if (route.query.tab !== 'letters' || route.query.letter !== letter.id) await router.replace({ query: { tab: 'letters', letter: letter.id } });
      await focusWhenShown(MENU_TARGETS.letterExportPath);
    },
    async lock() {
      await deps.lock();
    },
    async search() {
      // A case's search is its chronology's; everywhere else, the list of cases and its filters.
      if (openCaseId()) {
        await showTab('chronology');
        await focusWhenShown(MENU_TARGETS.chronologySearch);
        return;
      }
      if (router.currentRoute.value.name !== 'cases') await go({ name: 'cases' });
      await focusWhenShown(MENU_TARGETS.caseFilters);
    },
    async 'go-home'() {
      await go({ name: 'home' });
    },
    async 'go-cases'() {
      await go({ name: 'cases' });
    },
    async 'go-dashboard'() {
      await go({ name: 'dashboard' });
    },
    async 'recent-cases'() {
      await go({ name: 'home', hash: '#recent-cases' });
      await focusWhenShown(MENU_TARGETS.recentCases);
    },
    async back() {
      router.back();
    },
    async forward() {
      router.forward();
    },
    async shortcuts() {
      deps.showShortcuts();
    },
    async about() {
      deps.showAbout();
    },
  };
}
