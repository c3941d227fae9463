// Accessibility end to end, on the demo organisation: an axe-core audit (WCAG 2.1 A and AA) of
// every screen and of the dialogs they open, failing on any serious or critical violation; the
// client manager's everyday path done with the keyboard alone, focus visible at every step; and
// the key screens at 200% zoom, still one column wide with their main actions in reach.
// One demo store serves every test (each sign-in pays a real scrypt); each role signs in once.
import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSPHRASE } from '../../electron/core/contract';
import { STATUS_LABELS } from '../../electron/core/contract/labels';
import { blockingViolations, describeViolations } from './support/axe';
import { openCoreHost } from './support/core-host';
import type { CoreHost } from './support/core-host-types';
import { bridgeToCore, expect, test as base } from './support/fixtures';
import { lock, unlock } from './support/ui';

interface DemoFixtures {
  /** A page on the app, bridged to the shared demo store, which is locked when the page opens. */
  demo: Page;
  /** Audits the page (or one dialog) as it is now, softly, and saves its screenshot. */
  audit: (screen: string, within?: string) => Promise<void>;
}

const test = base.extend<DemoFixtures, { demoCore: CoreHost }>({
  demoCore: [
    async ({}, use) => {
      const core = openCoreHost();
      const built = await core.invoke('demo.create', {});
      if (!built.ok) throw new Error(`demo.create refused: ${built.error.message}`);
      await use(core);
      core.dispose();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  demo: async ({ page, server, demoCore }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await demoCore.invoke('session.lock', {});
    await bridgeToCore(page, demoCore);
    await page.goto(server.url);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
  audit: async ({ page, shot }, use) => {
    await use(async (screen, within) => {
      // Let Naive UI's transitions finish: axe reads colours, and a fading element has none yet.
      await page.waitForTimeout(350);
      const violations = await blockingViolations(page, within);
      expect.soft(violations.length, describeViolations(screen, violations)).toBe(0);
      await shot(`a11y-${screen}`);
    });
  },
});

const DIALOG = '[role="dialog"]';

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function nav(page: Page, to: string, title: string | RegExp): Promise<void> {
  await page.getByTestId(`nav-${to}`).click();
  await heading(page, title);
}

async function openCase(page: Page, clientName: string): Promise<void> {
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row').filter({ hasText: clientName }).first().getByRole('link').click();
  await heading(page, clientName);
}

async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('first run: the setup screen and its demo offer', async ({ app: page, audit }) => {
  await heading(page, 'Set up Threshold');
  await expect(page.getByTestId('demo-offer')).toBeVisible();
  await audit('setup');
});

test('every screen of every role, and the dialogs they open, pass axe (WCAG 2.1 AA: nothing serious or critical)', async ({ demo: page, demoCore, audit }) => {
  test.setTimeout(420_000);
  let oneTime = '';

  await test.step('unlock', async () => {
    await expect(page.getByTestId('unlock-submit')).toBeVisible();
    await audit('unlock');
  });

  await test.step('director: home, cases, dashboard', async () => {
    await unlock(page, 'director', DEMO_PASSPHRASE);
    await heading(page, 'To decide and sign');
    await audit('director-home');
    await nav(page, 'cases', 'Cases');
    await expect(page.getByTestId('case-row').first()).toBeVisible();
    await audit('cases');
    // A case's status is a word in its tag, whatever its colour.
    const statusWords: readonly string[] = Object.values(STATUS_LABELS);
    for (const status of await page.locator('[data-testid="case-row"] td[data-col-key="status"]').allTextContents()) expect(statusWords).toContain(status.trim());
    await page.getByTestId('new-case').click();
    await expect(page.getByTestId('new-case-dialog')).toBeVisible();
    await audit('new-case-dialog', DIALOG);
    await closeDialog(page, page.getByTestId('new-case-dialog'));
    await nav(page, 'dashboard', 'Dashboard');
    await expect(page.getByTestId('dashboard-table')).toBeVisible();
    await audit('dashboard');
  });

  await test.step('a case, tab by tab, with its dialogs', async () => {
    // The Complaints tab with a history to show (its tables), from the pairing case.
    await openCase(page, 'Rebecca Hendy');
    await page.getByTestId('tab-complaints').click();
    await expect(page.locator('[data-testid="complaints-tab"] table').first()).toBeVisible();
    await audit('case-complaints-history');
    await openCase(page, 'Natalie Coad');
    await audit('case-overview');
    await page.getByTestId('edit-case').click();
    await expect(page.getByTestId('edit-case-dialog')).toBeVisible();
    await audit('edit-case-dialog', DIALOG);
    await closeDialog(page, page.getByTestId('edit-case-dialog'));
    await page.getByTestId('add-client-side').click();
    await expect(page.getByTestId('add-person-dialog')).toBeVisible();
    await audit('add-person-dialog', DIALOG);
    await closeDialog(page, page.getByTestId('add-person-dialog'));

    await page.getByTestId('tab-chronology').click();
    await expect(page.getByTestId('chronology-row').first()).toBeVisible();
    await audit('case-chronology');
    await page.getByTestId('add-record').click();
    await expect(page.getByTestId('record-type-contact')).toBeVisible();
    await audit('record-type-chooser', DIALOG);
    await page.getByTestId('record-type-contact').click();
    await expect(page.getByTestId('record-form')).toBeVisible();
    await audit('new-record-form', DIALOG);
    await closeDialog(page, page.getByTestId('record-dialog'));
    await page.getByTestId('chronology-row').first().click();
    await expect(page.getByTestId('record-drawer')).toBeVisible();
    await audit('record-drawer', DIALOG);
    await closeDialog(page, page.getByTestId('record-drawer'));

    await page.getByTestId('tab-pairing').click();
    await expect(page.getByTestId('pairing-tab')).toBeVisible();
    await audit('case-pairing');
    // Colour is not the only carrier: the weekly chart is described to screen readers (ECharts'
    // aria label) and every bar series is filled with a pattern (an SVG <pattern>), not a colour alone.
    const weekly = page.getByTestId('pairing-weekly-chart');
    await expect(weekly.locator('[aria-label]').first()).toHaveAttribute('aria-label', /.+/);
    const patternFills = await weekly.locator('svg').first().evaluate((svg) => {
      const ids = new Set(Array.from(svg.querySelectorAll('pattern'), (p) => p.id));
      const fills = Array.from(svg.querySelectorAll('path[fill^="url(#"]'), (el) => el.getAttribute('fill')?.slice(5, -1) ?? '');
      return new Set(fills.filter((id) => ids.has(id))).size;
    });
    expect(patternFills, 'distinct patterns filling the bars').toBeGreaterThanOrEqual(2);
    await page.getByTestId('tab-complaints').click();
    await expect(page.getByTestId('complaints-reminder')).toBeVisible();
    await audit('case-complaints');
    await page.getByTestId('tab-checklist').click();
    await expect(page.getByTestId('criterion').first()).toBeVisible();
    await audit('case-checklist');
    // Each criterion's state is a word on its tag, not just the tag's colour.
    // The renderer's words for a criterion's state (src/labels.ts, outside this project's files).
    const stateWords: readonly string[] = ['Met', 'Not met', 'Needs a judgement', 'Not applicable'];
    for (const state of await page.getByTestId('criterion-state').allTextContents()) expect(stateWords).toContain(state.trim());
    // Each casework form opens in place, under its button.
    const action = page.getByTestId('casework-actions').getByRole('button').first();
    await action.click();
    await expect(action).toHaveAttribute('aria-expanded', 'true');
    await audit('case-checklist-casework-form');
    await action.click();

    await page.getByTestId('tab-letters').click();
    await expect(page.getByTestId('letters-tab')).toBeVisible();
    await audit('case-letters');
    await page.getByTestId('letters-new').click();
    await expect(page.getByTestId('letters-option').first()).toBeVisible();
    await audit('case-letters-new-menu');
    await page.locator('[data-testid="letters-option"][data-type="verbal_warning_confirmation"]').first().click();
    await expect(page.getByTestId('letter-preview')).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
    await audit('letter-preview');
    await page.getByTestId('letter-sign').click();
    await expect(page.getByTestId('letter-sign-dialog')).toBeVisible();
    await audit('letter-sign-dialog', DIALOG);
    await page.getByTestId('letter-sign-dialog').getByTestId('letter-sign-cancel').click();
    await page.getByTestId('letter-void').click();
    await expect(page.getByTestId('letter-void-dialog')).toBeVisible();
    await audit('letter-void-dialog', DIALOG);
    await page.getByTestId('letter-void-cancel').click();

    await page.getByTestId('tab-review').click();
    await expect(page.getByTestId('review-tab')).toBeVisible();
    await audit('case-review');
  });

  await test.step('the menu: import, settings, users, registers, logs', async () => {
    await nav(page, 'import-contacts', 'Import contacts');
    await audit('import-wizard');
    const cases = await demoCore.invoke('cases.list', {});
    const natalie = cases.ok ? cases.value.find((c) => c.clientName === 'Natalie Coad') : undefined;
    if (!natalie) throw new Error('The demo has no Natalie Coad');
    await page.getByTestId('import-case').click();
    await page.locator('.n-base-select-option', { hasText: natalie.reference }).first().click();
    // One good row and one bad, so the mapping, the preview and the error table all show.
    const csv = 'Call start,Call type,Direction,Agent,Talk time,Notes\r\n01/10/2026 09:15,Phone call,Inbound,,0:04:32,Asked about the timetable.\r\n02/10/2026 10:00,Carrier pigeon,Inbound,,,A note.\r\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect(page.getByTestId('import-mapping')).toBeVisible();
    await expect(page.getByTestId('import-error-row').first()).toBeVisible();
    await audit('import-wizard-mapping');

    await nav(page, 'policy-settings', 'Policy settings');
    await audit('policy-settings');
    await nav(page, 'users', 'Users');
    await audit('users');
    await page.getByTestId('add-user').click();
    await expect(page.getByTestId('add-user-dialog')).toBeVisible();
    await audit('add-user-dialog', DIALOG);
    // A new client manager: the dialog then shows their one-time passphrase.
    await page.getByTestId('user-full-name').fill('Kerensa Jago');
    await page.getByTestId('user-login').fill('kjago');
    await page.getByTestId('user-submit').click();
    await expect(page.getByTestId('one-time-passphrase')).toBeVisible();
    await audit('one-time-passphrase-dialog', DIALOG);
    oneTime = (await page.getByTestId('one-time-passphrase').textContent()) ?? '';
    await page.getByTestId('one-time-done').click();
    await expect(page.getByTestId('add-user-dialog')).toBeHidden();
    await page.locator('[data-testid^="remove-user-"]').first().click();
    await expect(page.getByTestId('remove-user-dialog')).toBeVisible();
    await audit('remove-user-dialog', DIALOG);
    await closeDialog(page, page.getByTestId('remove-user-dialog'));
    await nav(page, 'letterhead', 'Organisation and letterhead');
    await expect(page.getByTestId('organisation-form')).toBeVisible();
    await audit('organisation-and-letterhead');
    await nav(page, 'backup', 'Backup');
    await audit('backup');
    await nav(page, 'data-protection', 'Data protection');
    await audit('data-protection-subject-access');
    for (const tab of ['Erasure', 'Retention']) {
      await page.getByTestId('dp-tabs').getByRole('button', { name: tab, exact: true }).click();
      await audit(`data-protection-${tab.toLowerCase()}`);
    }
    await nav(page, 'access-log', 'Access log');
    await audit('access-log');
    await nav(page, 'registers', 'Registers');
    await audit('registers');
  });

  await test.step('the new user, signing in with the one-time passphrase, chooses their own', async () => {
    await lock(page);
    await unlock(page, 'kjago', oneTime);
    await heading(page, 'Choose your own passphrase');
    await audit('change-passphrase');
    await page.getByTestId('change-lock').click();
    await expect(page.getByTestId('unlock-submit')).toBeVisible();
  });

  for (const [login, home] of [
    ['clientmanager', 'My cases'],
    ['clinicallead', 'To assess'],
    ['appeals', 'Appeals'],
  ] as const) {
    await test.step(`${login}: home`, async () => {
      await unlock(page, login, DEMO_PASSPHRASE);
      await heading(page, home);
      await audit(`${login}-home`);
      await lock(page);
    });
  }
});

/** Where focus is drawn: the focused element, or the Naive UI box round a bare <input>. */
interface FocusRing {
  readonly testId: string | null;
  readonly focusVisible: boolean;
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  readonly outlineColor: string;
  readonly onScreen: boolean;
}

async function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    const holder = focused.closest('.n-input, .n-base-selection, .n-radio, .n-radio-button') ?? focused;
    const style = getComputedStyle(holder);
    const box = holder.getBoundingClientRect();
    return {
      testId: focused.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      focusVisible: focused.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  });
}

/** The focused element shows a solid ring at least 2px wide, in view. */
async function expectVisibleFocus(page: Page, where: string): Promise<void> {
  const ring = await focusRing(page);
  expect(ring, `${where}: something has focus`).not.toBeNull();
  expect(ring?.focusVisible, `${where}: the focus is keyboard focus (:focus-visible)`).toBe(true);
  expect(ring?.outlineStyle, `${where}: the ring is drawn`).toBe('solid');
  expect(ring?.outlineWidth ?? 0, `${where}: the ring is at least 2px`).toBeGreaterThanOrEqual(2);
  expect(ring?.onScreen, `${where}: the focused element is in view`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until focus is on an element matching `selector`, then checks the ring. */
async function tabTo(page: Page, selector: string, { back = false, limit = 80 } = {}): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      await expectVisibleFocus(page, selector);
      return;
    }
  }
  throw new Error(`${limit} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

test('the client manager works from the keyboard alone, and always sees where the focus is', async ({ demo: page, shot }) => {
  test.setTimeout(180_000);
  // Unlock: the screen puts focus in a field; the login is typed over whatever it remembers.
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'unlock-passphrase')) await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('unlock-login')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('clientmanager');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('unlock-passphrase')).toBeFocused();
  await expectVisibleFocus(page, 'the passphrase field');
  await page.keyboard.type(DEMO_PASSPHRASE);
  await page.keyboard.press('Enter');
  await heading(page, 'My cases');

  // The first Tab stop is the skip link; it moves focus past the header and the menu.
  await tabTo(page, '[data-testid="skip-link"]', { limit: 3 });
  await shot('keyboard-01-skip-link');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  // A case from the home queue, by its link.
  await tabTo(page, '[data-testid="home-queue"] .queue-case__link');
  await shot('keyboard-02-queue-case');
  const reference = await page.evaluate(() => document.activeElement?.closest('[data-reference]')?.getAttribute('data-reference'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-heading')).toContainText(reference ?? '(no reference)');

  // Between the case's tabs: each label is a button in the Tab order.
  await tabTo(page, '[data-testid="tab-chronology"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/tab=chronology/);
  await expect(page.getByTestId('chronology-row').first()).toBeVisible();
  for (const name of ['pairing', 'complaints', 'checklist', 'letters', 'review']) {
    await tabTo(page, `[data-testid="tab-${name}"]`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`tab=${name}`));
  }
  await shot('keyboard-03-case-tab');
  await tabTo(page, '[data-testid="tab-chronology"]', { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/tab=chronology/);

  // A record of the chronology opens from its row's button; Escape closes it.
  await tabTo(page, '[data-testid="chronology-open"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-drawer')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('record-drawer')).toBeHidden();

  // The new-record form: Add record, a kind of record, then Escape closes it again.
  await tabTo(page, '[data-testid="add-record"]', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-dialog')).toBeVisible();
  await tabTo(page, '[data-testid="record-type-contact"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-form')).toBeVisible();
  await tabTo(page, '[data-testid="record-fact"]');
  await shot('keyboard-04-record-form');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('record-dialog')).toBeHidden();
  // Focus goes back where it was, so the next Tab carries on from there.
  await expect(page.getByTestId('add-record')).toBeFocused();
  await expectVisibleFocus(page, 'Add record, after the form closed');

  // A whole record, by keyboard alone: a contact whose choices are made with the arrow keys and
  // by typing to narrow them, saved with Ctrl+Enter from the fact.
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid="record-type-contact"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid="record-fact"]');
  await page.keyboard.type('Rang the client back about next week, by keyboard alone.');
  const choices = [
    ['medium', 'Phone', 'Phone call'],
    ['line', 'Main desk', 'Main desk phone'],
    ['direction', 'To the', 'To the client'],
    ['purpose', 'Enquiry', 'Enquiry'],
    ['client-parties', '', '· Client'],
    ['staff-parties', '', '·'],
  ] as const;
  for (const [field, typed, shown] of choices) {
    await tabTo(page, `[data-testid="record-${field}"] .n-base-selection-label, [data-testid="record-${field}"] .n-base-selection-tags`);
    await page.keyboard.press('ArrowDown');
    if (typed) await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(`record-${field}`)).toContainText(shown);
  }
  await tabTo(page, '[data-testid="record-fact"]', { back: true });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('record-dialog')).toBeHidden();
  await expect(page.getByText('Contact added to the chronology.')).toBeVisible();
});

/** Anything that scrolls the whole screen sideways: the document, or the shell's content area. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrollers = [document.scrollingElement, ...Array.from(document.querySelectorAll('.content > .n-layout-scroll-container, .auth'))];
    return scrollers.flatMap((el) => (el && el.scrollWidth > el.clientWidth + 1 ? [`${el.className || el.tagName}: ${el.scrollWidth}px wide in ${el.clientWidth}px`] : []));
  });
}

/** In view horizontally (nothing cut off at the right edge) and enabled: a person can use it. */
async function expectUsable(page: Page, target: Locator, what: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await expect(target, what).toBeVisible();
  await expect(target, what).toBeEnabled();
  const box = await target.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width + 1, `${what} lies within the window's width`).toBe(true);
}

test.describe('at 200% zoom', () => {
  // Naive UI sizes its text, controls and spacing in px, and so does the app's own CSS: a 200%
  // root font size would change almost nothing, so it would prove nothing. What a person does is
  // zoom (Ctrl and +, which Electron applies as page zoom), and 200% zoom of a 1280 x 800 window
  // lays the page out in a 640 x 400 CSS-pixel viewport drawn at two device pixels per CSS pixel:
  // exactly this viewport and scale factor.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('unlock, home, a case, its chronology and the new-record form reflow with no sideways scroll, their actions in reach', async ({ demo: page, shot }) => {
    test.setTimeout(180_000);
    await expect(page.getByTestId('unlock-submit')).toBeVisible();
    expect(await sidewaysScroll(page), 'unlock scrolls sideways').toEqual([]);
    await expectUsable(page, page.getByTestId('unlock-submit'), 'Unlock');
    await shot('zoom-01-unlock');

    await unlock(page, 'clientmanager', DEMO_PASSPHRASE);
    await heading(page, 'My cases');
    expect(await sidewaysScroll(page), 'home scrolls sideways').toEqual([]);
    await expectUsable(page, page.getByTestId('lock-button'), 'Lock');
    // Every menu entry stays in the window (on another row if need be), none hidden in a "more" menu.
    const entries = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await entries.count()).toBeGreaterThanOrEqual(6);
    for (const entry of await entries.all()) await expectUsable(page, entry, `the menu entry ${await entry.textContent()}`);
    await shot('zoom-02-home');
    const firstCase = page.getByTestId('home-queue').locator('.queue-case__link').first();
    await expectUsable(page, firstCase, 'the first case in the queue');
    await firstCase.click();

    await expect(page.getByTestId('case-heading')).toBeVisible();
    expect(await sidewaysScroll(page), 'the case overview scrolls sideways').toEqual([]);
    await shot('zoom-03-case-overview');
    for (const name of ['overview', 'chronology', 'pairing', 'complaints', 'checklist', 'letters', 'review']) {
      await expectUsable(page, page.getByTestId(`tab-${name}`), `the ${name} tab`);
    }

    await page.getByTestId('tab-chronology').click();
    await expect(page.getByTestId('chronology-row').first()).toBeVisible();
    expect(await sidewaysScroll(page), 'the chronology scrolls sideways').toEqual([]);
    // The list keeps its columns readable (it may scroll sideways inside itself, as a table may):
    // its header stays one line high, not squeezed into a column a letter wide.
    const header = await page.getByTestId('chronology-table').locator('thead').boundingBox();
    expect(header?.height ?? Infinity, 'the chronology header is one line high').toBeLessThan(80);
    await expectUsable(page, page.getByTestId('add-record'), 'Add record');
    await shot('zoom-04-chronology');

    await page.getByTestId('add-record').click();
    await page.getByTestId('record-type-contact').click();
    await expect(page.getByTestId('record-form')).toBeVisible();
    expect(await sidewaysScroll(page), 'the record form scrolls sideways').toEqual([]);
    const dialog = await page.getByTestId('record-dialog').boundingBox();
    expect(dialog && dialog.x >= 0 && dialog.x + dialog.width <= 641, 'the record form fits the window').toBe(true);
    await expectUsable(page, page.getByTestId('record-fact'), 'the Fact field');
    await expectUsable(page, page.getByTestId('record-submit'), 'Save');
    await shot('zoom-05-record-form');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('record-dialog')).toBeHidden();
  });
});
