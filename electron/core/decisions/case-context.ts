// One case as the casework services need it: its chronology (through the analyses' loader, so
// restricted records are opened only for those allowed), its casework log, the policy settings,
// and from those the flags and the checklist as of any date. Also the checks every write shares:
// the cited records belong to the case, and the case's status follows its casework.
import { flagsCached, loadCaseCached, type CachedCase } from '../analysis/analysis-cache';
import { asOfCase, type PolicyConfig } from '../analysis/evaluate';
import type { LoadedCase } from '../analysis/case-loader';
import type { AnalysisRecord } from '../analysis/model';
import { workingCalendar, type WorkingCalendar } from '../analysis/working-days';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { londonDate } from '../calendar';
import type { CaseStatus, CriterionId, CriterionState, FlagResult } from '../contract';
import { refuseErasedCase } from '../data-protection/erased';
import { CoreError } from '../errors';
import { EMPTY_CASEWORK, type Casework } from '../policy/casework-model';
import { CRITERIA, criterionDef, evaluateCriterion } from '../policy/criteria';
import { readPolicyConfig } from '../policy/settings';
import { caseStatusAsOf } from '../policy/status';
import type { Writer } from '../records/record-service';
import { loadCasework } from './actions';

export interface CaseContext {
  readonly loaded: LoadedCase;
  /** The cache's handle on the same case: its flags are computed once per date. */
  readonly cached: CachedCase;
  readonly casework: Casework;
  readonly config: PolicyConfig;
  readonly calendar: WorkingCalendar;
  readonly today: string;
}

export function caseContext(w: Writer, caseId: string): CaseContext {
  const cached = loadCaseCached(w, caseId);
  if (!cached) throw new CoreError('not_found', 'That case does not exist.');
  const config = readPolicyConfig(w.db);
  return { loaded: cached.loaded, cached, casework: loadCasework(w.db, [caseId]).get(caseId) ?? EMPTY_CASEWORK, config, calendar: workingCalendar(config.extraHolidays), today: londonDate(w.at) };
}

export function flagsAsOf(ctx: CaseContext, asOf: string): FlagResult[] {
  return flagsCached(ctx.cached, ctx.config, asOf, ctx.calendar).flags;
}

/** The checklist as of a date; only the given criteria when `only` is set. */
export function checklistAsOf(ctx: CaseContext, asOf: string, only?: readonly CriterionId[]): CriterionState[] {
  const input = { case: asOfCase(ctx.loaded.analysis, asOf), casework: ctx.casework, flags: flagsAsOf(ctx, asOf), asOf, restrictedUnchecked: ctx.loaded.restrictedUnchecked };
  return (only ? only.map(criterionDef) : CRITERIA).map((def) => evaluateCriterion(def, input));
}

/**
 * The cited records, each a record of this case the user can read and dated by `notAfter`.
 * Refuses with the first that is not, so nothing rests on a record that is not in evidence.
 */
export function citedRecords(ctx: CaseContext, ids: readonly string[], notAfter: string, path = 'evidence'): AnalysisRecord[] {
  const byId = new Map(ctx.loaded.analysis.records.map((r) => [r.id, r]));
  return [...new Set(ids)].map((id, i) => {
    const r = byId.get(id);
    if (!r) {
      const hint = ctx.loaded.restrictedUnchecked ? ' (or it is a restricted record you cannot read)' : '';
      throw new CoreError('invalid_input', `Evidence ${id} is not a record of this case${hint}.`, [{ path: `${path}.${i}`, message: 'is not a record of this case' }]);
    }
    if (r.date > notAfter) throw new CoreError('invalid_input', `Evidence ${id} is dated ${r.date}, after ${notAfter}: a record cannot support what came before it.`, [{ path: `${path}.${i}`, message: 'is dated later' }]);
    return r;
  });
}

export function refuseClosedCase(w: Writer, ctx: CaseContext): void {
  refuseErasedCase(w.db, ctx.loaded.analysis.caseId);
  if (ctx.loaded.status === 'closed') throw new CoreError('conflict', 'This case is closed: no warning, assessment, proposal or decision can be recorded on it.');
}

/** Brings the stored status in line with the casework as of today, audited when it changes. */
export function syncStatus(w: Writer, caseId: string): CaseStatus {
  const row = w.db.prepare('SELECT status, client_id FROM cases WHERE id = ?').get(caseId) as { status: CaseStatus; client_id: string };
  const casework = loadCasework(w.db, [caseId]).get(caseId) ?? EMPTY_CASEWORK;
  const status = caseStatusAsOf(row.status, casework, londonDate(w.at));
  if (status !== row.status) {
    w.db.prepare('UPDATE cases SET status = ? WHERE id = ?').run(status, caseId);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'case.status', entity: 'case', entityId: caseId, keyId: personKeyId(row.client_id), before: { status: row.status }, after: { status } }, w.at);
  }
  return status;
}

/**
 * Warnings expire and restrictions lapse with the date alone: brings every case with casework in
 * line as of today (the home queue calls it when a user starts their day).
 */
export function syncAllStatuses(w: Writer): void {
  const ids = (w.db.prepare('SELECT DISTINCT case_id FROM case_actions').all() as { case_id: string }[]).map((r) => r.case_id);
  if (ids.length) w.db.transaction(() => ids.forEach((id) => syncStatus(w, id)))();
}
