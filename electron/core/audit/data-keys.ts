// Per-subject data keys. Each person (client, student, staff) has one, and the organisation has
// 'org'. Personal values in audit rows are encrypted under their subject's key, so erasing a
// client destroys one key instead of rewriting the hash chain (SPEC section 6).
import { createCipheriv, createDecipheriv, randomBytes, randomFillSync, type KeyObject } from 'node:crypto';
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

// IVs are drawn from the system's CSPRNG in blocks of 1,024: each draw is a system call, and an
// import encrypting 100,000 audit payloads would otherwise spend seconds on them. Every IV is
// copied out of the block and the block is refilled before any byte of it is used twice.
const IV_BYTES = 12;
const ivBlock = Buffer.alloc(IV_BYTES * 1024);
let ivNext = ivBlock.length;

function freshIv(): Buffer {
  if (ivNext === ivBlock.length) {
    randomFillSync(ivBlock);
    ivNext = 0;
  }
  const iv = Buffer.from(ivBlock.subarray(ivNext, ivNext + IV_BYTES));
  ivNext += IV_BYTES;
  return iv;
}

/**
 * Layout: 12-byte IV, 16-byte tag, ciphertext. A caller encrypting many values under one key
 * passes a KeyObject (createSecretKey): Node then skips re-importing the raw key every time,
 * which costs more than the encryption of a small value.
 */
export function encryptValue(key: Buffer | KeyObject, plaintext: Buffer, aad: string): Buffer {
  const iv = freshIv();
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
