// The unencrypted twin of a benchmark store: the same rows, laid out the same way, in a file
// opened with the same library and the same connection settings but no key, so the ratio of the
// two timings is the cost of the encryption alone. Benchmark only: the app refuses to open an
// unencrypted store (store/database.ts) and nothing here changes that.
import { applyConnectionPragmas, fileHeaderIsPlaintext } from '../../electron/core/store/database';
import { migrate } from '../../electron/core/store/migrations';
import { loadSqlite, type Database } from '../../electron/core/store/sqlite';

/** An unencrypted database with the store's connection settings (each read back, as for the store). */
export function openPlain(path: string): Database {
  const Sqlite = loadSqlite();
  const db = new Sqlite(path);
  applyConnectionPragmas(db);
  return db;
}

/**
 * Compacts the encrypted store (VACUUM) and copies every table into a new unencrypted file whose
 * schema the same migrations made. VACUUM rebuilds the store the way the copy builds the twin
 * (tables in order, indexes maintained as rows go in), so both have the same page layout; a
 * store grown by years of writes would be somewhat less compact than either.
 */
export function makePlainTwin(encrypted: Database, plainPath: string): void {
  encrypted.exec('VACUUM');
  const plain = openPlain(plainPath);
  migrate(plain);
  plain.close();
  encrypted.prepare("ATTACH DATABASE ? AS plain KEY ''").run(plainPath);
  try {
    const tables = encrypted.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'analysis_revisions' ORDER BY rowid").all() as { name: string }[];
    encrypted.transaction(() => {
      for (const { name } of tables) encrypted.exec(`INSERT INTO plain."${name}" SELECT * FROM main."${name}"`);
      // Copying the records fired the twin's revision triggers: the store's own counters win.
      encrypted.exec('DELETE FROM plain.analysis_revisions; INSERT INTO plain.analysis_revisions SELECT * FROM main.analysis_revisions');
    })();
  } finally {
    encrypted.exec('DETACH DATABASE plain');
  }
  if (!fileHeaderIsPlaintext(plainPath)) throw new Error('The twin was meant to be unencrypted, but its file is not plaintext SQLite.');
  const check = openPlain(plainPath);
  check.pragma('wal_checkpoint(TRUNCATE)');
  check.close();
}
