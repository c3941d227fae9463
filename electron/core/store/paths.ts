// Where a store's files live. A store is a folder: the encrypted database (with its WAL), the
// keyslot file beside it, and the lock file while a process has it open.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface StorePaths {
  readonly dir: string;
  readonly db: string;
  readonly keys: string;
  readonly lock: string;
}

export function storePaths(dir: string): StorePaths {
  return {
    dir,
    db: join(dir, 'threshold.db'),
    keys: join(dir, 'threshold.keys.json'),
    lock: join(dir, 'threshold.lock'),
  };
}

export function ensureStoreDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
}

export function storeExists(paths: StorePaths): boolean {
  return existsSync(paths.keys);
}
