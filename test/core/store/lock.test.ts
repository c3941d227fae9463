// A second process opening the same store is refused, not allowed to corrupt it; a lock left by
// a process that died is taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import { storePaths } from '../../../electron/core/store/paths';
import { tempDir } from '../support/temp-store';

const holder = fileURLToPath(new URL('../support/hold-store.ts', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

function holdInChild(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve(child));
    child.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
  });
}

describe('store lock', () => {
  it('refuses a second process while the first holds the store, and names the holder', async () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const child = await holdInChild(t.dir);
    let error: unknown;
    try {
      openCore({ storeDir: t.dir }).close();
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'store_locked', message: expect.stringContaining(`process ${child.pid}`) });
  });

  it('takes over a lock left by a process that was killed', async () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const child = await holdInChild(t.dir);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(storePaths(t.dir).lock)).toBe(true); // left behind by the killed process
    const core = openCore({ storeDir: t.dir });
    expect((await core.invoke('session.status', {})).ok).toBe(true);
    core.close();
    expect(existsSync(storePaths(t.dir).lock)).toBe(false);
  });

  it('refuses a second core in the same process too', () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const first = openCore({ storeDir: t.dir });
    cleanups.push(() => first.close());
    expect(() => openCore({ storeDir: t.dir })).toThrow(expect.objectContaining({ code: 'store_locked' }));
  });
});
