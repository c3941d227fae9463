// Opens the encrypted database and proves the cipher is really on. SQLite3MultipleCiphers
// answers "ok" to PRAGMA key whatever happens, so every fact SPEC section 6 lists is checked
// here rather than trusted.
import { chmodSync, closeSync, existsSync, openSync, readSync } from 'node:fs';
import { CoreError } from '../errors';
import { STORE_EMPTY_MESSAGE, STORE_FILE_MISSING_MESSAGE, storeFault } from './faults';
import { loadSqlite, type Database } from './sqlite';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** chacha20 is ChaCha20-Poly1305: every page carries a MAC (aes256cbc would not). */
export const CIPHER = 'chacha20';

function rawKeyLiteral(key: Buffer): string {
  if (key.length !== 32) throw new CoreError('keyslot_invalid', 'The master key has the wrong length.');
  // x'..' hands the 256-bit key to the cipher as is, skipping its own passphrase KDF: the key
  // is already random, and the KDF would cost 64,007 PBKDF2 rounds on every open.
  return `"x'${key.toString('hex')}'"`;
}

export function fileHeaderIsPlaintext(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.equals(PLAINTEXT_HEADER);
  } finally {
    closeSync(fd);
  }
}

export function restrictToOwner(path: string): void {
  if (process.platform !== 'win32' && existsSync(path)) chmodSync(path, 0o600);
}

export interface OpenOptions {
  /** Create the file when missing; otherwise a missing file, or one with no tables, is an error. */
  readonly create?: boolean;
}

/** Opens (or creates) the database with a raw 256-bit key. Throws CoreError('store_damaged') on a wrong key or a damaged file. */
export function openEncrypted(path: string, key: Buffer, options: OpenOptions = {}): Database {
  const Sqlite = loadSqlite();
  if (!options.create && !existsSync(path)) {
    throw new CoreError('store_missing', STORE_FILE_MISSING_MESSAGE);
  }
  if (existsSync(path) && fileHeaderIsPlaintext(path)) {
    throw new CoreError('cipher_inactive', 'The store file is not encrypted. Threshold will not open an unencrypted store.');
  }
  const db = new Sqlite(path);
  try {
    // Keying comes before any statement: preparing one reads the (encrypted) schema.
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(`key = ${rawKeyLiteral(key)}`);
    try {
      // The real read that tells a right key from a wrong one (PRAGMA key cannot). A wrong key
      // or a tampered first page is SQLITE_NOTADB; a file shorter than its header says, or a
      // schema page whose tag fails, is SQLITE_CORRUPT: both are store_damaged (store/faults.ts).
      const schema = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
      // An emptied (0-byte) file opens as a new, empty database. Opening an existing store must
      // refuse it before any setting below writes a header into it.
      if (!options.create && schema.n === 0) throw new CoreError('store_damaged', STORE_EMPTY_MESSAGE);
    } catch (error) {
      throw storeFault(error) ?? error;
    }
    const version = db.prepare('SELECT sqlite3mc_version() AS v').get() as { v: string } | undefined;
    if (!version?.v?.startsWith('SQLite3 Multiple Ciphers')) {
      throw new CoreError('cipher_inactive', 'The encryption module is not active, so the store cannot be opened safely.');
    }
    applyConnectionPragmas(db);
    restrictToOwner(path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The page cache per connection, in KiB (within SPEC section 8's 400 MB for the core). */
export const PAGE_CACHE_KIB = 65_536;

/** The per-connection settings SPEC section 6 requires; each is read back, not assumed. */
export function applyConnectionPragmas(db: Database): void {
  // Temporary files and sub-journals are not encrypted by the cipher: keep them in memory.
  db.pragma('temp_store = MEMORY');
  db.pragma('journal_mode = WAL');
  // The build defaults WAL to NORMAL, which can lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Freed pages are zeroed, so an erased client's data key does not linger in the file.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 2000');
  // 64 MiB of page cache, not the default 2 MiB: every page read from the file is decrypted and
  // checked, so the pages a review or the dashboard reads again should stay decrypted in memory.
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  const checks: [string, unknown, unknown][] = [
    ['temp_store', db.pragma('temp_store', { simple: true }), 2],
    ['journal_mode', db.pragma('journal_mode', { simple: true }), 'wal'],
    ['synchronous', db.pragma('synchronous', { simple: true }), 2],
    ['foreign_keys', db.pragma('foreign_keys', { simple: true }), 1],
    ['cache_size', db.pragma('cache_size', { simple: true }), -PAGE_CACHE_KIB],
    ['cipher', db.pragma('cipher', { simple: true }), CIPHER],
  ];
  for (const [name, actual, expected] of checks) {
    if (actual !== expected) {
      throw new CoreError('cipher_inactive', `The store connection could not be secured (${name} is ${String(actual)}, not ${String(expected)}).`);
    }
  }
}

/**
 * Re-encrypts every page under a new key. Older cipher versions cannot rekey in WAL mode, so
 * the journal is switched to DELETE for the rekey and back afterwards, whatever the version.
 */
export function rekey(db: Database, newKey: Buffer): void {
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ${rawKeyLiteral(newKey)}`);
  db.pragma('journal_mode = WAL');
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
}
