// Casework for the pure criterion and ladder tests, without a store: warnings, assessments, risk
// checks, proposals and appeals as the store would group them, and the checklist they make.
import { asOfCase, evaluateCase } from '../../../../electron/core/analysis/evaluate';
import type { Actor, CriterionId, WarningLevel } from '../../../../electron/core/contract';
import type { Appeal, Assessment, Casework, Proposal, RiskCheck, Warning } from '../../../../electron/core/policy/casework-model';
import { criterionDef, evaluateCriterion } from '../../../../electron/core/policy/criteria';
import type { CaseBuilder } from '../../analysis/support/case-builder';

export const DIRECTOR: Actor = { userId: '30000000-0000-4000-8000-000000000001', fullName: 'Dee Rector', role: 'director' };
export const MANAGER: Actor = { userId: '30000000-0000-4000-8000-000000000002', fullName: 'Cal Manager', role: 'client_manager' };
export const LEAD: Actor = { userId: '30000000-0000-4000-8000-000000000003', fullName: 'Lee Clinical', role: 'clinical_lead' };

let n = 0;
const nextId = () => `40000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const acted = (by: Actor, on: string) => ({ id: nextId(), by, recordedAt: `${on}T12:00:00.000Z`, recordedOn: on });

export class CaseworkBuilder {
  warnings: Warning[] = [];
  assessments: Assessment[] = [];
  riskChecks: RiskCheck[] = [];
  proposals: Proposal[] = [];
  appeals: Appeal[] = [];

  warn(level: WarningLevel, criteria: CriterionId[], issuedOn: string, livePeriodMonths: number | null = level === 'informal' ? null : level === 'verbal' ? 6 : 12): Warning {
    const w: Warning = { ...acted(level === 'written' ? DIRECTOR : MANAGER, issuedOn), caseId: 'case', level, criteria, evidence: [], issuedOn, summary: `${level} warning`, livePeriodMonths, reviewOn: null, confirmation: null, adjustments: null };
    this.warnings.push(w);
    return w;
  }

  assess(criterion: Assessment['criterion'], finding: 'met' | 'not_met', on: string): Assessment {
    const a: Assessment = { ...acted(LEAD, on), criterion, finding, counsellorView: 'The counsellor’s view.', rationale: `assessed ${finding}`, evidence: [] };
    this.assessments.push(a);
    return a;
  }

  riskCheck(checkedOn: string): RiskCheck {
    const r: RiskCheck = { ...acted(LEAD, checkedOn), checkedOn, risks: 'None known.', safeguardingConcerns: false, actionTaken: '' };
    this.riskChecks.push(r);
    return r;
  }

  /** An appeal upheld on a date against a warning or decision. */
  upheld(againstId: string, decidedOn: string): Appeal {
    const a: Appeal = { ...acted(MANAGER, decidedOn), caseId: 'case', againstId, lodgedOn: decidedOn, grounds: 'Unfair.', assignedTo: null, decision: { ...acted(DIRECTOR, decidedOn), outcome: 'upheld', reasons: 'Agreed.', decidedOn } };
    this.appeals.push(a);
    return a;
  }

  build(): Casework {
    return { warnings: this.warnings, assessments: this.assessments, riskChecks: this.riskChecks, proposals: this.proposals, appeals: this.appeals };
  }
}

/** One criterion's state for a built case and casework, as of a date (default policy settings). */
export function criterion(b: CaseBuilder, cw: CaseworkBuilder, id: CriterionId, asOf: string, restrictedUnchecked = false) {
  const c = b.build();
  const flags = evaluateCase(c, { flags: {}, extraHolidays: [] }, asOf).flags;
  return evaluateCriterion(criterionDef(id), { case: asOfCase(c, asOf), casework: cw.build(), flags, asOf, restrictedUnchecked });
}
