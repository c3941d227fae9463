// Step four of an import, for casework: each action written as it was (its id, target, payload,
// time and who did it), in the bundle's order, with an audit row each, inside the caller's one
// transaction. Then every case that gained casework, and every new case, takes the status its
// casework gives it as of today, as after any casework written through the API.
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { syncStatus } from '../decisions/case-context';
import type { Writer } from '../records/record-service';
import type { ActionToWrite } from './bundle-action-plan';

export function writeActions(w: Writer, actions: readonly ActionToWrite[]): void {
  const insert = w.db.prepare('INSERT INTO case_actions (id, case_id, kind, target_id, payload, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const { action: a, caseId, clientId, recordedAt, recordedBy } of actions) {
    insert.run(a.id, caseId, a.kind, a.targetId, JSON.stringify(a.payload), recordedAt, recordedBy);
    appendAudit(
      w.db,
      { actorUserId: w.user.id, action: 'casework.import', entity: a.kind, entityId: a.id, keyId: personKeyId(clientId), before: null, after: { caseId, targetId: a.targetId, recordedAt, recordedBy, ...a.payload } },
      w.at,
    );
  }
}

/** Brings each case's stored status in line with its casework (audited where it changes). */
export function syncStatuses(w: Writer, caseIds: Iterable<string>): void {
  for (const caseId of new Set(caseIds)) syncStatus(w, caseId);
}
