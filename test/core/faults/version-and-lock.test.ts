// A store written by a newer Threshold, and a store held open by another process, through the
// API: each is refused with a message that says what to do, and nothing committed is lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { buildCommittedStore, errorOf, expectIntact, quietCore, rawOpen, unlockDirector, type CommittedStore } from './committed-store';

const holder = fileURLToPath(new URL('../support/hold-store.ts', import.meta.url));

let store: CommittedStore;
beforeAll(async () => {
  store = await buildCommittedStore(20);
});
afterAll(() => store?.remove());

function holdInChild(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve(child));
    child.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
  });
}

describe('a store from a newer version, and a store in use', () => {
  it('from a newer schema version: unlock says to update Threshold, leaves the version as it was, and loses nothing', async () => {
    const paths = store.copy('newer');
    const raw = rawOpen(paths, store.masterKey);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();

    const { core, logged } = quietCore(paths.dir);
    try {
      const error = errorOf(await unlockDirector(core));
      expect(error.code).toBe('store_too_new');
      expect(error.message).toBe(
        `This store was written by a newer version of Threshold (schema ${SCHEMA_VERSION + 1}; this version knows up to ${SCHEMA_VERSION}). Update Threshold to open it; nothing was changed.`,
      );
      expect(logged).toEqual([]);
      expect(await core.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    } finally {
      core.close();
    }
    const check = rawOpen(paths, store.masterKey);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1); // no migration ran over it
    check.pragma(`user_version = ${SCHEMA_VERSION}`); // what the newer version would have kept
    check.close();
    await expectIntact(paths.dir, store.committed);
  });

  it('held open by another process: refused naming the holder and what to do; once it has gone, everything is there', async () => {
    const paths = store.copy('held');
    const db = readFileSync(paths.db);
    const child = await holdInChild(paths.dir);
    try {
      let refusal: unknown;
      try {
        openCore({ storeDir: paths.dir }).close();
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({
        code: 'store_locked',
        message: expect.stringMatching(new RegExp(`^This store is already open in another Threshold window or command \\(process ${child.pid} on .+, since .+\\)\\. Close it there first\\.$`)),
      });
      expect(readFileSync(paths.db).equals(db)).toBe(true);
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    await expectIntact(paths.dir, store.committed); // the lock of the killed holder is taken over
  });
});
