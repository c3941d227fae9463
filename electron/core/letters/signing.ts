// Signing (SPEC sections 5 and 6): the signer re-enters their passphrase, which must open their
// own keyslot; the director's letters and the audit chain's head are signed with the director's
// Ed25519 key, unsealed from the keyslot file only for the moment of signing. A statement names
// exactly what was signed, so verification can rebuild and check it.
import { createHash, sign, verify } from 'node:crypto';
import { auditHead } from '../audit/chain';
import { CoreError } from '../errors';
import { ed25519PrivateKey, ed25519PublicKey } from '../store/crypto';
import { readKeyslotFile } from '../store/keyslot-file';
import { openSlot, unsealSigningKey, type UnlockedVault } from '../store/vault';
import type { Database } from '../store/sqlite';

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Signing needs the passphrase again: someone at an unlocked, unattended screen cannot sign. */
export async function confirmPassphrase(vault: UnlockedVault, passphrase: string): Promise<void> {
  const file = readKeyslotFile(vault.paths.keys);
  const slot = file.slots.find((s) => s.userId === vault.userId);
  const opened = slot ? await openSlot(file.storeId, slot, passphrase) : null;
  if (!opened) throw new CoreError('wrong_credentials', 'That passphrase is not right, so nothing was signed. Enter the passphrase you unlock Threshold with.');
}

export interface Statement {
  readonly format: 'threshold-letter-signature';
  readonly version: 1;
  readonly storeId: string;
  readonly letterId: string;
  readonly reference: string;
  readonly type: string;
  /** SHA-256 of the stored render input: content, letterhead, signer and time. */
  readonly inputSha256: string;
  readonly signer: { readonly userId: string; readonly role: string };
  readonly signedAt: string;
  /** The audit chain's head when the letter was signed. */
  readonly auditHead: { readonly seq: number; readonly hash: string };
}

export function statementFor(db: Database, vault: UnlockedVault, fields: Omit<Statement, 'format' | 'version' | 'storeId' | 'auditHead'>): Statement {
  return { format: 'threshold-letter-signature', version: 1, storeId: vault.storeId, ...fields, auditHead: auditHead(db) };
}

const headMessage = (storeId: string, seq: number, hash: string): string => JSON.stringify(['threshold audit head v1', storeId, seq, hash]);

/** Signs a letter's statement and the audit head with the director's key; refuses without it. */
export function signAsDirector(vault: UnlockedVault, statement: Statement): { signature: string; headSignature: string } {
  const pair = unsealSigningKey(vault);
  if (!pair) throw new CoreError('forbidden', 'The director’s signing key is not available to this user, so the letter cannot be digitally signed.');
  const key = ed25519PrivateKey(pair);
  return {
    signature: sign(null, Buffer.from(JSON.stringify(statement), 'utf8'), key).toString('base64'),
    headSignature: sign(null, Buffer.from(headMessage(vault.storeId, statement.auditHead.seq, statement.auditHead.hash), 'utf8'), key).toString('base64'),
  };
}

export function signingPublicKey(vault: UnlockedVault): string | null {
  return readKeyslotFile(vault.paths.keys).signingPublicKey;
}

export function verifyStatement(publicKey: string, statementJson: string, signature: string): boolean {
  return verify(null, Buffer.from(statementJson, 'utf8'), ed25519PublicKey(publicKey), Buffer.from(signature, 'base64'));
}

export function verifyHead(publicKey: string, storeId: string, seq: number, hash: string, signature: string): boolean {
  return verify(null, Buffer.from(headMessage(storeId, seq, hash), 'utf8'), ed25519PublicKey(publicKey), Buffer.from(signature, 'base64'));
}
