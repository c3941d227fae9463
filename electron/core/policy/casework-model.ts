// What the checklist, the ladder and the guards see of a case's casework: its stored actions,
// grouped (a proposal with its consultation, decision and reviews; an appeal with its assignment
// and decision). Plain data, like the chronology's AnalysisCase, so every rule is a pure function.
import type { Actor, ProposalPayload, WarningPayload } from '../contract';
import type { z } from 'zod';
import type {
  appealDecisionPayload,
  appealPayload,
  assessmentPayload,
  consultationPayload,
  decisionPayload,
  restrictionReviewPayload,
  riskCheckPayload,
} from '../contract/casework';

export interface Acted {
  readonly id: string;
  readonly by: Actor;
  readonly recordedAt: string;
  /** The London date it was recorded: an action counts as of that date. */
  readonly recordedOn: string;
}

export type Warning = Acted & WarningPayload & { readonly caseId: string };
export type Assessment = Acted & z.output<typeof assessmentPayload>;
export type RiskCheck = Acted & z.output<typeof riskCheckPayload>;
export type Consultation = Acted & z.output<typeof consultationPayload>;
export type Decision = Acted & z.output<typeof decisionPayload>;
export type RestrictionReview = Acted & z.output<typeof restrictionReviewPayload>;

export type Proposal = Acted &
  ProposalPayload & {
    readonly caseId: string;
    readonly consultation: Consultation | null;
    readonly decision: Decision | null;
    readonly reviews: readonly RestrictionReview[];
  };

export type AppealDecision = Acted & z.output<typeof appealDecisionPayload>;

export type Appeal = Acted &
  z.output<typeof appealPayload> & {
    readonly caseId: string;
    readonly againstId: string;
    readonly assignedTo: Actor | null;
    readonly decision: AppealDecision | null;
  };

export interface Casework {
  readonly warnings: readonly Warning[];
  readonly assessments: readonly Assessment[];
  readonly riskChecks: readonly RiskCheck[];
  readonly proposals: readonly Proposal[];
  readonly appeals: readonly Appeal[];
}

export const EMPTY_CASEWORK: Casework = { warnings: [], assessments: [], riskChecks: [], proposals: [], appeals: [] };

/** Whether an upheld appeal, decided by `asOf`, overturned the warning or decision `id`. */
export function overturned(cw: Casework, id: string, asOf: string): boolean {
  return cw.appeals.some((a) => a.againstId === id && a.decision?.outcome === 'upheld' && a.decision.decidedOn <= asOf);
}
