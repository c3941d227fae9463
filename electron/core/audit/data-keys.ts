// Per-subject data keys. Each person (client, student, staff) has one, and the organisation has
// 'org'. Personal values in audit rows are encrypted under their subject's key, so erasing a
// client destroys one key instead of rewriting the hash chain (SPEC section 6).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Database } from '../store/sqlite';

export const ORG_KEY = 'org';
export const personKeyId = (personId: string): string => `person:${personId}`;

export function dataKey(db: Database, keyId: string, at: Date): Buffer {
  const row = db.prepare('SELECT key FROM data_keys WHERE id = ?').get(keyId) as { key: Buffer } | undefined;
  if (row) return row.key;
  const key = randomBytes(32);
  db.prepare('INSERT INTO data_keys (id, key, created_at) VALUES (?, ?, ?)').run(keyId, key, at.toISOString());
  return key;
}

export function existingDataKey(db: Database, keyId: string): Buffer | null {
  const row = db.prepare('SELECT key FROM data_keys WHERE id = ?').get(keyId) as { key: Buffer } | undefined;
  return row?.key ?? null;
}

/** Layout: 12-byte IV, 16-byte tag, ciphertext. */
export function encryptValue(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]);
}

export function decryptValue(key: Buffer, blob: Buffer, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(blob.subarray(12, 28));
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
  } catch {
    return null;
  }
}
