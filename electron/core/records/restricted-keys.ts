// Restricted-record keys (SPEC section 6): one random key per case, sealed to the public key of
// each user allowed to read that case's restricted records: the director, every clinical lead
// and the case's client manager. Every user can unwrap the master key, so without this a
// technical user could read safeguarding notes with other tools.
import { z } from 'zod';
import { randomKey, seal, unseal } from '../store/crypto';
import { readKeyslotFile } from '../store/keyslot-file';
import type { Database } from '../store/sqlite';
import type { UnlockedVault } from '../store/vault';
import type { User } from '../contract';
import { CoreError } from '../errors';

const boxSchema = z.object({ epk: z.string(), iv: z.string(), ct: z.string(), tag: z.string() });
const context = (caseId: string, userId: string): string => JSON.stringify(['threshold case key v1', caseId, userId]);

/** Users allowed to read a case's restricted records, by user id. */
function allowedUserIds(db: Database, caseId: string): string[] {
  const rows = db
    .prepare(
      `SELECT u.id FROM users u WHERE u.removed_at IS NULL AND (
         u.role IN ('director', 'clinical_lead') OR u.person_id = (SELECT client_manager_id FROM cases WHERE id = ?))`,
    )
    .all(caseId) as { id: string }[];
  return rows.map((r) => r.id);
}

export function mayReadRestricted(db: Database, user: User, caseId: string): boolean {
  if (user.role === 'director' || user.role === 'clinical_lead') return true;
  const row = db.prepare('SELECT client_manager_id FROM cases WHERE id = ?').get(caseId) as { client_manager_id: string } | undefined;
  return row?.client_manager_id === user.personId;
}

function sealFor(db: Database, vault: UnlockedVault, caseId: string, key: Buffer, userIds: readonly string[]): void {
  const slots = readKeyslotFile(vault.paths.keys).slots;
  const insert = db.prepare('INSERT OR REPLACE INTO case_keys (case_id, user_id, box) VALUES (?, ?, ?)');
  for (const userId of userIds) {
    const slot = slots.find((s) => s.userId === userId);
    if (slot) insert.run(caseId, userId, JSON.stringify(seal(slot.publicKey, key, context(caseId, userId))));
  }
}

function unsealMine(db: Database, vault: UnlockedVault, caseId: string): Buffer | null {
  const row = db.prepare('SELECT box FROM case_keys WHERE case_id = ? AND user_id = ?').get(caseId, vault.userId) as { box: string } | undefined;
  if (!row) return null;
  return unseal(vault.keyPair, boxSchema.parse(JSON.parse(row.box)), context(caseId, vault.userId));
}

/**
 * The case's restricted-record key for the signed-in user. The first restricted record of a
 * case creates the key and seals it to everyone allowed; call inside the write transaction.
 */
export function caseKeyFor(db: Database, vault: UnlockedVault, caseId: string, create: boolean): Buffer {
  const mine = unsealMine(db, vault, caseId);
  if (mine) return mine;
  const exists = db.prepare('SELECT 1 FROM case_keys WHERE case_id = ? LIMIT 1').get(caseId) !== undefined;
  if (exists || !create) {
    throw new CoreError('forbidden', "The restricted-record key of this case has not been shared with you. Ask the director to check your access.");
  }
  const key = randomKey();
  sealFor(db, vault, caseId, key, allowedUserIds(db, caseId));
  return key;
}

/** Shares every case key the signed-in user holds with a user newly allowed to read them. */
export function shareCaseKeys(db: Database, vault: UnlockedVault, userId: string, caseIds?: readonly string[]): void {
  const cases = caseIds ?? (db.prepare('SELECT DISTINCT case_id FROM case_keys WHERE user_id = ?').all(vault.userId) as { case_id: string }[]).map((r) => r.case_id);
  for (const caseId of cases) {
    const key = unsealMine(db, vault, caseId);
    if (key) sealFor(db, vault, caseId, key, [userId]);
  }
}
