// Casework (SPEC section 4): the withdrawal criteria W-1..W-8, the warning ladder, proposals and
// decisions, restrictions and appeals, as the API shows them. The actions behind them are stored
// append-only (migration 0007); every state here is computed from them as of a date.
import { z } from 'zod';
import { flagId, citation } from './analysis';
import { ROLES } from './define';
import { LINES } from './record-details';
import { id, isoDate, isoDateTime } from './schemas';

export const CRITERION_IDS = ['W-1', 'W-2', 'W-3', 'W-4', 'W-5', 'W-6', 'W-7', 'W-8'] as const;
export const criterionId = z.enum(CRITERION_IDS);
export type CriterionId = z.infer<typeof criterionId>;

/** The counselling criteria: the clinical lead assesses and approves before the director decides (G-4). */
export const COUNSELLING_CRITERIA: readonly CriterionId[] = ['W-4', 'W-5', 'W-6', 'W-7'];

export const WARNING_LEVELS = ['informal', 'verbal', 'written'] as const;
export const warningLevel = z.enum(WARNING_LEVELS);
export type WarningLevel = z.infer<typeof warningLevel>;

export const OUTCOMES = ['withdraw', 'restrict', 'continue_under_agreement', 'no_action'] as const;
export const outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcome>;

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
export const required = (max: number) => text(max).min(1, 'is required');
const evidence = z.array(id).max(500, 'cite at most 500 records').default([]);

/**
 * Reasonable adjustments first (SPEC section 7): before any warning or restriction the workflow
 * asks whether a communication or support need or a disability explains the behaviour.
 */
export const adjustmentsCheck = z
  .object({
    needOrDisability: z.boolean(),
    explainsBehaviour: z.boolean(),
    details: text(2000).default(''),
    adjustmentsMade: text(2000).default(''),
  })
  .refine((a) => !a.explainsBehaviour || a.needOrDisability, { message: 'a need can explain the behaviour only if there is one', path: ['needOrDisability'] });
export type AdjustmentsCheck = z.output<typeof adjustmentsCheck>;

export const actor = z.object({ userId: id, fullName: z.string(), role: z.enum(ROLES) });
export type Actor = z.infer<typeof actor>;

// ---- what each stored action holds (validated on write, read back as stored) ----

export const warningPayload = z.object({
  level: warningLevel,
  criteria: z.array(criterionId).min(1, 'name at least one criterion').max(8),
  evidence,
  issuedOn: isoDate,
  /** What was said or written to the client: fact, as it may be quoted to them. */
  summary: required(4000),
  /** Null for an informal conversation, which is not a warning and never goes live. */
  livePeriodMonths: z.number().int().min(1).max(36).nullable(),
  reviewOn: isoDate.nullable(),
  /** How a verbal warning was confirmed to the client (SPEC section 4: recorded, with a confirmation). */
  confirmation: z.object({ on: isoDate, how: required(500) }).nullable().default(null),
  adjustments: adjustmentsCheck.nullable().default(null),
});
export type WarningPayload = z.output<typeof warningPayload>;

export const assessmentPayload = z.object({
  criterion: z.enum(['W-4', 'W-5', 'W-6', 'W-7']),
  finding: z.enum(['met', 'not_met']),
  counsellorView: required(4000),
  rationale: required(4000),
  evidence,
});

export const riskCheckPayload = z.object({
  checkedOn: isoDate,
  risks: required(4000),
  safeguardingConcerns: z.boolean(),
  actionTaken: text(4000).default(''),
});

export const restrictionTerms = z.object({
  blockedLines: z.array(z.enum(LINES)).min(1, 'name at least one line to block').max(LINES.length),
  /** Default: the start + 6 months (SPEC section 7). */
  reviewOn: isoDate.optional(),
});

export const proposalPayload = z.object({
  /** The day it was proposed (absent: the day it was recorded). */
  proposedOn: isoDate.optional(),
  outcome,
  criteria: z.array(criterionId).max(8).default([]),
  evidence,
  rationale: required(4000),
  /** reviewOn null: 6 months from the decision (SPEC section 7). */
  restriction: z.object({ blockedLines: z.array(z.enum(LINES)), reviewOn: isoDate.nullable() }).nullable(),
  agreementId: id.nullable(),
  adjustments: adjustmentsCheck.nullable(),
});
export type ProposalPayload = z.output<typeof proposalPayload>;

export const consultationPayload = z.object({ approves: z.boolean(), rationale: required(4000), counsellorView: text(4000).default('') });
export const decisionPayload = z.object({ approve: z.boolean(), reasons: required(4000), decidedOn: isoDate });
export const restrictionReviewPayload = z.object({ action: z.enum(['renew', 'lift']), reasons: required(4000), reviewOn: isoDate.nullable(), reviewedOn: isoDate });
export const appealPayload = z.object({ lodgedOn: isoDate, grounds: required(4000) });
export const appealAssignmentPayload = z.object({ userId: id });
export const appealDecisionPayload = z.object({ outcome: z.enum(['upheld', 'dismissed']), reasons: required(4000), decidedOn: isoDate });

// ---- views ----

export const warningView = warningPayload.extend({
  id,
  caseId: id,
  issuedBy: actor,
  /** The last day the warning is live (issued + the live period − 1 day); null for an informal conversation. */
  liveUntil: isoDate.nullable(),
  state: z.enum(['informal', 'live', 'expired', 'overturned', 'not_yet']),
  recordedAt: isoDateTime,
});
export type WarningView = z.infer<typeof warningView>;

export const assessmentView = assessmentPayload.extend({ id, by: actor, recordedAt: isoDateTime });
export type AssessmentView = z.infer<typeof assessmentView>;
export const riskCheckView = riskCheckPayload.extend({ id, by: actor, recordedAt: isoDateTime });

export const PROPOSAL_STAGES = ['awaiting_clinical_lead', 'refused_by_clinical_lead', 'awaiting_decision', 'approved', 'rejected'] as const;
export const proposalView = proposalPayload.extend({
  id,
  caseId: id,
  proposedBy: actor,
  proposedAt: isoDateTime,
  stage: z.enum(PROPOSAL_STAGES),
  consultation: consultationPayload.extend({ by: actor, at: isoDateTime }).nullable(),
  decision: decisionPayload.extend({ by: actor, at: isoDateTime }).nullable(),
  /** True once an appeal against the decision was upheld. */
  overturned: z.boolean(),
});
export type ProposalView = z.infer<typeof proposalView>;

export const RESTRICTION_STATES = ['in_force', 'review_due', 'lapsed', 'lifted', 'overturned'] as const;
export const restrictionView = z.object({
  /** The decision that imposed it, or the communication agreement record. */
  id,
  caseId: id,
  reference: z.string(),
  kind: z.enum(['contact_restriction', 'communication_agreement']),
  description: z.string(),
  startedOn: isoDate,
  reviewOn: isoDate,
  state: z.enum(RESTRICTION_STATES),
  reviews: z.array(restrictionReviewPayload.extend({ by: actor, at: isoDateTime })),
});
export type RestrictionView = z.infer<typeof restrictionView>;

export const appealView = appealPayload.extend({
  id,
  caseId: id,
  against: z.object({ id, kind: z.enum(['warning', 'decision']), label: z.string() }),
  lodgedBy: actor,
  assignedTo: actor.nullable(),
  decision: appealDecisionPayload.extend({ by: actor, at: isoDateTime }).nullable(),
});
export type AppealView = z.infer<typeof appealView>;

export const CRITERION_STATES = ['met', 'not_met', 'needs_judgement', 'not_applicable'] as const;
export const criterionState = z.object({
  id: criterionId,
  title: z.string(),
  citation,
  /** Who decides (SPEC section 4's table). */
  decides: z.string(),
  state: z.enum(CRITERION_STATES),
  /** One sentence: what was found and what is missing. */
  summary: z.string(),
  /** The records behind it, in time order. */
  evidence: z.array(id),
  flags: z.array(flagId),
  prerequisites: z.array(z.object({ text: z.string(), satisfied: z.boolean(), evidence: z.array(id) })),
  /** The clinical lead's latest assessment, for W-4..W-7. */
  assessment: assessmentView.nullable(),
  allowedOutcomes: z.array(outcome),
});
export type CriterionState = z.infer<typeof criterionState>;

export const ladderRow = z.object({
  criterion: criterionId,
  /** The highest step reached and still counting: none, informal, verbal (live), written (live), decided. */
  step: z.enum(['none', 'informal', 'verbal', 'written', 'decided']),
  warnings: z.array(id),
  next: z.string(),
});
