// backup.restore into a new folder: the restored store opens with the original passphrases,
// holds what the backup held, and records the restore; never over an existing store.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import type { BackupCreated } from '../../../electron/core/contract';
import { readAudit } from '../../../electron/core/audit/chain';
import { storePaths } from '../../../electron/core/store/paths';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { DIRECTOR, ok } from '../support/temp-store';
import { backupFixture, CLIENT, MANAGER, modeOf, type BackupFixture } from './fixture';

let f: BackupFixture;
let backup: BackupCreated;
beforeAll(async () => {
  f = await backupFixture();
  backup = await ok(f.store.core, 'backup.create', { destination: join(f.out, 'backup') });
});
afterAll(() => f?.cleanup());

const restoreInput = (destinationDir: string, who: { login: string; passphrase: string } = DIRECTOR) => ({ backupPath: backup.path, destinationDir, ...who });
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('backup.restore', () => {
  it('restores into a new folder that unlocks with the original passphrases and holds everything', async () => {
    const target = join(f.out, 'restored');
    const restored = await ok(f.store.core, 'backup.restore', restoreInput(target));
    expect(restored).toMatchObject({ storeDir: target, createdAt: backup.createdAt, records: backup.records, cases: 1, schemaVersion: backup.schemaVersion });
    expect(readdirSync(target).sort()).toEqual(['threshold.db', 'threshold.keys.json']);
    expect(modeOf(target)).toBe(0o700);
    expect(modeOf(join(target, 'threshold.db'))).toBe(0o600);
    expect(modeOf(join(target, 'threshold.keys.json'))).toBe(0o600);

    // The restore is in the restored store's own audit trail.
    const vault = await unlockVault(storePaths(target), DIRECTOR.login, DIRECTOR.passphrase);
    expect(readAudit(vault.db, 1)[0]).toMatchObject({ action: 'store.restore', values: { after: { backupCreatedAt: backup.createdAt, from: backup.path } } });
    closeVault(vault);

    const core = openCore({ storeDir: target });
    try {
      expect(await ok(core, 'session.status', {})).toMatchObject({ state: 'locked' });
      await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
      const cases = await ok(core, 'cases.list', {});
      expect(cases.map((c) => c.clientName)).toEqual([CLIENT]);
      expect((await ok(core, 'chronology.list', { caseId: f.kase.id })).total).toBe(backup.records);
      expect(await ok(core, 'audit.verify', {})).toMatchObject({ ok: true });
      await ok(core, 'session.lock', {});
      await ok(core, 'session.unlock', MANAGER);
      expect((await ok(core, 'session.status', {})).user?.login).toBe(MANAGER.login);
    } finally {
      core.close();
    }
  });

  it('restores into the empty folder of the core that asks (the first run of a new machine)', async () => {
    const target = join(f.out, 'first-run');
    const core = openCore({ storeDir: target }); // holds the folder's lock; no store yet
    try {
      expect(await ok(core, 'session.status', {})).toMatchObject({ state: 'no-store' });
      await ok(core, 'backup.restore', restoreInput(target, MANAGER));
      expect(await ok(core, 'session.status', {})).toMatchObject({ state: 'locked' });
      await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
      expect((await ok(core, 'cases.list', {})).map((c) => c.clientName)).toEqual([CLIENT]);
    } finally {
      core.close();
    }
  });

  it('refuses to restore over an existing store, changing nothing there', async () => {
    for (const target of [f.store.dir, join(f.out, 'restored')]) {
      const before = digest(join(target, 'threshold.keys.json'));
      const refused = await f.store.core.invoke('backup.restore', restoreInput(target));
      expect(refused).toMatchObject({ ok: false, error: { code: 'store_exists', message: `${target} already holds a Threshold store. A restore never replaces a store: choose a new, empty folder. Nothing was restored to ${target}.` } });
      expect(digest(join(target, 'threshold.keys.json'))).toBe(before);
    }
    // The live store is untouched and still in use.
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses a wrong passphrase, a login the backup does not know and a folder another process holds, writing nothing', async () => {
    const target = join(f.out, 'never');
    const wrong = await f.store.core.invoke('backup.restore', restoreInput(target, { login: DIRECTOR.login, passphrase: 'not the passphrase at all' }));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_credentials', message: expect.stringMatching(/do not open this backup\. .*Nothing was restored to /) } });
    const unknown = await f.store.core.invoke('backup.restore', restoreInput(target, { login: 'nobody', passphrase: DIRECTOR.passphrase }));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
    expect(existsSync(target)).toBe(false);

    // A folder whose lock file names another live process (pid 1) on this machine.
    const held = join(f.out, 'held');
    mkdirSync(held);
    const lock = JSON.stringify({ pid: 1, host: (await import('node:os')).hostname(), since: '2026-11-23T09:00:00Z' });
    writeFileSync(join(held, 'threshold.lock'), lock);
    const locked = await f.store.core.invoke('backup.restore', restoreInput(held));
    expect(locked).toMatchObject({ ok: false, error: { code: 'store_locked' } });
    expect(readdirSync(held)).toEqual(['threshold.lock']);
  });

  it('carries the erasure log kept beside the store, and restores it beside the restored store', async () => {
    // The log's contents belong to data-protection/erasure-log.ts; a backup carries the file as it is.
    const log = `${JSON.stringify({ format: 'threshold-erasure-log', formatVersion: 1, erasures: [] })}\n`;
    const beside = join(f.store.dir, 'threshold.erasures.json');
    writeFileSync(beside, log, { mode: 0o600 });
    try {
      const withLog = await ok(f.store.core, 'backup.create', { destination: join(f.out, 'with-log') });
      expect(readdirSync(withLog.path).sort()).toEqual(['manifest.json', 'threshold.db', 'threshold.erasures.json', 'threshold.keys.json']);
      const target = join(f.out, 'restored-with-log');
      await ok(f.store.core, 'backup.restore', { backupPath: withLog.path, destinationDir: target, ...DIRECTOR });
      expect(readFileSync(join(target, 'threshold.erasures.json'), 'utf8')).toBe(log);
      expect(modeOf(join(target, 'threshold.erasures.json'))).toBe(0o600);
    } finally {
      rmSync(beside);
    }
  });

  it('refuses relative paths, naming the field', async () => {
    const refused = await f.store.core.invoke('backup.restore', { backupPath: 'backup', destinationDir: join(f.out, 'x'), ...DIRECTOR });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'backupPath', message: 'must be a full (absolute) path' }] } });
  });
});
