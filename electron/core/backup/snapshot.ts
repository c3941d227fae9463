// The snapshot: in one synchronous stretch (no other call can run on the core's one connection
// meanwhile, and the lock file keeps other processes out) the store is counted, copied with
// VACUUM INTO and its keyslot file copied. SQLite3MultipleCiphers writes a VACUUM INTO target
// with the main database's cipher and key (checked in test/core/backup/cipher-copy.test.ts), as
// a consistent snapshot that includes the WAL's committed pages and leaves free pages behind.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoreError } from '../errors';
import { keyslotFileSchema } from '../store/keyslot-file';
import type { UnlockedVault } from '../store/vault';
import { storeFacts, type StoreFacts } from './counts';
import { ownerOnly, writeNewPrivateFile } from './files';
import { BACKUP_DB_FILE, BACKUP_ERASURES_FILE, BACKUP_KEYS_FILE } from './manifest';

export interface Snapshot {
  readonly facts: StoreFacts;
  readonly storeId: string;
  readonly masterKeyId: string;
  /** A copy of the key the database copy is encrypted with: the vault's own buffer is zeroed by a rotation or a lock. */
  readonly masterKey: Buffer;
  readonly dbPath: string;
  readonly keysPath: string;
  /** The copy of the erasure log, when the store has one. */
  readonly erasuresPath: string | null;
}

export function takeSnapshot(vault: UnlockedVault, stagingDir: string): Snapshot {
  const { db } = vault;
  if (db.inTransaction) throw new CoreError('conflict', 'The store is in the middle of a change; try the backup again in a moment.');
  const keysText = readFileSync(vault.paths.keys, 'utf8');
  const erasuresLog = join(vault.paths.dir, BACKUP_ERASURES_FILE);
  const erasuresText = existsSync(erasuresLog) ? readFileSync(erasuresLog, 'utf8') : null;
  const keyslots = keyslotFileSchema.parse(JSON.parse(keysText));
  if (keyslots.storeId !== vault.storeId || (keyslots.masterKeyId !== vault.masterKeyId && keyslots.pendingMasterKeyId !== vault.masterKeyId)) {
    throw new CoreError('keyslot_invalid', 'The keyslot file does not match the open store, so no backup was made. Lock Threshold, unlock it again and retry.');
  }
  const facts = storeFacts(db);
  const dbPath = join(stagingDir, BACKUP_DB_FILE);
  const keysPath = join(stagingDir, BACKUP_KEYS_FILE);
  db.prepare('VACUUM INTO ?').run(dbPath);
  ownerOnly(dbPath, 0o600);
  writeNewPrivateFile(keysPath, keysText);
  let erasuresPath: string | null = null;
  if (erasuresText !== null) {
    erasuresPath = join(stagingDir, BACKUP_ERASURES_FILE);
    writeNewPrivateFile(erasuresPath, erasuresText);
  }
  return { facts, storeId: vault.storeId, masterKeyId: vault.masterKeyId, masterKey: Buffer.from(vault.masterKey), dbPath, keysPath, erasuresPath };
}
