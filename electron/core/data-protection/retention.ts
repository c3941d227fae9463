// The retention period (SPEC section 6): how many years after closure a case is kept, and the
// closed cases past it. Default 6 years: the limitation period for a claim in contract or tort
// (Limitation Act 1980, ss. 2 and 5), the usual retention for client files in UK services.
// Stored, when changed, among the policy settings; the change is audited.
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import { addMonths } from '../analysis/dates';
import { londonDate } from '../calendar';
import type { Output } from '../contract';
import type { Writer } from '../records/record-service';
import type { Database } from '../store/sqlite';

const KEY = 'retention:years-after-closure';
export const DEFAULT_RETENTION_YEARS = 6;
const ORIGIN = 'Limitation Act 1980 (ss. 2 and 5): six years to bring a claim in contract or tort; the usual retention for client files.';

export function retentionYears(db: Database): number {
  const row = db.prepare('SELECT value FROM policy_settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as { years: number }).years : DEFAULT_RETENTION_YEARS;
}

export const retentionSetting = (db: Database): Output<'dataProtection.retention.get'> => ({ yearsAfterClosure: retentionYears(db), default: DEFAULT_RETENTION_YEARS, origin: ORIGIN });

export function setRetention(w: Writer, years: number): Output<'dataProtection.retention.set'> {
  return w.db.transaction(() => {
    const before = retentionYears(w.db);
    w.db
      .prepare('INSERT INTO policy_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by')
      .run(KEY, JSON.stringify({ years }), w.at.toISOString(), w.user.id);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'retention.update', entity: 'policy_setting', entityId: KEY, keyId: ORG_KEY, before: { years: before }, after: { years } }, w.at);
    return retentionSetting(w.db);
  })();
}

interface ClosedRow {
  id: string;
  reference: string;
  client_id: string;
  client_name: string;
  service: Output<'dataProtection.retentionDue'>['cases'][number]['service'];
  start_date: string;
  closed_on: string | null;
  last_record: string | null;
  held: 0 | 1;
}

/**
 * Closed cases whose retention period has ended by `asOf`. The period runs from the closure date
 * recorded when the case was closed; a case closed elsewhere (imported closed) runs from its
 * last record, or else its start, and says so. Erased cases are not listed; held ones are, marked.
 */
export function retentionDue(db: Database, asOf: string | undefined, now: Date): Output<'dataProtection.retentionDue'> {
  const day = asOf ?? londonDate(now);
  const years = retentionYears(db);
  const rows = db
    .prepare(
      `SELECT c.id, c.reference, c.client_id, p.full_name AS client_name, c.service, c.start_date, c.closed_on,
              (SELECT max(occurred_at) FROM records WHERE case_id = c.id) AS last_record,
              EXISTS (SELECT 1 FROM retention_holds h WHERE h.cleared_at IS NULL AND (h.case_id = c.id OR h.person_id = c.client_id)) AS held
       FROM cases c JOIN people p ON p.id = c.client_id
       WHERE c.status = 'closed' AND c.id NOT IN (SELECT case_id FROM erased_cases)`,
    )
    .all() as ClosedRow[];
  const cases = rows
    .map((r) => {
      const [closedOn, closedOnSource] = r.closed_on ? [r.closed_on, 'recorded' as const] : r.last_record ? [londonDate(r.last_record), 'last_record' as const] : [r.start_date, 'start_date' as const];
      return { caseId: r.id, reference: r.reference, clientId: r.client_id, clientName: r.client_name, service: r.service, closedOn, closedOnSource, dueOn: addMonths(closedOn, years * 12), held: r.held === 1 };
    })
    .filter((c) => c.dueOn <= day)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference));
  return { asOf: day, yearsAfterClosure: years, cases };
}
