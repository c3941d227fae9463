// The application menu's commands in Chromium, on the built renderer and a real core. The bridge
// plays the native menu (chooseFromMenu stands for a click in it); a plain page with no menu
// handles the same shortcuts as key presses.
import type { Page } from '@playwright/test';
import type { CoreHost } from './support/core-host-types';
import { chooseFromMenu } from './support/bridge';
import { bridgeToCore, expect, test } from './support/fixtures';

const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'lantern orchard pebble 42' };
const ORGANISATION = { name: 'Westcountry Learning Partnership', address: '12 Quay Street\nTruro\nTR1 2HE' };

/** A signed-in director with one case; the page reloads to pick the session up. */
async function signedInWithACase(page: Page, core: CoreHost): Promise<void> {
  expect((await core.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR })).ok).toBe(true);
  const tutor = await core.invoke('people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  const staff = await core.invoke('people.listStaff', {});
  const director = staff.ok ? staff.value.find((person) => person.staffRole === 'director') : undefined;
  if (!tutor.ok || !director) throw new Error('the staff could not be set up');
  const kase = await core.invoke('cases.create', { clientName: 'Amira Haddad', service: 'online_tuition', startDate: '2026-01-05', allocatedWorkerId: tutor.value.id, clientManagerId: director.id });
  expect(kase.ok).toBe(true);
  await page.reload();
}

test('menu commands route, open the new-record form on a case, list the shortcuts and lock', async ({ app: page, core, shot }) => {
  await signedInWithACase(page, core);
  await expect(page.getByTestId('signed-in-user')).toHaveText(DIRECTOR.fullName);

  await chooseFromMenu(page, 'go-cases');
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await chooseFromMenu(page, 'new-record');
  await expect(page.getByText('Open a case to add a record.')).toBeVisible();

  await page.getByTestId('case-row').click();
  await expect(page.getByTestId('case-heading')).toBeVisible();
  await chooseFromMenu(page, 'new-record');
  await expect(page.getByTestId('record-dialog')).toBeVisible();
  await expect(page).toHaveURL(/tab=chronology/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('record-dialog')).toHaveCount(0);

  await chooseFromMenu(page, 'shortcuts');
  const lockRow = page.getByTestId('shortcut').filter({ hasText: 'Lock' });
  await expect(lockRow.locator('kbd')).toHaveText('Ctrl+L');
  await shot('menu-keyboard-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0);

  await chooseFromMenu(page, 'lock');
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
  expect(await core.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  // Locked: a Go command leaves the unlock screen where it is.
  await chooseFromMenu(page, 'go-cases');
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
});

test('with no native menu, the page answers the same shortcuts itself', async ({ page, core, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await bridgeToCore(page, core, { menu: false });
  await page.goto(server.url);
  await signedInWithACase(page, core);
  await expect(page.getByTestId('signed-in-user')).toHaveText(DIRECTOR.fullName);

  await page.keyboard.press('Control+2');
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await page.keyboard.press('Control+/');
  await expect(page.getByTestId('shortcut').filter({ hasText: 'Lock' }).locator('kbd')).toHaveText('Ctrl+L');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
  expect(errors).toEqual([]);
});
