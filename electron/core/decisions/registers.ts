// The restriction register (every contact restriction and communication agreement with its review
// date and state) and the oversight register for the board (every warning, restriction,
// withdrawal and appeal in a period), across all cases (SPEC section 7).
import { londonDate } from '../calendar';
import type { ParsedInput, RegisterEntry, RestrictionView, Service } from '../contract';
import { RECORDS } from '../analysis/case-loader';
import type { RecordOf } from '../analysis/model';
import { CoreError } from '../errors';
import { overturned, type Casework } from '../policy/casework-model';
import { warningState } from '../policy/ladder';
import { approvedRestrictions, restrictionState } from '../policy/restrictions';
import type { Writer } from '../records/record-service';
import type { Database } from '../store/sqlite';
import { loadCasework } from './actions';
import { agreementView, appealTargetLabel, LEVEL_WORDS, restrictionViewOf } from './views';

interface CaseRef {
  reference: string;
  service: Service;
  clientName: string;
  clientManagerId: string;
}

export function caseRefs(db: Database): Map<string, CaseRef> {
  const rows = db.prepare('SELECT c.id, c.reference, c.service, p.full_name AS client_name, c.client_manager_id FROM cases c JOIN people p ON p.id = c.client_id').all() as { id: string; reference: string; service: Service; client_name: string; client_manager_id: string }[];
  return new Map(rows.map((r) => [r.id, { reference: r.reference, service: r.service, clientName: r.client_name, clientManagerId: r.client_manager_id }]));
}

/** Every current communication agreement record, by case (agreements are never restricted). */
export const AGREEMENTS = `${RECORDS} AND r.type = 'communication_agreement' ORDER BY r.occurred_at`;

function agreements(db: Database): { caseId: string; record: RecordOf<'communication_agreement'> }[] {
  const rows = db.prepare(AGREEMENTS).all() as { id: string; case_id: string; occurred_at: string; details: string }[];
  return rows.map((r) => ({ caseId: r.case_id, record: { id: r.id, type: 'communication_agreement', occurredAt: r.occurred_at, date: londonDate(r.occurred_at), details: JSON.parse(r.details) } }));
}

export function restrictionItems(db: Database, all: ReadonlyMap<string, Casework>, refs: ReadonlyMap<string, CaseRef>, asOf: string): RestrictionView[] {
  const decided = [...all].flatMap(([caseId, cw]) => approvedRestrictions(cw, asOf).map((p) => restrictionViewOf(cw, p, refs.get(caseId)?.reference ?? '', asOf)));
  const agreed = agreements(db)
    .filter((a) => a.record.date <= asOf)
    .map((a) => agreementView(a.record, a.caseId, refs.get(a.caseId)?.reference ?? '', asOf));
  return [...decided, ...agreed].sort((a, b) => a.reviewOn.localeCompare(b.reviewOn));
}

export function restrictionRegister(w: Writer, input: ParsedInput<'registers.restrictions'>) {
  const asOf = input.asOf ?? londonDate(w.at);
  return { asOf, items: restrictionItems(w.db, loadCasework(w.db, null), caseRefs(w.db), asOf) };
}

export function oversightRegister(w: Writer, input: ParsedInput<'registers.oversight'>) {
  if (input.from > input.to) throw new CoreError('invalid_input', 'The period must start on or before its end.', [{ path: 'to', message: 'must be on or after the start' }]);
  const today = londonDate(w.at);
  const refs = caseRefs(w.db);
  const inPeriod = (d: string) => d >= input.from && d <= input.to;
  const entries: RegisterEntry[] = [];
  for (const [caseId, cw] of loadCasework(w.db, null)) {
    const ref = refs.get(caseId);
    if (!ref) continue;
    const base = { caseId, reference: ref.reference, service: ref.service };
    for (const x of cw.warnings.filter((x) => x.level !== 'informal' && inPeriod(x.issuedOn))) {
      entries.push({ ...base, kind: 'warning', date: x.issuedOn, description: `${LEVEL_WORDS[x.level]} (${x.livePeriodMonths} months)`, criteria: [...x.criteria], by: x.by.fullName, state: warningState(cw, x, today) });
    }
    for (const p of cw.proposals.filter((p) => p.decision?.approve && (p.outcome === 'withdraw' || p.outcome === 'restrict') && inPeriod(p.decision.decidedOn))) {
      const state = overturned(cw, p.id, today) ? 'overturned' : p.outcome === 'restrict' ? restrictionState(cw, p, today).state : 'withdrawn';
      const description = p.outcome === 'withdraw' ? 'Withdrawal of service' : `Contact restriction (${p.restriction!.blockedLines.join(', ').replaceAll('_', ' ')})`;
      entries.push({ ...base, kind: p.outcome === 'withdraw' ? 'withdrawal' : 'restriction', date: p.decision!.decidedOn, description, criteria: [...p.criteria], by: p.decision!.by.fullName, state });
    }
    for (const a of cw.appeals.filter((a) => inPeriod(a.lodgedOn) || (a.decision && inPeriod(a.decision.decidedOn)))) {
      const target = appealTargetLabel(cw, a.againstId);
      const appealed = cw.warnings.find((x) => x.id === a.againstId) ?? cw.proposals.find((x) => x.id === a.againstId);
      entries.push({ ...base, kind: 'appeal', date: a.lodgedOn, description: `Appeal against ${target?.label ?? 'a decision'}`, criteria: [...(appealed?.criteria ?? [])], by: a.decision?.by.fullName ?? a.assignedTo?.fullName ?? 'not yet assigned', state: a.decision ? a.decision.outcome : a.assignedTo ? 'assigned' : 'lodged' });
    }
  }
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.reference.localeCompare(b.reference));
  return { from: input.from, to: input.to, entries };
}
