// Retention holds (SPEC section 6): the director puts a case or a person on hold, with a reason
// (a claim expected, an investigation open), and clears it with a reason. While a hold applies the
// case is not erased; it still shows, marked, among the cases past their retention period. Each
// change is audited under the subject's data key (the client's, for a case).
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import type { ParsedInput, RetentionHold } from '../contract';
import { CoreError } from '../errors';
import type { Writer } from '../records/record-service';
import type { Database } from '../store/sqlite';

interface HoldRow {
  id: string;
  case_id: string | null;
  reference: string | null;
  client_id: string | null;
  person_id: string | null;
  reason: string;
  set_at: string;
  set_by_name: string;
  cleared_at: string | null;
  cleared_by_name: string | null;
  clear_reason: string | null;
}

const SELECT = `SELECT h.id, h.case_id, c.reference, c.client_id, h.person_id, h.reason, h.set_at, sp.full_name AS set_by_name,
         h.cleared_at, cp.full_name AS cleared_by_name, h.clear_reason
  FROM retention_holds h LEFT JOIN cases c ON c.id = h.case_id
  JOIN users su ON su.id = h.set_by JOIN people sp ON sp.id = su.person_id
  LEFT JOIN users cu ON cu.id = h.cleared_by LEFT JOIN people cp ON cp.id = cu.person_id`;

function toHold(r: HoldRow): RetentionHold {
  return {
    id: r.id,
    target: r.case_id ? { kind: 'case', caseId: r.case_id, reference: r.reference ?? '' } : { kind: 'person', personId: r.person_id ?? '' },
    reason: r.reason,
    setAt: r.set_at,
    setBy: r.set_by_name,
    cleared: r.cleared_at ? { at: r.cleared_at, by: r.cleared_by_name ?? '', reason: r.clear_reason ?? '' } : null,
  };
}

function holdRow(db: Database, id: string): HoldRow {
  const row = db.prepare(`${SELECT} WHERE h.id = ?`).get(id) as HoldRow | undefined;
  if (!row) throw new CoreError('not_found', 'There is no such retention hold.');
  return row;
}

const subjectKey = (row: Pick<HoldRow, 'client_id' | 'person_id'>): string => personKeyId(row.client_id ?? row.person_id ?? '');

export function setHold(w: Writer, input: ParsedInput<'dataProtection.holds.set'>): RetentionHold {
  return w.db.transaction(() => {
    const t = input.target;
    if (t.kind === 'case') {
      if (!w.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(t.caseId)) throw new CoreError('not_found', 'That case does not exist.');
      if (w.db.prepare('SELECT 1 FROM erased_cases WHERE case_id = ?').get(t.caseId)) throw new CoreError('conflict', 'The client of this case was erased: there is nothing left to hold.');
    } else {
      const person = w.db.prepare('SELECT kind FROM people WHERE id = ?').get(t.personId) as { kind: string } | undefined;
      if (!person) throw new CoreError('not_found', 'That person does not exist.');
      if (w.db.prepare('SELECT 1 FROM erasures WHERE person_id = ?').get(t.personId)) throw new CoreError('conflict', 'This person was erased: there is nothing left to hold.');
    }
    const id = randomUUID();
    w.db
      .prepare('INSERT INTO retention_holds (id, case_id, person_id, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, t.kind === 'case' ? t.caseId : null, t.kind === 'person' ? t.personId : null, input.reason, w.at.toISOString(), w.user.id);
    const row = holdRow(w.db, id);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'retention-hold.set', entity: t.kind, entityId: t.kind === 'case' ? t.caseId : t.personId, keyId: subjectKey(row), before: null, after: { holdId: id, reason: input.reason } }, w.at);
    return toHold(row);
  })();
}

export function clearHold(w: Writer, input: ParsedInput<'dataProtection.holds.clear'>): RetentionHold {
  return w.db.transaction(() => {
    const before = holdRow(w.db, input.holdId);
    if (before.cleared_at) throw new CoreError('conflict', `This hold was already cleared on ${before.cleared_at.slice(0, 10)}.`);
    w.db.prepare('UPDATE retention_holds SET cleared_at = ?, cleared_by = ?, clear_reason = ? WHERE id = ?').run(w.at.toISOString(), w.user.id, input.reason, input.holdId);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'retention-hold.clear', entity: before.case_id ? 'case' : 'person', entityId: before.case_id ?? before.person_id, keyId: subjectKey(before), before: { holdId: before.id, reason: before.reason }, after: { reason: input.reason } }, w.at);
    return toHold(holdRow(w.db, input.holdId));
  })();
}

export function listHolds(db: Database, includeCleared: boolean): RetentionHold[] {
  const where = includeCleared ? '' : 'WHERE h.cleared_at IS NULL';
  return (db.prepare(`${SELECT} ${where} ORDER BY h.cleared_at IS NOT NULL, h.set_at DESC, h.id`).all() as HoldRow[]).map(toHold);
}
