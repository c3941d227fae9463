// The casework as the API shows it: each action with the states computed as of a date.
import type { RecordOf } from '../analysis/model';
import { longDate } from '../analysis/dates';
import type { AppealView, ProposalView, RestrictionView, WarningView } from '../contract';
import type { Appeal, Casework, Proposal, Warning } from '../policy/casework-model';
import { overturned } from '../policy/casework-model';
import { liveUntil, warningState } from '../policy/ladder';
import { agreementState, restrictionState } from '../policy/restrictions';

export function warningView(cw: Casework, w: Warning, asOf: string): WarningView {
  return { ...w, issuedBy: w.by, liveUntil: liveUntil(w), state: warningState(cw, w, asOf) };
}

export function proposalStage(p: Proposal): ProposalView['stage'] {
  if (p.decision) return p.decision.approve ? 'approved' : 'rejected';
  const needsClinicalLead = p.criteria.some((c) => ['W-4', 'W-5', 'W-6', 'W-7'].includes(c)) && p.outcome !== 'no_action';
  if (needsClinicalLead && !p.consultation) return 'awaiting_clinical_lead';
  if (needsClinicalLead && p.consultation && !p.consultation.approves) return 'refused_by_clinical_lead';
  return 'awaiting_decision';
}

export function proposalView(cw: Casework, p: Proposal, asOf: string): ProposalView {
  return {
    ...p,
    proposedBy: p.by,
    proposedAt: p.recordedAt,
    stage: proposalStage(p),
    consultation: p.consultation ? { ...p.consultation, at: p.consultation.recordedAt } : null,
    decision: p.decision ? { ...p.decision, at: p.decision.recordedAt } : null,
    overturned: overturned(cw, p.id, asOf),
  };
}

const LINE_WORDS = (lines: readonly string[]): string => lines.map((l) => l.replaceAll('_', ' ')).join(', ');

export function restrictionViewOf(cw: Casework, p: Proposal, reference: string, asOf: string): RestrictionView {
  const { reviewOn, state } = restrictionState(cw, p, asOf);
  return {
    id: p.id,
    caseId: p.caseId,
    reference,
    kind: 'contact_restriction',
    description: `Contact blocked on: ${LINE_WORDS(p.restriction!.blockedLines)}.`,
    startedOn: p.decision!.decidedOn,
    reviewOn,
    state,
    reviews: p.reviews.map((r) => ({ ...r, at: r.recordedAt })),
  };
}

export function agreementView(a: RecordOf<'communication_agreement'>, caseId: string, reference: string, asOf: string): RestrictionView {
  const d = a.details;
  const terms = [
    d.singlePointOfContactId ? 'a single point of contact' : null,
    d.allowedChannels.length ? `allowed lines: ${LINE_WORDS(d.allowedChannels)}` : null,
    d.frequencyContacts ? `at most ${d.frequencyContacts} contact(s) in ${d.frequencyDays} day(s)` : d.agreedFrequency ? `frequency: ${d.agreedFrequency}` : null,
    d.onlyNewIssuesAnswered ? 'only new issues answered' : null,
    d.ignoredUnlessRelevantToOpenIssue ? 'ignored unless relevant to an open issue' : null,
    d.styleRequirement ? `style: ${d.styleRequirement}` : null,
  ].filter((t) => t !== null);
  return {
    id: a.id,
    caseId,
    reference,
    kind: 'communication_agreement',
    description: `Communication agreement${terms.length ? ` (${terms.join('; ')})` : ''}.`,
    startedOn: d.startsOn,
    reviewOn: d.reviewOn,
    state: agreementState(a, asOf),
    reviews: [],
  };
}

const LEVEL_WORDS = { informal: 'Informal conversation', verbal: 'Verbal warning', written: 'Written warning' } as const;
const OUTCOME_WORDS = { withdraw: 'Withdrawal of service', restrict: 'Contact restriction', continue_under_agreement: 'Continue under a communication agreement', no_action: 'No action' } as const;

/** What an appeal is against, in words. */
export function appealTargetLabel(cw: Casework, targetId: string): { kind: 'warning' | 'decision'; label: string } | null {
  const w = cw.warnings.find((x) => x.id === targetId);
  if (w) return { kind: 'warning', label: `${LEVEL_WORDS[w.level]} of ${longDate(w.issuedOn)} (${w.criteria.join(', ')})` };
  const p = cw.proposals.find((x) => x.id === targetId);
  if (p?.decision) return { kind: 'decision', label: `${OUTCOME_WORDS[p.outcome]} decided on ${longDate(p.decision.decidedOn)} (${p.criteria.join(', ') || 'no criterion'})` };
  return null;
}

export function appealView(cw: Casework, a: Appeal): AppealView {
  const target = appealTargetLabel(cw, a.againstId) ?? { kind: 'decision' as const, label: 'a decision no longer on record' };
  return { ...a, against: { id: a.againstId, ...target }, lodgedBy: a.by, decision: a.decision ? { ...a.decision, at: a.decision.recordedAt } : null };
}

export { LEVEL_WORDS, OUTCOME_WORDS };
