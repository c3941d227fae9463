// Puts a checked backup's files in place as a store: copied under temporary names beside their
// final ones, flushed, checked against the manifest again, the restore recorded in the copy's
// audit trail, then renamed: the database first, then the erasure log if the backup carries one,
// the keyslot file last (a store exists once its keyslot file does). Any failure removes what this wrote, the folder too if it made it.
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import { CoreError } from '../errors';
import { openEncrypted } from '../store/database';
import { acquireStoreLock, type StoreLock } from '../store/lock';
import { ensureStoreDir, storePaths, type StorePaths } from '../store/paths';
import { digestFile, fsyncPath, ownerOnly, removeQuietly } from './files';
import { BACKUP_DB_FILE, BACKUP_ERASURES_FILE, BACKUP_KEYS_FILE } from './manifest';
import type { ReadBackup } from './read-backup';

export function refuseExistingStore(paths: StorePaths): void {
  const taken = [BACKUP_DB_FILE, BACKUP_KEYS_FILE, BACKUP_ERASURES_FILE];
  if (existsSync(paths.dir) && readdirSync(paths.dir).some((name) => taken.includes(name))) {
    throw new CoreError('store_exists', `${paths.dir} already holds a Threshold store. A restore never replaces a store: choose a new, empty folder.`, [
      { path: 'destinationDir', message: 'already holds a store' },
    ]);
  }
}

/** The folder's lock, or null when this process holds it already (the core restoring into its own empty folder). */
function holdLock(paths: StorePaths): StoreLock | null {
  try {
    return acquireStoreLock(paths.lock);
  } catch (error) {
    if (error instanceof CoreError && error.code === 'store_locked') {
      try {
        const owner = JSON.parse(readFileSync(paths.lock, 'utf8')) as { pid?: unknown; host?: unknown };
        if (owner.pid === process.pid && owner.host === hostname()) return null;
      } catch {
        /* unreadable: someone else's */
      }
    }
    throw error;
  }
}

function recordRestore(dbPath: string, masterKey: Buffer, userId: string, backup: ReadBackup, at: Date): void {
  const db = openEncrypted(dbPath, masterKey);
  try {
    const after = { backupCreatedAt: backup.manifest.createdAt, from: backup.dir };
    db.transaction(() => appendAudit(db, { actorUserId: userId, action: 'store.restore', entity: 'store', entityId: null, keyId: ORG_KEY, before: null, after }, at))();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export async function placeStore(backup: ReadBackup, dir: string, masterKey: Buffer, userId: string, at: Date): Promise<void> {
  const paths = storePaths(dir);
  const madeDir = !existsSync(dir);
  ensureStoreDir(dir);
  const lock = holdLock(paths);
  const tag = randomBytes(4).toString('hex');
  const tempDb = join(dir, `.${BACKUP_DB_FILE}.restoring-${tag}`);
  const tempKeys = join(dir, `.${BACKUP_KEYS_FILE}.restoring-${tag}`);
  const tempErasures = join(dir, `.${BACKUP_ERASURES_FILE}.restoring-${tag}`);
  const copies: [string, string, string][] = [[backup.dbPath, tempDb, BACKUP_DB_FILE], [backup.keysPath, tempKeys, BACKUP_KEYS_FILE]];
  if (backup.erasuresPath) copies.push([backup.erasuresPath, tempErasures, BACKUP_ERASURES_FILE]);
  try {
    refuseExistingStore(paths);
    for (const [from, to, name] of copies) {
      copyFileSync(from, to, constants.COPYFILE_EXCL);
      ownerOnly(to, 0o600);
      fsyncPath(to);
      const copied = await digestFile(to);
      if (copied.sha256 !== backup.manifest.files.find((f) => f.name === name)?.sha256) {
        throw new CoreError('store_damaged', `${name} changed while it was being copied from the backup. Check the disks and try again.`);
      }
    }
    recordRestore(tempDb, masterKey, userId, backup, at);
    refuseExistingStore(paths);
    renameSync(tempDb, paths.db);
    if (backup.erasuresPath) renameSync(tempErasures, join(dir, BACKUP_ERASURES_FILE));
    renameSync(tempKeys, paths.keys);
    fsyncPath(dir);
  } catch (error) {
    for (const temp of [tempDb, `${tempDb}-wal`, `${tempDb}-shm`, tempKeys, tempErasures]) removeQuietly(temp);
    throw error;
  } finally {
    lock?.release();
    if (madeDir && existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}
