// SPEC section 6 lists facts about SQLite3MultipleCiphers that the design must respect; each is
// checked here against the installed build, so an upgrade that changes one fails loudly.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileHeaderIsPlaintext, openEncrypted } from '../../../electron/core/store/database';
import { randomKey } from '../../../electron/core/store/crypto';
import { loadSqlite } from '../../../electron/core/store/sqlite';
import { unlockVault } from '../../../electron/core/store/vault';
import { tempDir } from '../support/temp-store';
import { tempVault } from '../support/vault';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function scratch(): string {
  const t = tempDir();
  cleanups.push(t.remove);
  return t.dir;
}

describe('the cipher library as installed', () => {
  it('is SQLite3 Multiple Ciphers with chacha20 (ChaCha20-Poly1305) as the cipher in use', () => {
    const db = openEncrypted(join(scratch(), 'a.db'), randomKey(), { create: true });
    const row = db.prepare('SELECT sqlite3mc_version() AS v').get() as { v: string };
    expect(row.v).toMatch(/^SQLite3 Multiple Ciphers \d+\.\d+/);
    expect(db.pragma('cipher', { simple: true })).toBe('chacha20');
    db.close();
  });

  function compileOptions(): string[] {
    const db = new (loadSqlite())(':memory:');
    const options = (db.pragma('compile_options') as { compile_options: string }[]).map((o) => o.compile_options);
    db.close();
    return options;
  }

  it('does not keep temporary files in memory by default, so every connection sets temp_store=MEMORY', () => {
    expect(compileOptions()).toContain('TEMP_STORE=1'); // files unless a connection asks otherwise
    const db = openEncrypted(join(scratch(), 'b.db'), randomKey(), { create: true });
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    db.close();
  });

  it('defaults WAL durability to NORMAL, so every connection sets synchronous=FULL', () => {
    expect(compileOptions()).toContain('DEFAULT_WAL_SYNCHRONOUS=1'); // NORMAL
    const Sqlite = loadSqlite();
    const key = randomKey();
    const fresh = join(scratch(), 'd.db');
    const created = openEncrypted(fresh, key, { create: true });
    created.exec('CREATE TABLE t (v TEXT)'); // opening an existing store refuses one with no tables
    created.close();
    const raw = new Sqlite(fresh);
    raw.pragma("cipher = 'chacha20'");
    raw.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('synchronous', { simple: true })).toBe(1); // what an unconfigured connection gets
    raw.close();
    const db = openEncrypted(fresh, key);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // 64 MiB of decrypted pages kept, where an unconfigured connection keeps 2 MiB.
    expect(db.pragma('cache_size', { simple: true })).toBe(-65_536);
    db.close();
  });

  it('answers "ok" to PRAGMA key with a wrong key; only a real read tells, as "not a database"', () => {
    const path = join(scratch(), 'd.db');
    openEncrypted(path, randomKey(), { create: true }).close();
    const Sqlite = loadSqlite();
    const db = new Sqlite(path);
    db.pragma("cipher = 'chacha20'");
    expect(db.pragma(`key = "x'${randomKey().toString('hex')}'"`)).toEqual([{ ok: 'ok' }]);
    expect(() => db.prepare('SELECT * FROM sqlite_schema').all()).toThrow(/not a database/);
    db.close();
    expect(() => openEncrypted(path, randomKey())).toThrow(expect.objectContaining({ code: 'store_damaged' }));
  });

  it('has no PRAGMA cipher_integrity_check (a SQLCipher pragma): each page tag is checked when the page is read, so integrity_check checks them all', () => {
    const path = join(scratch(), 'g.db');
    const key = randomKey();
    const db = openEncrypted(path, key, { create: true });
    db.exec('CREATE TABLE t (v TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 200; i++) insert.run(`row ${i} `.repeat(40));
    // SQLite ignores a pragma it does not know: no rows, no error, nothing checked.
    expect(db.pragma('cipher_integrity_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    // One byte changed in a page in the middle: its Poly1305 tag no longer verifies.
    const bytes = readFileSync(path);
    const offset = Math.floor(pages / 2) * 4096 + 1000;
    bytes[offset] = bytes[offset]! ^ 0xff;
    writeFileSync(path, bytes);
    const damaged = openEncrypted(path, key);
    expect(damaged.pragma('integrity_check', { simple: true })).not.toBe('ok');
    expect(() => damaged.prepare('SELECT count(*) FROM t WHERE v LIKE ?').get('%x%')).toThrow(expect.objectContaining({ code: 'SQLITE_CORRUPT' }));
    damaged.close();
  });

  it('fails a wrong passphrase at the keyslot, before the database is touched', async () => {
    const t = await tempVault();
    cleanups.push(t.remove);
    t.vault.db.close();
    unlinkSync(t.paths.db); // if unlocking reached the database, the error would be store_missing
    await expect(unlockVault(t.paths, t.director.login, 'a wrong passphrase here')).rejects.toMatchObject({ code: 'wrong_credentials' });
  });

  it('encrypts the database file and its WAL: the header is not plaintext and values do not appear', () => {
    const path = join(scratch(), 'e.db');
    const db = openEncrypted(path, randomKey(), { create: true });
    db.exec('CREATE TABLE t (v TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run('Persephone Ashdown-Whitlock');
    expect(readFileSync(`${path}-wal`).includes('Persephone')).toBe(false);
    db.close();
    expect(fileHeaderIsPlaintext(path)).toBe(false);
    expect(readFileSync(path).includes('Persephone')).toBe(false);
  });

  it('refuses to open a plaintext SQLite file as a store', () => {
    const path = join(scratch(), 'plain.db');
    const Sqlite = loadSqlite();
    const plain = new Sqlite(path);
    plain.exec('CREATE TABLE t (v TEXT)');
    plain.close();
    expect(fileHeaderIsPlaintext(path)).toBe(true);
    expect(() => openEncrypted(path, randomKey())).toThrow(expect.objectContaining({ code: 'cipher_inactive' }));
  });
});
