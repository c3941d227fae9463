// The keyslot file: the only key material outside the encrypted store, because it must be read
// before unlocking. It holds no secret in the clear and no role (roles live in the store).
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync, existsSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CoreError } from '../errors';
import { RESTORE_ADVICE } from './faults';

const b64 = z.string().min(1).max(4096);
const gcmBox = z.object({ iv: b64, ct: b64, tag: b64 });
const sealedBox = gcmBox.extend({ epk: b64 });

export const SECRET_PURPOSES = ['master', 'signing'] as const;
export type SecretPurpose = (typeof SECRET_PURPOSES)[number];

const slot = z.object({
  userId: z.uuid(),
  login: z.string().min(1).max(64),
  publicKey: b64,
  kdf: z.object({
    alg: z.literal('scrypt'),
    N: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
    salt: b64,
  }),
  wrappedPrivateKey: gcmBox,
});
export type Keyslot = z.infer<typeof slot>;

const sealedSecret = z.object({
  purpose: z.enum(SECRET_PURPOSES),
  keyId: z.string().min(1).max(64),
  userId: z.uuid(),
  box: sealedBox,
});
export type SealedSecret = z.infer<typeof sealedSecret>;

export const keyslotFileSchema = z.object({
  format: z.literal('threshold-keyslots'),
  version: z.literal(1),
  storeId: z.uuid(),
  /** The master key the database is encrypted with. */
  masterKeyId: z.string().min(1).max(64),
  /** Set while a rotation is under way: the key the database is being re-encrypted to. */
  pendingMasterKeyId: z.string().min(1).max(64).nullable(),
  signingPublicKey: b64.nullable(),
  slots: z.array(slot),
  sealed: z.array(sealedSecret),
});
export type KeyslotFile = z.infer<typeof keyslotFileSchema>;

export const KEYSLOT_MISSING_MESSAGE = `The keyslot file of this store (threshold.keys.json, beside the store file) is missing, so nobody can unlock the store. ${RESTORE_ADVICE}`;

export function readKeyslotFile(path: string): KeyslotFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CoreError('store_missing', KEYSLOT_MISSING_MESSAGE);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CoreError('keyslot_invalid', `The keyslot file of this store (threshold.keys.json) is damaged: it is not valid JSON, so nobody can unlock the store. ${RESTORE_ADVICE}`);
  }
  const parsed = keyslotFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new CoreError('keyslot_invalid', `The keyslot file of this store (threshold.keys.json) is damaged or from an unknown version, so nobody can unlock the store. ${RESTORE_ADVICE}`);
  }
  return parsed.data;
}

/**
 * Writes the file so that a crash at any moment leaves either the old or the new version whole:
 * a temporary file beside it, fsync, rename over, fsync the folder (SPEC section 6).
 */
export function writeKeyslotFile(path: string, file: KeyslotFile): void {
  const data = JSON.stringify(keyslotFileSchema.parse(file), null, 2);
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
  fsyncDirectory(dirname(path));
}

export function fsyncDirectory(dir: string): void {
  // Not every platform can open a directory for fsync (Windows cannot); the rename is still atomic.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}
