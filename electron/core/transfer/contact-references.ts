// The references of imported contacts, checked by the same rules as records.create
// (records/references.ts). Rows of a call log name the same few people again and again, so each
// distinct set of parties is checked once and its answer kept: 100,000 rows cost a handful of
// queries instead of 200,000.
import { isCoreError } from '../errors';
import { checkReferences, type Party } from '../records/references';
import type { Database } from '../store/sqlite';
import type { NewContact } from './contact-rows';

export type ReferenceCheck = { readonly ok: true; readonly parties: readonly Party[] } | { readonly ok: false; readonly path: string; readonly reason: string };

export function referenceChecker(db: Database, caseId: string, clientId: string): (record: NewContact) => ReferenceCheck {
  const known = new Map<string, ReferenceCheck>();
  return (record) => {
    const { clientParties, staffParties, issueId } = record.details;
    const key = JSON.stringify([clientParties, staffParties, issueId]);
    let answer = known.get(key);
    if (!answer) {
      try {
        answer = { ok: true, parties: checkReferences(db, caseId, clientId, record) };
      } catch (error) {
        const issue = isCoreError(error) ? error.issues?.[0] : undefined;
        if (!issue) throw error;
        answer = { ok: false, path: issue.path, reason: issue.message };
      }
      known.set(key, answer);
    }
    return answer;
  };
}
