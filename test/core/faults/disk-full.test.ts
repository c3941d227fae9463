// A full disk during a write, simulated without mounts: the store's connection gets a
// max_page_count no larger than the file already is, so any write that needs a new page fails
// with SQLITE_FULL, as it would with no space left. Everything runs through openCore and the API;
// the only change is that the test keeps a handle on the connection the core opens.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core';
import { DISK_FULL_MESSAGE } from '../../../electron/core/store/faults';
import type { Database } from '../../../electron/core/store/sqlite';
import { callLog } from './call-log';
import { buildCommittedStore, contactDetails, errorOf, expectIntact, quietCore, unlockDirector, type CommittedStore } from './committed-store';

const opened = vi.hoisted(() => [] as Database[]);
vi.mock('../../../electron/core/store/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/store/database')>();
  return {
    ...actual,
    openEncrypted: (...args: Parameters<typeof actual.openEncrypted>) => {
      const db = actual.openEncrypted(...args);
      opened.push(db);
      return db;
    },
  };
});

let store: CommittedStore;
beforeAll(async () => {
  store = await buildCommittedStore(20);
});
afterAll(() => store?.remove());

/** Unlocks through the API and returns the connection the core opened for it. */
async function unlockedWithHandle(core: Core): Promise<Database> {
  const before = opened.length;
  expect((await unlockDirector(core)).ok).toBe(true);
  const db = opened.at(-1);
  expect(opened.length).toBe(before + 1);
  return db!;
}

/** No room beyond the pages the file has now: the next page a write needs is refused. */
function fillDisk(db: Database): void {
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
  expect(db.pragma('max_page_count', { simple: true })).toBe(pages);
}

describe('a full disk during a write', () => {
  it('says the disk is full and nothing was saved; the import left no row, earlier data is intact, and after space is freed the write succeeds', async () => {
    const paths = store.copy('full');
    const { core, logged } = quietCore(paths.dir);
    try {
      const db = await unlockedWithHandle(core);
      const { caseId, facts } = store.committed;
      const before = await core.invoke('audit.verify', {});
      fillDisk(db);

      const imported = await core.invoke('contacts.import', { caseId, csv: callLog(2000) });
      expect(errorOf(imported)).toEqual({ code: 'disk_full', message: DISK_FULL_MESSAGE });
      expect(DISK_FULL_MESSAGE).toMatch(/^The disk is full: nothing was saved\./);
      expect(logged.map((e) => (e as { code?: string }).code)).toEqual(['SQLITE_FULL']); // the cause is in the log

      const big = await core.invoke('records.create', {
        caseId,
        type: 'contact',
        occurredAt: '2026-11-02T10:00:00Z',
        fact: 'A long note that needs new pages. '.repeat(500),
        details: contactDetails(store.committed.clientId, store.committed.tutorId),
      });
      expect(errorOf(big).code).toBe('disk_full');

      // Nothing half-written: the chronology holds exactly what was committed before, and the
      // audit chain has no row more and still verifies.
      const list = await core.invoke('chronology.list', { caseId });
      expect(list.ok && new Map(list.value.entries.map((e) => [e.id, e.fact]))).toEqual(facts);
      expect(await core.invoke('audit.verify', {})).toEqual(before);
      expect(db.inTransaction).toBe(false);

      // Space freed: the same import now goes through whole.
      db.pragma('max_page_count = 4294967294');
      expect(await core.invoke('contacts.import', { caseId, csv: callLog(2000) })).toMatchObject({ ok: true, value: { imported: 2000 } });
    } finally {
      core.close();
    }
  });

  it('leaves a store that opens afterwards with everything committed before the failed write', async () => {
    const paths = store.copy('full-reopen');
    const { core } = quietCore(paths.dir);
    try {
      fillDisk(await unlockedWithHandle(core));
      expect(errorOf(await core.invoke('contacts.import', { caseId: store.committed.caseId, csv: callLog(1000) })).code).toBe('disk_full');
    } finally {
      core.close();
    }
    await expectIntact(paths.dir, store.committed);
  });
});
