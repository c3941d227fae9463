// The master key a backup's database is encrypted with, taken from the backup's own keyslot file:
// with a login and passphrase it holds (restore), or with the signed-in user's key pair, which a
// passphrase change does not alter (verify). Neither touches the live store's keyslot file.
import { CoreError } from '../errors';
import type { KeyslotFile } from '../store/keyslot-file';
import { openSlot, unsealFor, type UnlockedVault } from '../store/vault';

const NO_KEY = 'holds no store key for you (your account was added after it was made, or removed before)';

export async function masterKeyByPassphrase(file: KeyslotFile, keyId: string, login: string, passphrase: string): Promise<{ key: Buffer; userId: string }> {
  const slot = file.slots.find((s) => s.login === login.trim().toLowerCase());
  const pair = slot ? await openSlot(file.storeId, slot, passphrase) : null;
  if (!slot || !pair) {
    throw new CoreError('wrong_credentials', 'That login name and passphrase do not open this backup. Use a login and passphrase that were valid when the backup was made.');
  }
  const key = unsealFor(file, pair, slot.userId, 'master', keyId);
  if (!key) throw new CoreError('keyslot_invalid', `Your passphrase is right, but this backup ${NO_KEY}.`);
  return { key, userId: slot.userId };
}

export function masterKeyBySession(file: KeyslotFile, keyId: string, vault: UnlockedVault): Buffer {
  const slot = file.slots.find((s) => s.userId === vault.userId && s.publicKey === vault.keyPair.publicKey);
  const key = slot ? unsealFor(file, vault.keyPair, vault.userId, 'master', keyId) : null;
  if (!key) throw new CoreError('keyslot_invalid', `This backup ${NO_KEY}, so it cannot be checked with your keys. A user who held a key then can check it.`);
  return key;
}
