// Tamper evidence (issue 8, item 8). test/core/audit/chain.test.ts proves verifyAudit() finds an
// altered, a deleted and a re-linked row in a bare vault. This goes the whole way, as an attacker
// who holds a passphrase would: open a real store's database through a raw connection with the
// real key (unlockVault, below the app), get past the append-only triggers (dropped outright, or
// deleted from the schema with PRAGMA writable_schema so nothing looks dropped), edit one
// audit_log row, and close. Then both doors a director would use, the `audit.verify` method and
// the command line's `verify-audit`, must say the chain is broken and name the first broken row.
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import { rowHash } from '../../../electron/core/audit/chain';
import type { Database } from '../../../electron/core/store/sqlite';
import { storePaths } from '../../../electron/core/store/paths';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { DIRECTOR, ok, setUpStore, tempDir, type TestStore } from '../support/temp-store';

let store: TestStore;
let rows: number;
const copies: { remove(): void }[] = [];
const passFile = tempDir('threshold-tamper-pass-');

beforeAll(async () => {
  store = await setUpStore();
  const { core } = store;
  const tutor = await ok(core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  await ok(core, 'people.addStaff', { fullName: 'Jenny Hocking', staffRole: 'mentor' });
  const me = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
  await ok(core, 'cases.create', { clientName: 'Amira Haddad', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: me.id });
  await ok(core, 'org.update', { name: 'Westcountry Learning Partnership', address: '12 Quay Street', autoLockMinutes: 15 });
  rows = (await ok(core, 'audit.verify', {})).rows;
  expect(rows).toBeGreaterThanOrEqual(6);
  store.core.close(); // releases the store lock, so copies can be opened
  writeFileSync(join(passFile.dir, 'pass.txt'), `${DIRECTOR.passphrase}\n`, { mode: 0o600 });
}, 60_000);

afterAll(() => {
  copies.forEach((c) => c.remove());
  passFile.remove();
  store?.cleanup();
});

/** A copy of the untouched store, tampered with through a raw connection holding the real key. */
async function tamperedCopy(tamper: (db: Database) => void): Promise<string> {
  const copy = tempDir('threshold-tampered-');
  copies.push(copy);
  cpSync(store.dir, copy.dir, { recursive: true });
  const vault = await unlockVault(storePaths(copy.dir), DIRECTOR.login, DIRECTOR.passphrase);
  try {
    tamper(vault.db);
  } finally {
    closeVault(vault);
  }
  return copy.dir;
}

async function verifyThroughApi(dir: string) {
  const core = openCore({ storeDir: dir, logInternal: () => {} });
  try {
    await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    return await ok(core, 'audit.verify', {});
  } finally {
    core.close();
  }
}

function verifyThroughCli(dir: string, json: boolean) {
  const args = ['--import', 'tsx', 'electron/cli/index.ts', 'verify-audit', '--store', dir, '--login', DIRECTOR.login, '--passphrase-file', join(passFile.dir, 'pass.txt'), ...(json ? ['--json'] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface RawRow {
  seq: number;
  at: string;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  key_id: string;
  payload: Buffer;
  prev_hash: string;
  hash: string;
}

describe('an audit row edited through a raw connection with the key', () => {
  it('is caught after the append-only triggers are dropped: the edited row is named', async () => {
    const target = 3;
    const dir = await tamperedCopy((db) => {
      expect(() => db.prepare("UPDATE audit_log SET action = 'nothing.happened' WHERE seq = ?").run(target)).toThrow(/append-only/);
      db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
      db.prepare("UPDATE audit_log SET action = 'nothing.happened', actor_user_id = NULL WHERE seq = ?").run(target);
      expect(db.prepare('SELECT action FROM audit_log WHERE seq = ?').pluck().get(target)).toBe('nothing.happened');
    });
    const verdict = { ok: false, rows: target, firstBroken: { seq: target, reason: 'its contents do not match its hash' } };
    expect(await verifyThroughApi(dir)).toEqual(verdict);
    const cli = verifyThroughCli(dir, true);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe('');
    expect(JSON.parse(cli.stdout)).toEqual(verdict);
  });

  it('is caught when the triggers vanish through PRAGMA writable_schema and the row gets a matching hash: the next row is named', async () => {
    const target = 4;
    const dir = await tamperedCopy((db) => {
      // A careful attacker leaves no DROP TRIGGER behind: the trigger rows leave sqlite_master
      // directly (better-sqlite3's defensive mode must be switched off first, which anyone can).
      db.unsafeMode(true);
      db.pragma('writable_schema = ON');
      db.prepare("DELETE FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").run();
      db.pragma('writable_schema = RESET');
      db.unsafeMode(false);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().get()).toBe(0);
      // ...and, knowing the algorithm, recomputes the edited row's own hash so the row checks out.
      const row = db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(target) as RawRow;
      const edited = { ...row, at: '2020-01-01T00:00:00.000Z' };
      const { hash: _old, ...unhashed } = edited;
      db.prepare('UPDATE audit_log SET at = ?, hash = ? WHERE seq = ?').run(edited.at, rowHash(unhashed), target);
    });
    // The edited row is self-consistent; the row after it no longer links to it.
    const verdict = { ok: false, rows: target + 1, firstBroken: { seq: target + 1, reason: 'does not link to the row before it' } };
    expect(await verifyThroughApi(dir)).toEqual(verdict);
    const cli = verifyThroughCli(dir, false);
    expect(cli.code).toBe(1);
    expect(cli.stdout.trim()).toBe(`Audit trail BROKEN at row ${target + 1}: does not link to the row before it.`);
  });

  it('a copy opened the same way but left alone still verifies (so the copying breaks nothing itself)', async () => {
    // The command line on an intact store is covered by test/core/cli.test.ts.
    const dir = await tamperedCopy(() => {});
    expect(await verifyThroughApi(dir)).toEqual({ ok: true, rows, firstBroken: null });
  });
});
