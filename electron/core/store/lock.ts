// An exclusive lock file beside the store, so a second process (another window, the command
// line) is refused instead of writing to the same database and keyslot file at once.
import { hostname } from 'node:os';
import { openSync, closeSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { CoreError } from '../errors';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface StoreLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

export function acquireStoreLock(path: string, now: () => Date = () => new Date()): StoreLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      const owner: LockOwner = { pid: process.pid, host: hostname(), since: now().toISOString() };
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          if (readOwner(path)?.pid === process.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      // A lock left by a process that died on this machine is stale: take it over once.
      const stale = owner === null || (owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid));
      if (stale && attempt === 0) {
        unlinkSync(path);
        continue;
      }
      const who = owner ? `process ${owner.pid} on ${owner.host}, since ${owner.since}` : 'another process';
      throw new CoreError('store_locked', `This store is already open in another Threshold window or command (${who}). Close it there first.`);
    }
  }
  throw new CoreError('store_locked', 'This store is already open in another Threshold window or command.');
}
