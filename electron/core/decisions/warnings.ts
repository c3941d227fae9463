// Recording the ladder's steps (an informal conversation, a verbal or written warning) and the
// clinical lead's assessments and risk checks. Each write checks its guards, writes one action
// with its audit row, and brings the case's status in line, in one transaction.
import type { AdjustmentsCheck, AssessmentView, CriterionId, ParsedInput, WarningView } from '../contract';
import { CoreError } from '../errors';
import type { RiskCheck } from '../policy/casework-model';
import { criterionDef } from '../policy/criteria';
import { guardComplaints, guardDirectorWarns, guardLegitimateContact, guardSelfHarm } from '../policy/guards';
import { DEFAULT_LIVE_MONTHS, liveUntil } from '../policy/ladder';
import type { Writer } from '../records/record-service';
import { insertAction, loadCasework } from './actions';
import { caseContext, citedRecords, flagsAsOf, refuseClosedCase, syncStatus, type CaseContext } from './case-context';
import { warningView } from './views';

export function refuseFuture(date: string, today: string, path: string, what: string): void {
  if (date > today) throw new CoreError('invalid_input', `${what} cannot be dated in the future (${date}; today is ${today}).`, [{ path, message: 'is in the future' }]);
}

export function refuseInapplicable(ctx: CaseContext, criteria: readonly CriterionId[]): void {
  criteria.forEach((id, i) => {
    const def = criterionDef(id);
    if (!def.services.includes(ctx.loaded.analysis.service)) {
      throw new CoreError('invalid_input', `${id} (${def.citation.section}) does not apply to this case's service.`, [{ path: `criteria.${i}`, message: 'does not apply to this service' }]);
    }
  });
}

/**
 * Reasonable adjustments first (SPEC section 7): before a warning or a restriction, whether a
 * communication or support need or a disability explains the behaviour is asked and recorded;
 * where it does, the adjustments made or offered must be recorded too.
 */
export function requireAdjustments(adjustments: AdjustmentsCheck | null, doing: string): AdjustmentsCheck {
  if (!adjustments) {
    const why = `Before ${doing}, record whether the client has a communication or support need or a disability that explains the behaviour (reasonable adjustments first).`;
    throw new CoreError('invalid_input', why, [{ path: 'adjustments', message: why }]);
  }
  if (adjustments.explainsBehaviour && !adjustments.adjustmentsMade) {
    throw new CoreError('invalid_input', `A need that explains the behaviour has been recorded: record the reasonable adjustments made or offered before ${doing}.`, [{ path: 'adjustments.adjustmentsMade', message: 'is required when a need explains the behaviour' }]);
  }
  return adjustments;
}

export function warn(w: Writer, input: ParsedInput<'ladder.warn'>): WarningView {
  return w.db.transaction(() => {
    const ctx = caseContext(w, input.caseId);
    refuseClosedCase(w, ctx);
    guardDirectorWarns(w.user.role, input.level);
    refuseFuture(input.issuedOn, ctx.today, 'issuedOn', 'A warning');
    refuseInapplicable(ctx, input.criteria);
    const citing = { criteria: input.criteria, evidence: citedRecords(ctx, input.evidence, input.issuedOn) };
    guardComplaints(citing, flagsAsOf(ctx, input.issuedOn));
    guardSelfHarm(citing);
    guardLegitimateContact(ctx.loaded.analysis, citing);
    const formal = input.level !== 'informal';
    const livePeriodMonths = formal ? (input.livePeriodMonths ?? DEFAULT_LIVE_MONTHS[input.level as 'verbal' | 'written']) : null;
    if (!formal && input.livePeriodMonths !== undefined) throw new CoreError('invalid_input', 'An informal conversation is not a warning and has no live period.', [{ path: 'livePeriodMonths', message: 'only for a verbal or written warning' }]);
    const adjustments = formal ? requireAdjustments(input.adjustments, `a ${input.level} warning`) : input.adjustments;
    const reviewOn = input.reviewOn ?? (livePeriodMonths === null ? null : liveUntil({ issuedOn: input.issuedOn, livePeriodMonths }));
    if (reviewOn !== null && reviewOn < input.issuedOn) throw new CoreError('invalid_input', 'The review date must be on or after the date the warning was issued.', [{ path: 'reviewOn', message: 'is before the warning' }]);
    const id = insertAction(w, input.caseId, 'warning', null, {
      level: input.level,
      criteria: input.criteria,
      evidence: citing.evidence.map((r) => r.id),
      issuedOn: input.issuedOn,
      summary: input.summary,
      livePeriodMonths,
      reviewOn,
      confirmation: input.confirmation,
      adjustments,
    });
    syncStatus(w, input.caseId);
    const cw = loadCasework(w.db, [input.caseId]).get(input.caseId)!;
    return warningView(cw, cw.warnings.find((x) => x.id === id)!, ctx.today);
  })();
}

export function assess(w: Writer, input: ParsedInput<'checklist.assess'>): AssessmentView {
  return w.db.transaction(() => {
    const ctx = caseContext(w, input.caseId);
    refuseClosedCase(w, ctx);
    refuseInapplicable(ctx, [input.criterion]);
    const citing = { criteria: [input.criterion], evidence: citedRecords(ctx, input.evidence, ctx.today) };
    guardSelfHarm(citing);
    guardComplaints(citing, flagsAsOf(ctx, ctx.today));
    const { caseId, ...payload } = input;
    const id = insertAction(w, caseId, 'assessment', null, { ...payload, evidence: citing.evidence.map((r) => r.id) });
    return loadCasework(w.db, [caseId]).get(caseId)!.assessments.find((a) => a.id === id)!;
  })();
}

export function riskCheck(w: Writer, input: ParsedInput<'checklist.riskCheck'>): RiskCheck {
  return w.db.transaction(() => {
    const ctx = caseContext(w, input.caseId);
    refuseClosedCase(w, ctx);
    refuseFuture(input.checkedOn, ctx.today, 'checkedOn', 'A risk check');
    const { caseId, ...payload } = input;
    const id = insertAction(w, caseId, 'risk_check', null, payload);
    return loadCasework(w.db, [caseId]).get(caseId)!.riskChecks.find((r) => r.id === id)!;
  })();
}
