// Closing a case: its status becomes closed and the closure date is kept, because the retention
// period runs from it. Audited under the client's data key.
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import type { CaseSummary, ParsedInput } from '../contract';
import { CoreError } from '../errors';
import { getCase } from '../records/cases';
import type { Writer } from '../records/record-service';

export function closeCase(w: Writer, input: ParsedInput<'cases.close'>): CaseSummary {
  return w.db.transaction(() => {
    const before = getCase(w.db, input.caseId);
    if (w.db.prepare('SELECT 1 FROM erased_cases WHERE case_id = ?').get(input.caseId)) throw new CoreError('conflict', 'The client of this case was erased; it cannot be changed.');
    if (before.status === 'closed') throw new CoreError('conflict', `Case ${before.reference} is already closed.`);
    if (input.closedOn < before.startDate) {
      throw new CoreError('invalid_input', `A case cannot close before it started (${before.startDate}).`, [{ path: 'closedOn', message: 'is before the case started' }]);
    }
    w.db.prepare("UPDATE cases SET status = 'closed', closed_on = ? WHERE id = ?").run(input.closedOn, input.caseId);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'case.close', entity: 'case', entityId: input.caseId, keyId: personKeyId(before.clientId), before: { status: before.status }, after: { status: 'closed', closedOn: input.closedOn, reason: input.reason } }, w.at);
    return getCase(w.db, input.caseId);
  })();
}
