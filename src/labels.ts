// Labels come from the contract (the core uses the same words); this adds what only forms need.
import type { ChecklistView, CriterionState, Outcome, ProposalView, QueueItem, RestrictionView, Role, WarningLevel, WarningView } from '../electron/core/contract';

export { ROLE_LABELS, SERVICE_LABELS, STAFF_ROLE_LABELS, STATUS_LABELS } from '../electron/core/contract/labels';
export type { CaseStatus } from '../electron/core/contract';

/** Roles a new user may be given: the contract's `users.add` excludes the director. */
export type AssignableRole = Exclude<Role, 'director'>;

/** Options for a select, in the order the labels are written above. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>, keys?: readonly K[]): { label: string; value: K }[] {
  // A Record<K, string> has exactly the keys K; Object.keys only forgets that.
  const chosen = keys ?? (Object.keys(labels) as K[]);
  return chosen.map((value) => ({ label: labels[value], value }));
}

// ---- casework (SPEC section 4): the checklist's states, the ladder, proposals, restrictions ----
// Every state is shown in words as well as colour, so nothing depends on telling colours apart.
export const CRITERION_STATE_LABELS: Readonly<Record<CriterionState['state'], string>> = {
  met: 'Met',
  not_met: 'Not met',
  needs_judgement: 'Needs a judgement',
  not_applicable: 'Not applicable',
};

export const WARNING_LEVEL_LABELS: Readonly<Record<WarningLevel, string>> = {
  informal: 'Informal conversation',
  verbal: 'Verbal warning',
  written: 'Written warning',
};

export const WARNING_STATE_LABELS: Readonly<Record<WarningView['state'], string>> = {
  informal: 'Not a warning (never live)',
  live: 'Live',
  expired: 'Expired',
  overturned: 'Overturned on appeal',
  not_yet: 'Not yet issued',
};

export const LADDER_STEP_LABELS: Readonly<Record<ChecklistView['ladder'][number]['step'], string>> = {
  none: 'No step yet',
  informal: 'Informal conversation',
  verbal: 'Verbal warning, live',
  written: 'Written warning, live',
  decided: 'Decided',
};

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  withdraw: 'Withdraw the service',
  restrict: 'Restrict contact channels',
  continue_under_agreement: 'Continue under a communication agreement',
  no_action: 'No action',
};

export const PROPOSAL_STAGE_LABELS: Readonly<Record<ProposalView['stage'], string>> = {
  awaiting_clinical_lead: 'Awaiting the clinical lead',
  refused_by_clinical_lead: 'Refused by the clinical lead',
  awaiting_decision: "Awaiting the director's decision",
  approved: 'Approved',
  rejected: 'Rejected',
};

export const RESTRICTION_STATE_LABELS: Readonly<Record<RestrictionView['state'], string>> = {
  in_force: 'In force',
  review_due: 'Review due',
  lapsed: 'Lapsed: review date passed',
  lifted: 'Lifted',
  overturned: 'Overturned on appeal',
};

export const RESTRICTION_KIND_LABELS: Readonly<Record<RestrictionView['kind'], string>> = {
  contact_restriction: 'Contact restriction',
  communication_agreement: 'Communication agreement',
};

export const QUEUE_ITEM_LABELS: Readonly<Record<QueueItem['kind'], string>> = {
  proposal_to_decide: 'Proposal to decide',
  proposal_to_consult: 'Proposal to approve or refuse',
  assessment_needed: 'Assessment needed',
  appeal_to_assign: 'Appeal to assign',
  appeal_to_decide: 'Appeal to decide',
  restriction_review: 'Review due',
  warning_expiring: 'Warning expiring',
};
