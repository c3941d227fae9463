// A damaged store file, through the API: truncated, emptied, a tampered page of the chronology,
// random bytes in the middle, a tampered first page. ChaCha20-Poly1305 authenticates every page,
// so damage is refused as store_damaged with a message that says how to restore; no answer ever
// carries wrong data, and a refused unlock leaves the files exactly as they were.
import { randomBytes, randomInt } from 'node:crypto';
import { closeSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { STORE_DAMAGED_MESSAGE, STORE_EMPTY_MESSAGE, STORE_UNREADABLE_MESSAGE } from '../../../electron/core/store/faults';
import type { StorePaths } from '../../../electron/core/store/paths';
import {
  buildCommittedStore,
  errorOf,
  expectDamagedMessage,
  expectIntact,
  quietCore,
  rawOpen,
  snapshotFiles,
  unlockDirector,
  type Answer,
  type CommittedStore,
} from './committed-store';

let store: CommittedStore;
beforeAll(async () => {
  store = await buildCommittedStore();
});
afterAll(() => store?.remove());

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** Unlocking a damaged copy is refused as store_damaged, changes no file and stays locked. */
async function expectUnlockRefused(paths: StorePaths, message: string): Promise<void> {
  const before = snapshotFiles(paths);
  const { core } = quietCore(paths.dir);
  try {
    const error = errorOf(await unlockDirector(core));
    expectDamagedMessage(error);
    expect(error.message).toBe(message);
    expect(await core.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  } finally {
    core.close();
  }
  const after = snapshotFiles(paths);
  expect(after.db.equals(before.db), 'the damaged store file was changed').toBe(true);
  expect(after.keys.equals(before.keys), 'the keyslot file was changed').toBe(true);
}

interface Reading {
  readonly what: string;
  readonly answer: Answer;
  /** For a successful answer: whether it carries exactly what was committed. */
  readonly right: boolean;
}

/** Reads everything the store holds through the API, judging each successful answer. */
async function readEverything(core: Core): Promise<Reading[]> {
  const { caseId, facts } = store.committed;
  const readings: Reading[] = [];
  const list = await core.invoke('chronology.list', { caseId });
  readings.push({ what: 'chronology.list', answer: list, right: list.ok && new Map(list.value.entries.map((e) => [e.id, e.fact])).size === facts.size && list.value.entries.every((e) => facts.get(e.id) === e.fact) });
  for (const [recordId, fact] of facts) {
    const one = await core.invoke('records.get', { recordId });
    readings.push({ what: `records.get ${recordId}`, answer: one, right: one.ok && one.value.record.fact === fact && one.value.history.length === 1 });
  }
  const audit = await core.invoke('audit.verify', {});
  readings.push({ what: 'audit.verify', answer: audit, right: audit.ok && audit.value.ok && audit.value.rows === store.committed.auditRows });
  const cases = await core.invoke('cases.list', {});
  readings.push({ what: 'cases.list', answer: cases, right: cases.ok && cases.value.some((c) => c.id === caseId && c.clientName === 'Amira Haddad') });
  return readings;
}

function expectNoWrongData(readings: readonly Reading[]): Reading[] {
  const failed = readings.filter((r) => !r.answer.ok);
  for (const r of readings) {
    if (r.answer.ok) expect(r.right, `${r.what} answered, but not with what was committed`).toBe(true);
    else expectDamagedMessage(r.answer.error);
  }
  return failed;
}

describe('a damaged store file', () => {
  it('truncated to half its length: unlock says the store is damaged and how to restore it, and changes nothing', async () => {
    const paths = store.copy('truncated-half');
    truncateSync(paths.db, Math.floor(statSync(paths.db).size / 2) + randomInt(0, 4096));
    await expectUnlockRefused(paths, STORE_DAMAGED_MESSAGE);
  });

  it('truncated inside its first page: refused as a file that cannot be decrypted', async () => {
    const paths = store.copy('truncated-tiny');
    truncateSync(paths.db, randomInt(1, 1024));
    await expectUnlockRefused(paths, STORE_UNREADABLE_MESSAGE);
  });

  it('emptied to 0 bytes: refused, not set up again as a new empty store', async () => {
    const paths = store.copy('emptied');
    truncateSync(paths.db, 0);
    await expectUnlockRefused(paths, STORE_EMPTY_MESSAGE);
    expect(statSync(paths.db).size).toBe(0);
  });

  it('with its first page tampered: refused at unlock', async () => {
    const paths = store.copy('page-one');
    overwrite(paths.db, randomInt(100, 3000), randomBytes(16));
    await expectUnlockRefused(paths, STORE_UNREADABLE_MESSAGE);
  });

  it('with a page of the chronology tampered: the page fails its tag, reads of it are refused and every other answer is right', async () => {
    const paths = store.copy('chronology-page');
    const raw = rawOpen(paths, store.masterKey);
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const pageCount = raw.pragma('page_count', { simple: true }) as number;
    const leaves = (raw.prepare("SELECT pageno FROM dbstat WHERE name = 'record_versions' AND pagetype = 'leaf' ORDER BY pageno").all() as { pageno: number }[]).map((r) => r.pageno);
    raw.close();
    expect(leaves.length).toBeGreaterThan(3);
    const page = leaves.reduce((best, p) => (Math.abs(p - pageCount / 2) < Math.abs(best - pageCount / 2) ? p : best));
    overwrite(paths.db, (page - 1) * pageSize + randomInt(64, pageSize - 128), randomBytes(randomInt(16, 64)));

    const { core } = quietCore(paths.dir);
    try {
      expect((await unlockDirector(core)).ok).toBe(true); // the schema and users are on other pages
      const readings = await readEverything(core);
      const failed = expectNoWrongData(readings);
      expect(failed.map((r) => r.what)).toContain('chronology.list');
      expect(failed.some((r) => r.what.startsWith('records.get'))).toBe(true);
      expect(failed.every((r) => r.answer.ok === false && r.answer.error.message === STORE_DAMAGED_MESSAGE)).toBe(true);
      // Records on other pages, and the audit trail, still read back exactly as written.
      expect(readings.filter((r) => r.what.startsWith('records.get') && r.answer.ok).length).toBeGreaterThan(0);
      expect(readings.find((r) => r.what === 'audit.verify')).toMatchObject({ answer: { ok: true }, right: true });
    } finally {
      core.close();
    }
  });

  it('with random bytes overwritten in the middle: never answers wrong data, and the damage is found', async () => {
    const paths = store.copy('middle');
    const size = statSync(paths.db).size;
    const offset = randomInt(Math.floor(size / 3), Math.floor((2 * size) / 3));
    const length = randomInt(16, 256);
    overwrite(paths.db, offset, randomBytes(length));
    const where = `${length} random bytes at offset ${offset} of ${size}`;

    const { core } = quietCore(paths.dir);
    let foundByApi: boolean;
    try {
      const unlock = await unlockDirector(core);
      if (unlock.ok) {
        foundByApi = expectNoWrongData(await readEverything(core)).length > 0;
      } else {
        expectDamagedMessage(unlock.error);
        foundByApi = true;
      }
    } finally {
      core.close();
    }
    if (!foundByApi) {
      // The bytes landed in a page no API read touches (an index no query here uses): the
      // integrity check, which reads every page and so checks every page's tag, still finds it.
      const raw = rawOpen(paths, store.masterKey);
      const check = raw.pragma('integrity_check', { simple: true });
      raw.close();
      expect(check, where).not.toBe('ok');
    }
  });

  it('leaves the undamaged original opening with everything committed', async () => {
    await expectIntact(store.dir, store.committed);
  });
});
