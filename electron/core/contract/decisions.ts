// Casework methods (SPEC sections 4 and 7): the checklist, warnings, clinical-lead assessments and
// risk checks, proposals through consultation to the director's decision, restriction reviews,
// appeals, the registers and each role's work queue. Who may call what is docs/roles.md's matrix;
// the guards G-1..G-7 are enforced behind these methods, whatever the caller.
import { z } from 'zod';
import {
  adjustmentsCheck,
  appealView,
  assessmentPayload,
  assessmentView,
  criterionId,
  criterionState,
  ladderRow,
  outcome,
  proposalView,
  required,
  restrictionTerms,
  restrictionView,
  riskCheckPayload,
  riskCheckView,
  warningPayload,
  warningView,
} from './casework';
import { method } from './define';
import { caseStatus, service } from './records';
import { id, isoDate } from './schemas';

const DIRECTOR = ['director'] as const;
const asOf = isoDate.optional();

export const checklistView = z.object({
  caseId: id,
  reference: z.string(),
  service,
  asOf: isoDate,
  status: caseStatus,
  criteria: z.array(criterionState),
  ladder: z.array(ladderRow),
  warnings: z.array(warningView),
  assessments: z.array(assessmentView),
  riskChecks: z.array(riskCheckView),
  proposals: z.array(proposalView),
  restrictions: z.array(restrictionView),
  appeals: z.array(appealView),
  /** Good-practice reminders that do not refuse (informal before formal, an expiring warning). */
  advisories: z.array(z.string()),
  /** The user cannot read this case's restricted records: W-5 and SAFE-1 could not be checked. */
  restrictedUnchecked: z.boolean(),
});
export type ChecklistView = z.infer<typeof checklistView>;

const proposeInput = z.object({
  caseId: id,
  outcome,
  criteria: z.array(criterionId).max(8).default([]),
  evidence: z.array(id).max(500).default([]),
  rationale: required(4000),
  restriction: restrictionTerms.nullable().default(null),
  agreementId: id.nullable().default(null),
  adjustments: adjustmentsCheck.nullable().default(null),
  /** Default today; a proposal may be recorded after the day it was made, never before. */
  proposedOn: isoDate.optional(),
});

export const queueItem = z.object({
  kind: z.enum(['proposal_to_decide', 'proposal_to_consult', 'assessment_needed', 'appeal_to_assign', 'appeal_to_decide', 'restriction_review', 'warning_expiring']),
  caseId: id,
  reference: z.string(),
  clientName: z.string(),
  /** One sentence: why this is waiting for you. */
  summary: z.string(),
  /** The action or record it is about. */
  subjectId: id,
  due: isoDate.nullable(),
});
export type QueueItem = z.infer<typeof queueItem>;

export const registerEntry = z.object({
  kind: z.enum(['warning', 'restriction', 'withdrawal', 'appeal']),
  caseId: id,
  reference: z.string(),
  service,
  date: isoDate,
  description: z.string(),
  criteria: z.array(criterionId),
  by: z.string(),
  state: z.string(),
});
export type RegisterEntry = z.infer<typeof registerEntry>;

export const decisionsMethods = {
  'checklist.get': method({
    summary: "A case's withdrawal criteria W-1..W-8, its warning ladder, proposals, restrictions and appeals as of a date",
    access: 'signed-in',
    input: z.object({ caseId: id, asOf }),
    output: checklistView,
  }),
  'ladder.warn': method({
    summary: 'Record an informal conversation or issue a verbal or written warning naming criteria and evidence',
    access: ['director', 'client_manager'],
    // What is stored, with the live period and review date left to their defaults when not given.
    input: warningPayload.extend({
      caseId: id,
      /** Default: verbal 6 months, written 12 (SPEC section 7); none for an informal conversation. */
      livePeriodMonths: z.number().int().min(1).max(36).optional(),
      /** Default: the last day the warning is live. */
      reviewOn: isoDate.optional(),
    }),
    output: warningView,
  }),
  'checklist.assess': method({
    summary: "The clinical lead's assessment of a counselling criterion (W-4..W-7), with the counsellor's view",
    access: ['clinical_lead'],
    input: assessmentPayload.extend({ caseId: id }),
    output: assessmentView,
  }),
  'checklist.riskCheck': method({
    summary: 'A risk and safeguarding check before a discharge for non-attendance (W-7)',
    access: ['clinical_lead', 'director'],
    input: riskCheckPayload.extend({ caseId: id }),
    output: riskCheckView,
  }),
  'decisions.propose': method({
    summary: 'Propose an outcome (withdraw, restrict contact channels, continue under an agreement, no action) on criteria and evidence',
    access: ['director', 'client_manager', 'clinical_lead'],
    input: proposeInput,
    output: proposalView,
  }),
  'decisions.decideNow': method({
    summary: "The director proposes and decides in one step: all of it is written, or, when a guard refuses, nothing",
    access: DIRECTOR,
    input: proposeInput.extend({ reasons: required(4000), decidedOn: isoDate.optional() }),
    output: proposalView,
  }),
  'decisions.consult': method({
    summary: "The clinical lead approves or refuses a proposal on counselling criteria before it reaches the director",
    access: ['clinical_lead'],
    input: z.object({ proposalId: id, approves: z.boolean(), rationale: required(4000), counsellorView: z.string().trim().max(4000).default('') }),
    output: proposalView,
  }),
  'decisions.decide': method({
    summary: "The director's decision on a proposal; the case's status follows",
    access: DIRECTOR,
    input: z.object({ proposalId: id, approve: z.boolean(), reasons: required(4000), decidedOn: isoDate.optional() }),
    output: proposalView,
  }),
  'restrictions.review': method({
    summary: 'Review a contact restriction: renew it with reasons, or lift it',
    access: DIRECTOR,
    input: z.object({ decisionId: id, action: z.enum(['renew', 'lift']), reasons: required(4000), reviewOn: isoDate.optional(), reviewedOn: isoDate.optional() }),
    output: restrictionView,
  }),
  'appeals.lodge': method({
    summary: 'Record an appeal against a warning, a restriction or a withdrawal',
    access: ['director', 'client_manager'],
    input: z.object({ againstId: id, lodgedOn: isoDate, grounds: required(4000) }),
    output: appealView,
  }),
  'appeals.assign': method({
    summary: 'Assign an appeal to a user who took no part in the decision appealed',
    access: DIRECTOR,
    input: z.object({ appealId: id, userId: id }),
    output: appealView,
  }),
  'appeals.decide': method({
    summary: 'Decide an appeal (upheld: the warning or decision no longer stands; dismissed: it stands)',
    access: ['appeals_officer', 'director', 'clinical_lead'],
    input: z.object({ appealId: id, outcome: z.enum(['upheld', 'dismissed']), reasons: required(4000), decidedOn: isoDate.optional() }),
    output: appealView,
  }),
  'registers.restrictions': method({
    summary: 'Every contact restriction and communication agreement with its review date and state',
    access: 'signed-in',
    input: z.object({ asOf }),
    output: z.object({ asOf: isoDate, items: z.array(restrictionView) }),
  }),
  'registers.oversight': method({
    summary: 'All warnings, restrictions, withdrawals and appeals in a period, for the board',
    access: ['director', 'appeals_officer'],
    input: z.object({ from: isoDate, to: isoDate }),
    output: z.object({ from: isoDate, to: isoDate, entries: z.array(registerEntry) }),
  }),
  'queues.mine': method({
    summary: "The signed-in user's casework waiting for them: decisions, consultations, assessments, appeals, reviews",
    access: 'signed-in',
    input: z.object({ asOf }),
    output: z.object({ asOf: isoDate, items: z.array(queueItem) }),
  }),
};
