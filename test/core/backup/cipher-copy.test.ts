// What the installed SQLite3MultipleCiphers build does when an encrypted, WAL-mode store is
// copied: the facts backup/snapshot.ts relies on, checked on this build rather than trusted.
// - VACUUM INTO writes the copy with the main database's cipher and key: the same raw key opens
//   it, another key or none does not, and no page is plaintext;
// - the copy holds what is still only in the WAL (a consistent snapshot of committed data);
// - the online backup API (better-sqlite3's db.backup) refuses an encrypted source, because the
//   destination connection it opens has no key: it cannot make an encrypted copy here.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CIPHER, fileHeaderIsPlaintext } from '../../../electron/core/store/database';
import { loadSqlite } from '../../../electron/core/store/sqlite';
import { tempVault, type TempVault } from '../support/vault';

const PLANTED = 'Zebedee Quartermaine-Flint';
let temp: TempVault | undefined;
afterEach(() => temp?.remove());

function openWithKey(path: string, key: Buffer) {
  const db = new (loadSqlite())(path, { readonly: true, fileMustExist: true });
  db.pragma(`cipher = '${CIPHER}'`);
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  return db;
}

const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));

describe('copying an encrypted store with SQLite3MultipleCiphers', () => {
  it('VACUUM INTO writes an encrypted copy under the same key, including what is only in the WAL', async () => {
    temp = await tempVault();
    const { db, masterKey } = temp.vault;
    expect(db.prepare('SELECT sqlite3mc_version() AS v').get()).toEqual({ v: expect.stringMatching(/^SQLite3 Multiple Ciphers 2\./) });
    db.exec('CREATE TABLE planted (name TEXT)');
    const insert = db.prepare('INSERT INTO planted (name) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(i === 250 ? PLANTED : `filler ${i}`);
    })();
    // The rows are committed to the WAL and not yet checkpointed into the main file.
    expect(statSync(`${temp.paths.db}-wal`).size).toBeGreaterThan(0);
    expect(holds(readFileSync(temp.paths.db), PLANTED)).toBe(false);

    const copy = join(temp.paths.dir, 'copy.db');
    db.prepare('VACUUM INTO ?').run(copy);
    const bytes = readFileSync(copy);
    expect(fileHeaderIsPlaintext(copy)).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(holds(bytes, PLANTED)).toBe(false);
    expect(readdirSync(temp.paths.dir).filter((f) => f.startsWith('copy.db'))).toEqual(['copy.db']); // no journal beside it

    const reopened = openWithKey(copy, masterKey);
    expect(reopened.pragma('cipher', { simple: true })).toBe('chacha20');
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(reopened.prepare('SELECT count(*) AS n FROM planted WHERE name = ?').get(PLANTED)).toEqual({ n: 1 });
    expect(reopened.prepare('SELECT count(*) AS n FROM planted').get()).toEqual({ n: 500 });
    // A read-only open of the copy (rollback journal, not WAL) creates nothing beside it.
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('delete');
    reopened.close();
    expect(existsSync(`${copy}-wal`) || existsSync(`${copy}-shm`)).toBe(false);

    const wrongKey = openWithKey(copy, randomBytes(32));
    expect(() => wrongKey.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/file is not a database/);
    wrongKey.close();
    const noKey = new (loadSqlite())(copy, { readonly: true });
    expect(() => noKey.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/file is not a database/);
    noKey.close();
  });

  it('the online backup API cannot make an encrypted copy: it refuses the keyless destination', async () => {
    temp = await tempVault();
    const target = join(temp.paths.dir, 'online-backup.db');
    await expect(temp.vault.db.backup(target)).rejects.toThrow(/backup is not supported with incompatible source and target databases/);
  });
});
