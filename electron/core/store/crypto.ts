// Key material: the passphrase KDF, AES-256-GCM wrapping, and sealing secrets to users' X25519
// public keys (SPEC section 6). Only Node's crypto, which Electron's BoringSSL also provides
// for every primitive used here (scrypt, AES-GCM, X25519, Ed25519, HKDF).
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
  type KeyObject,
} from 'node:crypto';
import { CoreError } from '../errors';

export interface ScryptParams {
  readonly alg: 'scrypt';
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * OWASP's password-storage guidance floor for scrypt is N=2^17, r=8, p=1. Threshold uses exactly
 * that for new slots and refuses any slot below it: there is deliberately no switch, setting or
 * environment variable that lowers it (SPEC section 6), so tests pay the real cost too.
 */
export const KDF_PARAMS: ScryptParams = { alg: 'scrypt', N: 2 ** 17, r: 8, p: 1 };

export function kdfMeetsMinimum(params: ScryptParams): boolean {
  return params.alg === 'scrypt' && params.N >= KDF_PARAMS.N && params.r >= KDF_PARAMS.r && params.p >= KDF_PARAMS.p;
}

/** scrypt needs 128*N*r bytes; Node's default maxmem (32 MiB) is too small for N=2^17. */
function maxmemFor(params: Pick<ScryptParams, 'N' | 'r' | 'p'>): number {
  return 128 * params.N * params.r * params.p + 64 * 1024 * 1024;
}

export function deriveKey(
  passphrase: string | Buffer,
  salt: Buffer,
  params: Pick<ScryptParams, 'N' | 'r' | 'p'>,
  length = 32,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, length, { N: params.N, r: params.r, p: params.p, maxmem: maxmemFor(params) }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export interface GcmBox {
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

export function gcmEncrypt(key: Buffer, plaintext: Buffer, aad: Buffer): GcmBox {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns null when the tag does not verify: a wrong key, or a box or its context altered. */
export function gcmDecrypt(key: Buffer, box: GcmBox, aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(box.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

// ---- X25519 key pairs and sealed boxes -------------------------------------------------------

export interface RawKeyPair {
  readonly publicKey: string; // base64url of the raw 32-byte key
  readonly privateKey: string; // base64url of the raw 32-byte key
}

export function generateX25519(): RawKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { publicKey: jwk.x as string, privateKey: jwk.d as string };
}

function x25519Public(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw }, format: 'jwk' });
}

function x25519Private(pair: RawKeyPair): KeyObject {
  return createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: pair.publicKey, d: pair.privateKey }, format: 'jwk' });
}

export interface SealedBox extends GcmBox {
  /** The ephemeral public key of this box. */
  readonly epk: string;
}

function sealKey(shared: Buffer, epk: string, recipient: string): Buffer {
  const salt = Buffer.concat([Buffer.from(epk, 'base64url'), Buffer.from(recipient, 'base64url')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, 'threshold sealed box v1', 32));
}

/** Seals a secret to one public key (ECIES: ephemeral X25519, HKDF-SHA256, AES-256-GCM). */
export function seal(recipientPublicKey: string, secret: Buffer, context: string): SealedBox {
  const ephemeral = generateX25519();
  const shared = diffieHellman({ privateKey: x25519Private(ephemeral), publicKey: x25519Public(recipientPublicKey) });
  const key = sealKey(shared, ephemeral.publicKey, recipientPublicKey);
  return { epk: ephemeral.publicKey, ...gcmEncrypt(key, secret, Buffer.from(context, 'utf8')) };
}

export function unseal(recipient: RawKeyPair, box: SealedBox, context: string): Buffer | null {
  const shared = diffieHellman({ privateKey: x25519Private(recipient), publicKey: x25519Public(box.epk) });
  return gcmDecrypt(sealKey(shared, box.epk, recipient.publicKey), box, Buffer.from(context, 'utf8'));
}

// ---- Ed25519: the director's signing key -----------------------------------------------------

export function generateEd25519(): RawKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { publicKey: jwk.x as string, privateKey: jwk.d as string };
}

export function ed25519PrivateKey(pair: RawKeyPair): KeyObject {
  return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pair.publicKey, d: pair.privateKey }, format: 'jwk' });
}

export function ed25519PublicKey(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
}

export function randomKey(): Buffer {
  return randomBytes(32);
}

export function assertKeyLength(key: Buffer): void {
  if (key.length !== 32) throw new CoreError('keyslot_invalid', 'A key in the keyslot file has the wrong length.');
}
