// Opens a database copy read-only with its master key and checks it through: the cipher is on,
// every page decrypts and passes its Poly1305 tag and SQLite's integrity check, the audit chain
// verifies, and it holds what it should. Read-only: nothing is created beside the copy.
import { verifyAudit } from '../audit/chain';
import { CoreError } from '../errors';
import { CIPHER } from '../store/database';
import { loadSqlite, type Database } from '../store/sqlite';
import { factsDiffer, storeFacts, type StoreFacts } from './counts';

function openReadOnly(path: string, masterKey: Buffer): Database {
  const Sqlite = loadSqlite();
  const db = new Sqlite(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`cipher = '${CIPHER}'`);
    // The raw-key form (x'..'), as the store itself is keyed (store/database.ts).
    db.pragma(`key = "x'${masterKey.toString('hex')}'"`);
    db.pragma('temp_store = MEMORY');
    db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
    const version = db.prepare('SELECT sqlite3mc_version() AS v').get() as { v: string } | undefined;
    if (!version?.v?.startsWith('SQLite3 Multiple Ciphers')) {
      throw new CoreError('cipher_inactive', 'The encryption module is not active, so the backup cannot be checked safely.');
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function sqliteCode(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** Throws CoreError('store_damaged') naming what is wrong; returns the copy's facts when all is well. */
export function inspectCopy(path: string, masterKey: Buffer, expected: StoreFacts, what: string): StoreFacts {
  const damaged = (why: string) => new CoreError('store_damaged', `${what} is damaged: ${why}.`);
  let db: Database | null = null;
  try {
    db = openReadOnly(path, masterKey);
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') throw damaged('its database fails SQLite\'s integrity check');
    const audit = verifyAudit(db);
    if (!audit.ok) throw damaged(`its audit trail is broken at row ${audit.firstBroken?.seq} (${audit.firstBroken?.reason})`);
    const actual = storeFacts(db);
    const difference = factsDiffer(expected, actual);
    if (difference) throw damaged(difference);
    return actual;
  } catch (error) {
    if (error instanceof CoreError) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') throw damaged('its database cannot be decrypted with its key');
    if (code.startsWith('SQLITE_CORRUPT')) throw damaged('part of its database fails its integrity check');
    if (code === 'SQLITE_CANTOPEN') throw damaged('its database file cannot be opened');
    throw error;
  } finally {
    db?.close();
  }
}
