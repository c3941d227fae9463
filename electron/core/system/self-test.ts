// The start-up self-test. The test suite runs on Node; in Electron this is what proves, on the
// user's machine, that the store module loads, encryption works and the KDF is the real one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SelfTestReport } from '../contract';
import { deriveKey, generateEd25519, generateX25519, randomKey, seal, unseal } from '../store/crypto';
import { fileHeaderIsPlaintext, openEncrypted } from '../store/database';
import { loadSqlite, runtimeProblem } from '../store/sqlite';

type Check = SelfTestReport['checks'][number];

// RFC 7914 section 12, second vector: scrypt("password", "NaCl", N=1024, r=8, p=16, dkLen=64).
const SCRYPT_VECTOR =
  'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
const MARKER = 'self-test marker 7f3a';

async function attempt(name: string, run: () => Promise<string> | string): Promise<Check> {
  try {
    return { name, ok: true, detail: await run() };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export async function runSelfTest(): Promise<SelfTestReport> {
  const checks: Check[] = [];
  checks.push(
    await attempt('runtime', () => {
      const problem = runtimeProblem();
      if (problem) throw new Error(problem);
      return `Node.js ${process.versions.node}, N-API ${process.versions.napi}`;
    }),
  );
  if (!checks[0]?.ok) return { ok: false, checks };
  checks.push(
    await attempt('store module', () => {
      const Sqlite = loadSqlite();
      const db = new Sqlite(':memory:');
      try {
        const row = db.prepare('SELECT sqlite3mc_version() AS mc, sqlite_version() AS v').get() as { mc: string; v: string };
        return `${row.mc}, SQLite ${row.v}`;
      } finally {
        db.close();
      }
    }),
  );
  checks.push(
    await attempt('encrypted round trip', () => {
      const dir = mkdtempSync(join(tmpdir(), 'threshold-selftest-'));
      try {
        const path = join(dir, 'check.db');
        const key = randomKey();
        const db = openEncrypted(path, key, { create: true });
        db.exec('CREATE TABLE t (v TEXT)');
        db.prepare('INSERT INTO t VALUES (?)').run(MARKER);
        db.close();
        if (fileHeaderIsPlaintext(path) || readFileSync(path).includes(MARKER)) throw new Error('the database file is not encrypted');
        const again = openEncrypted(path, key);
        const row = again.prepare('SELECT v FROM t').get() as { v: string };
        again.close();
        if (row.v !== MARKER) throw new Error('the value read back differs from the one written');
        return 'written, encrypted on disk, read back';
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
  );
  checks.push(
    await attempt('key derivation', async () => {
      const key = await deriveKey('password', Buffer.from('NaCl'), { N: 1024, r: 8, p: 16 }, 64);
      if (key.toString('hex') !== SCRYPT_VECTOR) throw new Error('scrypt does not match the RFC 7914 test vector');
      return 'scrypt matches RFC 7914';
    }),
  );
  checks.push(
    await attempt('key sealing', () => {
      const pair = generateX25519();
      const secret = randomKey();
      const opened = unseal(pair, seal(pair.publicKey, secret, 'self-test'), 'self-test');
      if (!opened?.equals(secret)) throw new Error('X25519 sealing does not round-trip');
      generateEd25519();
      return 'X25519, HKDF, AES-256-GCM and Ed25519 available';
    }),
  );
  return { ok: checks.every((c) => c.ok), checks };
}
