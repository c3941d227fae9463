// Unlocking, in three parts: the deliberate key derivation alone (scrypt, N=2^17), a full
// session.unlock (which includes it), and unlocking without it: opening the file, keying it,
// proving the cipher is on, applying and reading back the connection settings, checking the
// schema version and reading the user, against the same steps on the unencrypted twin.
import { randomBytes } from 'node:crypto';
import { Session, type Clock } from '../../electron/core/auth/session';
import { findCurrentUser } from '../../electron/core/auth/users-repo';
import { GENERATED_DIRECTOR, GENERATED_PASSPHRASE } from '../../electron/core/generate';
import { KDF_PARAMS, deriveKey } from '../../electron/core/store/crypto';
import { fileHeaderIsPlaintext, openEncrypted, restrictToOwner } from '../../electron/core/store/database';
import { migrate } from '../../electron/core/store/migrations';
import type { StorePaths } from '../../electron/core/store/paths';
import type { Database } from '../../electron/core/store/sqlite';
import { timePair, timeSingle, type Samples } from './measure';
import { openPlain } from './plain';

export const kdfSamples = (runs: number): Promise<number[]> => timeSingle(runs, 1, () => deriveKey(GENERATED_PASSPHRASE, randomBytes(16), KDF_PARAMS));

export function fullUnlockSamples(runs: number, paths: StorePaths, clock: Clock): Promise<number[]> {
  return timeSingle(runs, 1, async () => {
    const session = new Session(paths, clock);
    await session.unlock({ login: GENERATED_DIRECTOR.login, passphrase: GENERATED_PASSPHRASE });
    session.lock();
  });
}

/** What unlocking does after the key is known: the same on both stores except the key. */
function openAndCheck(open: () => Database, userId: string): void {
  const db = open();
  try {
    migrate(db);
    if (!findCurrentUser(db, userId)) throw new Error('the user is missing');
    db.prepare('SELECT auto_lock_minutes FROM organisation WHERE id = 1').get();
  } finally {
    db.close();
  }
}

/** openEncrypted's steps without the key: the header check, the schema read, the version query, the settings, the file mode. */
function openPlainAsStore(path: string): Database {
  fileHeaderIsPlaintext(path);
  const db = openPlain(path);
  db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
  db.prepare('SELECT sqlite3mc_version() AS v').get();
  restrictToOwner(path);
  return db;
}

/** Unlocking without the key derivation (the keyslot file and the unsealing of the master key, under a millisecond, are left out too). */
export function unlockWithoutKdfSamples(runs: number, paths: StorePaths, masterKey: Buffer, plainPath: string, userId: string): Promise<Samples> {
  return timePair(
    runs,
    2,
    () => openAndCheck(() => openEncrypted(paths.db, masterKey), userId),
    () => openAndCheck(() => openPlainAsStore(plainPath), userId),
  );
}
