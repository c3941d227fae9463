// The key design of SPEC section 6: per-user key pairs, the master key sealed to them, one slot
// rewrapped on a passphrase change, rotation on removal, and slots that cannot be weakened.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../electron/core/store/database';
import { readKeyslotFile } from '../../../electron/core/store/keyslot-file';
import { addSlot, changeSlotPassphrase, closeVault, rotateMasterKey, unlockVault, unsealSigningKey } from '../../../electron/core/store/vault';
import { ed25519PrivateKey, ed25519PublicKey } from '../../../electron/core/store/crypto';
import { sign, verify } from 'node:crypto';
import { tempVault, type TempVault } from '../support/vault';

let t: TempVault;
afterEach(() => t?.remove());

const member = { userId: randomUUID(), login: 'jpatel', passphrase: 'marmalade tugboat quiver' };

describe('keyslots', () => {
  it('keeps no secret, passphrase or role in the keyslot file', async () => {
    t = await tempVault();
    const text = readFileSync(t.paths.keys, 'utf8');
    expect(text).not.toContain(t.director.passphrase);
    expect(text).not.toContain(t.vault.masterKey.toString('hex'));
    expect(text).not.toContain(t.vault.masterKey.toString('base64'));
    expect(text).not.toContain(t.vault.keyPair.privateKey);
    expect(text).not.toMatch(/director|client_manager|clinical_lead|appeals_officer|"role"/);
    const file = readKeyslotFile(t.paths.keys);
    expect(file.slots[0]?.kdf).toMatchObject({ alg: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
  });

  it('adds a user without rekeying: same master key, sealed to the new public key', async () => {
    t = await tempVault();
    const before = readKeyslotFile(t.paths.keys).masterKeyId;
    await addSlot(t.vault, member);
    expect(readKeyslotFile(t.paths.keys).masterKeyId).toBe(before);
    closeVault(t.vault);
    const theirs = await unlockVault(t.paths, member.login, member.passphrase);
    expect(theirs.masterKeyId).toBe(before);
    closeVault(theirs);
  });

  it('rewraps only one slot on a passphrase change; the old passphrase stops working', async () => {
    t = await tempVault();
    await addSlot(t.vault, member);
    const before = readKeyslotFile(t.paths.keys);
    await changeSlotPassphrase(t.vault, t.director.passphrase, 'a brand new passphrase');
    const after = readKeyslotFile(t.paths.keys);
    expect(after.slots[1]).toEqual(before.slots[1]);
    expect(after.slots[0]?.wrappedPrivateKey).not.toEqual(before.slots[0]?.wrappedPrivateKey);
    expect(after.slots[0]?.publicKey).toBe(before.slots[0]?.publicKey);
    closeVault(t.vault);
    await expect(unlockVault(t.paths, t.director.login, t.director.passphrase)).rejects.toMatchObject({ code: 'wrong_credentials' });
    closeVault(await unlockVault(t.paths, t.director.login, 'a brand new passphrase'));
  });

  it('writes the keyslot file atomically, owner-only, leaving no temporary file behind', async () => {
    t = await tempVault();
    await addSlot(t.vault, member);
    expect(readdirSync(t.paths.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    if (process.platform !== 'win32') {
      const { statSync } = await import('node:fs');
      expect(statSync(t.paths.keys).mode & 0o777).toBe(0o600);
      expect(statSync(t.paths.db).mode & 0o777).toBe(0o600);
      expect(statSync(t.paths.dir).mode & 0o777).toBe(0o700);
    }
  });

  it('refuses a slot whose KDF parameters were lowered below the minimum', async () => {
    t = await tempVault();
    closeVault(t.vault);
    const file = readKeyslotFile(t.paths.keys);
    const weakened = { ...file, slots: file.slots.map((s) => ({ ...s, kdf: { ...s.kdf, N: 2 ** 14 } })) };
    writeFileSync(t.paths.keys, JSON.stringify(weakened));
    await expect(unlockVault(t.paths, t.director.login, t.director.passphrase)).rejects.toMatchObject({ code: 'keyslot_invalid' });
  });

  it("binds the user id to the wrapped key: a slot moved to another user id does not open", async () => {
    t = await tempVault();
    closeVault(t.vault);
    const file = readKeyslotFile(t.paths.keys);
    writeFileSync(t.paths.keys, JSON.stringify({ ...file, slots: file.slots.map((s) => ({ ...s, userId: randomUUID() })) }));
    await expect(unlockVault(t.paths, t.director.login, t.director.passphrase)).rejects.toMatchObject({ code: 'wrong_credentials' });
  });

  it("seals the director's Ed25519 signing key to the director alone", async () => {
    t = await tempVault();
    const signing = unsealSigningKey(t.vault);
    expect(signing).not.toBeNull();
    const message = Buffer.from('audit head 42');
    const signature = sign(null, message, ed25519PrivateKey(signing!));
    expect(verify(null, message, ed25519PublicKey(readKeyslotFile(t.paths.keys).signingPublicKey!), signature)).toBe(true);
    await addSlot(t.vault, member);
    closeVault(t.vault);
    const theirs = await unlockVault(t.paths, member.login, member.passphrase);
    expect(unsealSigningKey(theirs)).toBeNull();
    closeVault(theirs);
  });
});

describe('master key rotation', () => {
  async function withRows(): Promise<Buffer> {
    t = await tempVault();
    t.vault.db.exec('CREATE TABLE notes (v TEXT)');
    const insert = t.vault.db.prepare('INSERT INTO notes VALUES (?)');
    t.vault.db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`note ${i}`);
    })();
    await addSlot(t.vault, member);
    return Buffer.from(t.vault.masterKey);
  }

  it('removing a user rotates the key: the old key opens nothing, nothing is lost, the removed user is out', async () => {
    const oldKey = await withRows();
    rotateMasterKey(t.vault, member.userId);
    expect(t.vault.masterKey.equals(oldKey)).toBe(false);
    closeVault(t.vault);
    expect(() => openEncrypted(t.paths.db, oldKey)).toThrow(expect.objectContaining({ code: 'store_damaged' }));
    await expect(unlockVault(t.paths, member.login, member.passphrase)).rejects.toMatchObject({ code: 'wrong_credentials' });
    const again = await unlockVault(t.paths, t.director.login, t.director.passphrase);
    expect((again.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(500);
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readKeyslotFile(t.paths.keys).sealed.filter((s) => s.purpose === 'master')).toHaveLength(1);
    closeVault(again);
  });

  it('a removed user who kept a copy of the old keyslot file: their passphrase still opens their old slot, but nothing it unseals opens the store', async () => {
    await withRows();
    const keptCopy = `${t.paths.keys}.kept-by-removed-user`;
    writeFileSync(keptCopy, readFileSync(t.paths.keys));
    rotateMasterKey(t.vault, member.userId);
    closeVault(t.vault);
    // With the current file: no slot for them at all.
    await expect(unlockVault(t.paths, member.login, member.passphrase)).rejects.toMatchObject({ code: 'wrong_credentials' });
    expect(readKeyslotFile(t.paths.keys).sealed.filter((s) => s.userId === member.userId)).toEqual([]);
    // With their copy: the old slot opens and unseals the old master key, which decrypts nothing now.
    await expect(unlockVault({ ...t.paths, keys: keptCopy }, member.login, member.passphrase)).rejects.toMatchObject({ code: 'store_damaged' });
    // Nor does the director's passphrase against the old copy: the old key is dead for everyone.
    await expect(unlockVault({ ...t.paths, keys: keptCopy }, t.director.login, t.director.passphrase)).rejects.toMatchObject({ code: 'store_damaged' });
  });

  for (const stopAfter of ['staged', 'rekeyed'] as const) {
    it(`finishes a rotation interrupted after it was ${stopAfter}, at the next unlock`, async () => {
      await withRows();
      rotateMasterKey(t.vault, member.userId, stopAfter);
      closeVault(t.vault); // the crash
      expect(readKeyslotFile(t.paths.keys).pendingMasterKeyId).not.toBeNull();
      const again = await unlockVault(t.paths, t.director.login, t.director.passphrase);
      const file = readKeyslotFile(t.paths.keys);
      expect(file.pendingMasterKeyId).toBeNull();
      expect(again.masterKeyId).toBe(file.masterKeyId);
      expect((again.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(500);
      closeVault(again);
      await expect(unlockVault(t.paths, member.login, member.passphrase)).rejects.toMatchObject({ code: 'wrong_credentials' });
    });
  }
});
