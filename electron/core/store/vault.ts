// The vault: creating a store, unlocking it with a user's passphrase, adding and removing
// keyslots, changing a passphrase, rotating the master key (SPEC section 6's key design).
import { forgetMemos } from './memo';
import { existsSync, renameSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { CoreError } from '../errors';
import {
  KDF_PARAMS,
  deriveKey,
  gcmDecrypt,
  gcmEncrypt,
  generateEd25519,
  generateX25519,
  kdfMeetsMinimum,
  randomKey,
  seal,
  unseal,
  type RawKeyPair,
} from './crypto';
import { fileHeaderIsPlaintext, openEncrypted, rekey } from './database';
import { readKeyslotFile, writeKeyslotFile, type KeyslotFile, type Keyslot, type SecretPurpose } from './keyslot-file';
import { migrate } from './migrations';
import type { StorePaths } from './paths';
import type { Database } from './sqlite';

export interface UnlockedVault {
  readonly paths: StorePaths;
  readonly storeId: string;
  readonly userId: string;
  readonly db: Database;
  /** Held only while unlocked; needed to seal the master key to a new user's public key. */
  masterKey: Buffer;
  masterKeyId: string;
  readonly keyPair: RawKeyPair;
}

const newKeyId = (): string => randomBytes(8).toString('hex');

function slotAad(storeId: string, slot: Pick<Keyslot, 'userId' | 'login' | 'publicKey' | 'kdf'>): Buffer {
  // The user id and KDF parameters are bound to the wrapped key: moving a slot to another user
  // or weakening its parameters in the file makes the tag fail.
  return Buffer.from(JSON.stringify(['threshold keyslot v1', storeId, slot.userId, slot.login, slot.publicKey, slot.kdf]), 'utf8');
}

const sealContext = (storeId: string, purpose: SecretPurpose, keyId: string, userId: string): string =>
  JSON.stringify(['threshold sealed secret v1', storeId, purpose, keyId, userId]);

async function wrapSlot(storeId: string, userId: string, login: string, passphrase: string, pair: RawKeyPair): Promise<Keyslot> {
  const salt = randomBytes(16);
  const kdf = { ...KDF_PARAMS, salt: salt.toString('base64') };
  const kek = await deriveKey(passphrase, salt, KDF_PARAMS);
  const partial = { userId, login, publicKey: pair.publicKey, kdf };
  const wrappedPrivateKey = gcmEncrypt(kek, Buffer.from(pair.privateKey, 'base64url'), slotAad(storeId, partial));
  kek.fill(0);
  return { ...partial, wrappedPrivateKey };
}

/** Unwraps a slot's private key, or null for a wrong passphrase. Also opens a backup's keyslot file (backup/). */
export async function openSlot(storeId: string, slot: Keyslot, passphrase: string): Promise<RawKeyPair | null> {
  if (!kdfMeetsMinimum(slot.kdf)) {
    throw new CoreError('keyslot_invalid', "This user's keyslot uses key-derivation settings below Threshold's minimum, so it is refused. Ask the director to issue a new passphrase.");
  }
  const kek = await deriveKey(passphrase, Buffer.from(slot.kdf.salt, 'base64'), slot.kdf);
  const priv = gcmDecrypt(kek, slot.wrappedPrivateKey, slotAad(storeId, slot));
  kek.fill(0);
  return priv ? { publicKey: slot.publicKey, privateKey: priv.toString('base64url') } : null;
}

function sealTo(storeId: string, slot: Pick<Keyslot, 'userId' | 'publicKey'>, purpose: SecretPurpose, keyId: string, secret: Buffer) {
  return { purpose, keyId, userId: slot.userId, box: seal(slot.publicKey, secret, sealContext(storeId, purpose, keyId, slot.userId)) };
}

export function unsealFor(file: KeyslotFile, pair: RawKeyPair, userId: string, purpose: SecretPurpose, keyId: string): Buffer | null {
  const entry = file.sealed.find((s) => s.purpose === purpose && s.keyId === keyId && s.userId === userId);
  return entry ? unseal(pair, entry.box, sealContext(file.storeId, purpose, keyId, userId)) : null;
}

export interface NewStore {
  readonly vault: UnlockedVault;
  readonly signingPublicKey: string;
}

/** Creates the database and keyslot file with the director's slot. */
export async function createVault(
  paths: StorePaths,
  director: { userId: string; login: string; passphrase: string },
  initialise: (db: Database) => void,
): Promise<NewStore> {
  if (existsSync(paths.keys)) throw new CoreError('store_exists', 'A store already exists here; unlock it instead.');
  if (existsSync(paths.db)) {
    // A database without a keyslot file is the remains of a setup that crashed before finishing:
    // nobody can ever open it. Keep it aside rather than delete anything.
    renameSync(paths.db, `${paths.db}.orphan-${Date.now()}`);
  }
  const storeId = randomUUID();
  const masterKey = randomKey();
  const masterKeyId = newKeyId();
  const pair = generateX25519();
  const signing = generateEd25519();
  const slot = await wrapSlot(storeId, director.userId, director.login, director.passphrase, pair);
  const db = openEncrypted(paths.db, masterKey, { create: true });
  try {
    migrate(db);
    db.transaction(() => {
      db.prepare("INSERT INTO store_meta (key, value) VALUES ('store_id', ?)").run(storeId);
      initialise(db);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Two SQLite copies in one process can make PRAGMA key a silent no-op: prove the file is not plaintext.
    if (fileHeaderIsPlaintext(paths.db)) throw new CoreError('cipher_inactive', 'The new store was written unencrypted, so setup was stopped. Threshold cannot run safely on this machine.');
  } catch (error) {
    db.close();
    throw error;
  }
  writeKeyslotFile(paths.keys, {
    format: 'threshold-keyslots',
    version: 1,
    storeId,
    masterKeyId,
    pendingMasterKeyId: null,
    signingPublicKey: signing.publicKey,
    slots: [slot],
    sealed: [
      sealTo(storeId, slot, 'master', masterKeyId, masterKey),
      sealTo(storeId, slot, 'signing', 'signing-1', Buffer.from(signing.privateKey, 'base64url')),
    ],
  });
  return { vault: { paths, storeId, userId: director.userId, db, masterKey, masterKeyId, keyPair: pair }, signingPublicKey: signing.publicKey };
}

/** Unlocking is logging in: the passphrase unwraps the user's private key, which unseals the master key. */
export async function unlockVault(paths: StorePaths, login: string, passphrase: string): Promise<UnlockedVault> {
  const file = readKeyslotFile(paths.keys);
  const slot = file.slots.find((s) => s.login === login.trim().toLowerCase());
  const wrong = new CoreError('wrong_credentials', 'That login name and passphrase do not match. Check them and try again.');
  if (!slot) {
    // Spend the same time as a real attempt, so timing does not tell which login names exist.
    await deriveKey(passphrase, randomBytes(16), KDF_PARAMS);
    throw wrong;
  }
  const pair = await openSlot(file.storeId, slot, passphrase);
  if (!pair) throw wrong;

  const candidates = [file.masterKeyId, file.pendingMasterKeyId].filter((k): k is string => k !== null);
  for (const keyId of candidates) {
    const masterKey = unsealFor(file, pair, slot.userId, 'master', keyId);
    if (!masterKey) continue;
    let db: Database;
    try {
      db = openEncrypted(paths.db, masterKey);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'store_damaged' && keyId !== candidates.at(-1)) continue;
      throw error;
    }
    const vault: UnlockedVault = { paths, storeId: file.storeId, userId: slot.userId, db, masterKey, masterKeyId: keyId, keyPair: pair };
    try {
      migrate(db);
      await finishInterruptedRotation(vault, file);
    } catch (error) {
      db.close();
      throw error;
    }
    return vault;
  }
  throw new CoreError('keyslot_invalid', 'Your passphrase is right, but the keyslot file holds no store key for you. Ask the director to check your account.');
}

/** A rotation interrupted by a crash is completed by the next unlock (see rotateMasterKey). */
async function finishInterruptedRotation(vault: UnlockedVault, file: KeyslotFile): Promise<void> {
  const pending = file.pendingMasterKeyId;
  if (!pending) return;
  if (vault.masterKeyId !== pending) {
    const newKey = unsealFor(file, vault.keyPair, vault.userId, 'master', pending);
    if (!newKey) return; // someone else's unlock will finish it
    rekey(vault.db, newKey);
    vault.masterKey = newKey;
    vault.masterKeyId = pending;
  }
  writeKeyslotFile(vault.paths.keys, settleRotation(file, pending));
}

function settleRotation(file: KeyslotFile, newKeyId: string): KeyslotFile {
  return {
    ...file,
    masterKeyId: newKeyId,
    pendingMasterKeyId: null,
    sealed: file.sealed.filter((s) => s.purpose !== 'master' || s.keyId === newKeyId),
  };
}

/** Adding a user never rekeys: the current master key is sealed to the new user's public key. */
export async function addSlot(vault: UnlockedVault, user: { userId: string; login: string; passphrase: string }): Promise<void> {
  const file = readKeyslotFile(vault.paths.keys);
  if (file.slots.some((s) => s.login === user.login)) throw new CoreError('conflict', `The login name "${user.login}" is already taken.`, [{ path: 'login', message: 'is already taken' }]);
  const pair = generateX25519();
  const slot = await wrapSlot(file.storeId, user.userId, user.login, user.passphrase, pair);
  writeKeyslotFile(vault.paths.keys, {
    ...file,
    slots: [...file.slots, slot],
    sealed: [...file.sealed, sealTo(file.storeId, slot, 'master', vault.masterKeyId, vault.masterKey)],
  });
}

/** Passphrase change rewraps one slot; the key pair and everything sealed to it stay. */
export async function changeSlotPassphrase(vault: UnlockedVault, current: string, next: string): Promise<void> {
  const file = readKeyslotFile(vault.paths.keys);
  const slot = file.slots.find((s) => s.userId === vault.userId);
  if (!slot) throw new CoreError('keyslot_invalid', 'Your keyslot is missing from the keyslot file.');
  const pair = await openSlot(file.storeId, slot, current);
  if (!pair) throw new CoreError('wrong_credentials', 'Your current passphrase is not right; the passphrase was not changed.', [
      { path: 'current', message: 'is not your current passphrase' },
    ]);
  const rewrapped = await wrapSlot(file.storeId, slot.userId, slot.login, next, pair);
  writeKeyslotFile(vault.paths.keys, { ...file, slots: file.slots.map((s) => (s.userId === slot.userId ? rewrapped : s)) });
}

/**
 * Removes a user's slot and rotates the master key, because the removed user could have kept
 * the old one. Crash-safe in three steps: (1) the keyslot file gains the new key, sealed to the
 * remaining users, as pending; (2) the database is rekeyed; (3) the pending key becomes current.
 * An unlock after a crash at any point opens with whichever key the file holds and finishes.
 */
export function rotateMasterKey(
  vault: UnlockedVault,
  removeUserId: string | null,
  /** Crash tests stop here to prove an interrupted rotation is finished by the next unlock. */
  stopAfter?: 'staged' | 'rekeyed',
): void {
  const file = readKeyslotFile(vault.paths.keys);
  const slots = file.slots.filter((s) => s.userId !== removeUserId);
  const newKey = randomKey();
  const keyId = newKeyId();
  const staged: KeyslotFile = {
    ...file,
    pendingMasterKeyId: keyId,
    slots,
    sealed: [
      ...file.sealed.filter((s) => s.userId !== removeUserId),
      ...slots.map((slot) => sealTo(file.storeId, slot, 'master', keyId, newKey)),
    ],
  };
  writeKeyslotFile(vault.paths.keys, staged);
  if (stopAfter === 'staged') return;
  rekey(vault.db, newKey);
  vault.masterKey.fill(0);
  vault.masterKey = newKey;
  vault.masterKeyId = keyId;
  if (stopAfter === 'rekeyed') return;
  writeKeyslotFile(vault.paths.keys, settleRotation(staged, keyId));
}

/** The director's Ed25519 signing key, unsealed with their own key pair (letters issue). */
export function unsealSigningKey(vault: UnlockedVault): RawKeyPair | null {
  const file = readKeyslotFile(vault.paths.keys);
  const secret = unsealFor(file, vault.keyPair, vault.userId, 'signing', 'signing-1');
  return secret && file.signingPublicKey ? { publicKey: file.signingPublicKey, privateKey: secret.toString('base64url') } : null;
}

export function closeVault(vault: UnlockedVault): void {
  vault.masterKey.fill(0);
  forgetMemos(vault.db);
  if (vault.db.open) vault.db.close();
}
