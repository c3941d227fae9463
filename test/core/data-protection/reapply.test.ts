// A restore re-applies past erasures (SPEC section 6): a copy of the store taken before an
// erasure, put back in place, still holds the client; reapplyErasures with the erasure log from
// beside the store erases them again, audited as re-applied, and a second run changes nothing.
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { erasureLogFromDb, readErasureLog, reapplyErasures } from '../../../electron/core/data-protection/erasure-log';
import { DIRECTOR, ok } from '../support/temp-store';
import { dpFixture, dumpDecrypted, NAMES, withRawDb, type DpFixture } from './fixture';

let f: DpFixture;
afterEach(() => f?.store.cleanup());

const REASON = 'Erasure requested in writing; no claim expected.';

describe('erasure log and restore', () => {
  it('re-applies an erasure to a store restored from before it, with the same id, once', async () => {
    f = await dpFixture({ safeguardingNote: false });
    const db = join(f.store.dir, 'threshold.db');
    const copy = join(f.store.dir, 'before-erasure.db');
    f.store.core.close(); // a consistent copy: the closed store, checkpointed
    copyFileSync(db, copy);
    f.store.reopen();
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    const tombstone = await ok(f.store.core, 'dataProtection.erase', { clientId: f.kase.clientId, reason: REASON });

    const log = readErasureLog(f.store.dir);
    expect(log).toEqual([{ id: tombstone.id, personId: f.kase.clientId, caseIds: [f.kase.id], companionIds: [f.carerId, f.studentId].sort(), erasedAt: tombstone.erasedAt }]);
    const logText = readFileSync(join(f.store.dir, 'threshold.erasures.json'), 'utf8');
    expect(logText).not.toContain('Rebecca');
    expect(logText).not.toContain(REASON); // ids and dates only

    // The restore: the old copy replaces the store's file.
    f.store.core.close();
    for (const suffix of ['-wal', '-shm']) if (existsSync(db + suffix)) rmSync(db + suffix);
    copyFileSync(copy, db);
    rmSync(copy);
    f.store.reopen();
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect((await ok(f.store.core, 'cases.get', { caseId: f.kase.id })).clientName).toBe(NAMES.client); // back, as restored

    const [first, second, dump, fromDb] = await withRawDb(f, (raw) => {
      const at = new Date();
      const a = reapplyErasures(raw, readErasureLog(f.store.dir), at);
      const b = reapplyErasures(raw, readErasureLog(f.store.dir), at);
      return [a, b, dumpDecrypted(raw), erasureLogFromDb(raw)] as const;
    });
    expect(first).toEqual({ reapplied: [tombstone.id], alreadyErased: [], notPresent: [] });
    expect(second).toEqual({ reapplied: [], alreadyErased: [tombstone.id], notPresent: [] });
    for (const text of [NAMES.client, NAMES.student, NAMES.carer, 'fractions']) expect(dump, text).not.toContain(text);
    expect(fromDb.map((e) => e.id)).toEqual([tombstone.id]);

    const [again] = await ok(f.store.core, 'dataProtection.erasures', {});
    expect(again).toMatchObject({ id: tombstone.id, reapplied: true, erasedBy: null, caseReferences: [f.kase.reference], reason: expect.stringContaining('Re-applied after a restore') });
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true });
  });
});
