// Idle auto-lock: after the organisation's idle time the screen locks, the core forgets its
// keys, and the case list is gone from the page until someone unlocks again.
import { expect, test } from './support/fixtures';
import { unlock } from './support/ui';

const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'lantern orchard pebble 42' };
const ORGANISATION = { name: 'Westcountry Learning Partnership', address: '12 Quay Street\nTruro\nTR1 2HE' };

test("locks after the organisation's idle time and asks for the passphrase again", async ({ app: page, core, shot }) => {
  expect((await core.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR })).ok).toBe(true);
  expect((await core.invoke('org.update', { ...ORGANISATION, autoLockMinutes: 1 })).ok).toBe(true);
  // The page's clock, so a minute of idleness takes no real minute.
  await page.clock.install();
  await page.reload();
  await page.getByTestId('nav-cases').click();
  await expect(page.getByTestId('cases-empty')).toBeVisible();

  await page.clock.fastForward('00:50');
  await expect(page.getByTestId('cases-table')).toBeVisible(); // not yet: 50 s of a minute

  await page.clock.fastForward('00:15');
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
  await expect(page.getByTestId('cases-table')).toHaveCount(0);
  expect(await core.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  await expect(page.getByTestId('unlock-login')).toHaveValue(DIRECTOR.login);
  await expect(page.getByTestId('unlock-notice')).toHaveText('Threshold locked itself after a minute without activity.');
  await shot('10-auto-locked');

  await unlock(page, DIRECTOR.login, DIRECTOR.passphrase);
  await page.getByTestId('nav-cases').click();
  await expect(page.getByTestId('cases-empty')).toBeVisible();
});
