// The erasure itself, in the caller's transaction (docs/data-protection.md, "Erasure design"):
//   1. the tombstone (`erasures`) and the cases it covers (`erased_cases`): this is what lets the
//      record_versions trigger allow the deletion, and it can never be changed or deleted;
//   2. every record of those cases, every version, its parties, the cases' casework actions
//      (warnings, decisions, appeals) and restricted-record keys are deleted; access-log rows keep the case but lose the record;
//   3. the client's and their companions' personal fields are overwritten, their subject access
//      drafts and (cleared) retention holds deleted;
//   4. their data keys are destroyed: every audit payload about them becomes unreadable, while
//      the chain, which hashes the ciphertext, still verifies;
//   5. an audit row under the organisation's key records the decision (who, when, why, which
//      cases by reference, how much): the case's existence and the erasure stay provable.
// The connection zeroes freed pages (secure_delete), so nothing lingers in the file.
import { appendAudit } from '../audit/chain';
import { ORG_KEY, personKeyId } from '../audit/data-keys';
import type { Database } from '../store/sqlite';
import type { ErasureScope } from './erasure-scope';

export const ERASED_CLIENT = 'Erased client';
export const ERASED_PERSON = 'Erased person';

export interface ErasureFacts {
  readonly id: string;
  readonly reason: string;
  readonly at: Date;
  readonly actorUserId: string | null;
  /** A restore re-applying an erasure made before it. */
  readonly reapplied: boolean;
}

const inList = (n: number): string => `(${Array.from({ length: n }, () => '?').join(', ')})`;

export function applyErasure(db: Database, scope: ErasureScope, facts: ErasureFacts): { recordsErased: number; peopleErased: number } {
  const cases = scope.caseIds;
  const people = [scope.personId, ...scope.companionIds];
  const recordsErased = cases.length ? (db.prepare(`SELECT count(*) AS n FROM records WHERE case_id IN ${inList(cases.length)}`).get(...cases) as { n: number }).n : 0;
  db.prepare(
    `INSERT INTO erasures (id, person_id, erased_at, erased_by, reason, case_references, records_erased, people_erased, reapplied)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(facts.id, scope.personId, facts.at.toISOString(), facts.actorUserId, facts.reason, JSON.stringify(scope.caseReferences), recordsErased, people.length, facts.reapplied ? 1 : 0);
  const markCase = db.prepare('INSERT INTO erased_cases (case_id, erasure_id) VALUES (?, ?)');
  for (const caseId of cases) markCase.run(caseId, facts.id);

  if (cases.length) {
    const ofCases = `IN (SELECT id FROM records WHERE case_id IN ${inList(cases.length)})`;
    db.prepare(`UPDATE records SET merged_into = NULL WHERE case_id IN ${inList(cases.length)}`).run(...cases);
    db.prepare(`DELETE FROM record_parties WHERE record_id ${ofCases}`).run(...cases);
    db.prepare(`UPDATE access_log SET record_id = NULL WHERE record_id ${ofCases}`).run(...cases);
    db.prepare(`DELETE FROM record_versions WHERE record_id ${ofCases}`).run(...cases);
    db.prepare(`DELETE FROM records WHERE case_id IN ${inList(cases.length)}`).run(...cases);
    db.prepare(`DELETE FROM case_actions WHERE case_id IN ${inList(cases.length)}`).run(...cases);
    // Letters quote the client's name, address and records: they go with the cases.
    const ofLetters = `IN (SELECT id FROM letters WHERE case_id IN ${inList(cases.length)})`;
    db.prepare(`DELETE FROM signed_letters WHERE letter_id ${ofLetters}`).run(...cases);
    db.prepare(`DELETE FROM letter_voids WHERE letter_id ${ofLetters}`).run(...cases);
    db.prepare(`DELETE FROM letters WHERE case_id IN ${inList(cases.length)}`).run(...cases);
    db.prepare(`DELETE FROM case_keys WHERE case_id IN ${inList(cases.length)}`).run(...cases);
    db.prepare(`DELETE FROM retention_holds WHERE case_id IN ${inList(cases.length)}`).run(...cases);
  }
  const overwrite = db.prepare('UPDATE people SET full_name = ?, phone = NULL, email = NULL, address = NULL WHERE id = ?');
  for (const id of people) overwrite.run(id === scope.personId ? ERASED_CLIENT : ERASED_PERSON, id);
  db.prepare(`DELETE FROM subject_access_drafts WHERE person_id IN ${inList(people.length)}`).run(...people);
  db.prepare(`DELETE FROM retention_holds WHERE person_id IN ${inList(people.length)}`).run(...people);
  db.prepare(`DELETE FROM data_keys WHERE id IN ${inList(people.length)}`).run(...people.map(personKeyId));

  appendAudit(
    db,
    {
      actorUserId: facts.actorUserId,
      action: facts.reapplied ? 'client.erase-reapplied' : 'client.erase',
      entity: 'person',
      entityId: scope.personId,
      keyId: ORG_KEY,
      before: null,
      after: { erasureId: facts.id, caseIds: cases, caseReferences: scope.caseReferences, recordsErased, peopleErased: people.length, reason: facts.reason },
    },
    facts.at,
  );
  return { recordsErased, peopleErased: people.length };
}
