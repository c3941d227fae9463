// The keyslot file missing or damaged, and a wrong passphrase, through the API: each is refused
// with a message that says what is wrong and what to do, leaves the store file untouched, and
// once the cause is gone (the file put back, the right passphrase) everything committed is there.
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYSLOT_MISSING_MESSAGE } from '../../../electron/core/store/keyslot-file';
import type { StorePaths } from '../../../electron/core/store/paths';
import { DIRECTOR } from '../support/temp-store';
import { buildCommittedStore, errorOf, expectIntact, quietCore, type CommittedStore } from './committed-store';

let store: CommittedStore;
beforeAll(async () => {
  store = await buildCommittedStore(20);
});
afterAll(() => store?.remove());

/** Tries to unlock and returns the error, checking the store file was not touched by the attempt. */
async function refusedUnlock(paths: StorePaths, passphrase = DIRECTOR.passphrase) {
  const db = readFileSync(paths.db);
  const { core, logged } = quietCore(paths.dir);
  try {
    const error = errorOf(await core.invoke('session.unlock', { login: DIRECTOR.login, passphrase }));
    expect(logged, 'an expected fault was logged as an internal error').toEqual([]);
    expect((await core.invoke('session.status', {})).ok).toBe(true);
    return error;
  } finally {
    core.close();
    expect(readFileSync(paths.db).equals(db), 'the store file was changed by a refused unlock').toBe(true);
  }
}

describe('keyslot file faults', () => {
  it('missing: says the keyslot file is missing and to restore from a backup, not "set up a store"; put back, everything is there', async () => {
    const paths = store.copy('keys-missing');
    renameSync(paths.keys, `${paths.keys}.away`);
    const error = await refusedUnlock(paths);
    expect(error).toEqual({ code: 'store_missing', message: KEYSLOT_MISSING_MESSAGE });
    expect(error.message).toMatch(/keyslot file .* is missing, so nobody can unlock the store/);
    expect(error.message).toMatch(/Restore the store from your most recent backup/);
    expect(existsSync(paths.db)).toBe(true); // not renamed aside or replaced
    renameSync(`${paths.keys}.away`, paths.keys);
    await expectIntact(paths.dir, store.committed);
  });

  it('not JSON (cut short): keyslot_invalid, saying it is damaged and how to restore', async () => {
    const paths = store.copy('keys-cut');
    const original = readFileSync(paths.keys);
    writeFileSync(paths.keys, original.subarray(0, Math.floor(original.length / 2)));
    const error = await refusedUnlock(paths);
    expect(error.code).toBe('keyslot_invalid');
    expect(error.message).toMatch(/keyslot file of this store \(threshold\.keys\.json\) is damaged: it is not valid JSON/);
    expect(error.message).toMatch(/Restore the store from your most recent backup/);
    writeFileSync(paths.keys, original);
    await expectIntact(paths.dir, store.committed);
  });

  it('valid JSON with a damaged field: keyslot_invalid, saying it is damaged', async () => {
    const paths = store.copy('keys-field');
    const original = readFileSync(paths.keys, 'utf8');
    const json = JSON.parse(original) as { storeId: string };
    writeFileSync(paths.keys, JSON.stringify({ ...json, storeId: 'not-a-uuid' }));
    const error = await refusedUnlock(paths);
    expect(error.code).toBe('keyslot_invalid');
    expect(error.message).toMatch(/is damaged or from an unknown version, so nobody can unlock the store/);
    copyFileSync(`${store.dir}/threshold.keys.json`, paths.keys);
    await expectIntact(paths.dir, store.committed);
  });

  it('a wrong passphrase, three times: the same clear message each time; then the right one opens everything', async () => {
    const paths = store.copy('wrong-passphrase');
    for (const attempt of ['lantern orchard pebble 43', 'LANTERN ORCHARD PEBBLE 42', 'lantern orchard pebble 42 ']) {
      const error = await refusedUnlock(paths, attempt);
      expect(error).toEqual({ code: 'wrong_credentials', message: 'That login name and passphrase do not match. Check them and try again.' });
    }
    await expectIntact(paths.dir, store.committed);
  });
});
