// Faults in the UI: a wrong passphrase and a damaged store file each show the core's message on
// the unlock screen, in words the person can act on, against a real core and a real store.
import { statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_DAMAGED_MESSAGE } from '../../electron/core/store/faults';
import { expect, test } from './support/fixtures';
import { unlock } from './support/ui';

const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'lantern orchard pebble 42' };
const ORGANISATION = { name: 'Westcountry Learning Partnership', address: '12 Quay Street\nTruro\nTR1 2HE' };

test('a wrong passphrase, then a damaged store file, each say what is wrong on the unlock screen', async ({ app: page, core, shot }) => {
  const setup = await core.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR });
  expect(setup.ok).toBe(true);
  // Locking closes the database (the core keeps the store's lock), so its file can be damaged.
  expect(await core.invoke('session.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  await page.reload();

  await unlock(page, DIRECTOR.login, 'lantern orchard pebble 24');
  const alert = page.getByTestId('unlock-alert');
  await expect(alert).toContainText('That login name and passphrase do not match. Check them and try again.');
  await expect(page.getByTestId('unlock-login')).toHaveValue(DIRECTOR.login);
  await shot('faults-01-wrong-passphrase');

  // Half the store file lost, as after an interrupted copy or a failing disk.
  const db = join(core.dir, 'threshold.db');
  truncateSync(db, Math.floor(statSync(db).size / 2));
  await unlock(page, DIRECTOR.login, DIRECTOR.passphrase);
  await expect(alert).toContainText(STORE_DAMAGED_MESSAGE);
  await expect(alert).toContainText('Restore the store from your most recent backup');
  await expect(alert).not.toContainText('internal error');
  await expect(page.getByTestId('unlock-submit')).toBeVisible(); // still locked, nothing else shown
  await shot('faults-02-damaged-store');
});
