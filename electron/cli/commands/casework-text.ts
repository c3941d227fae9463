// The casework in lines for people at a terminal. Dates stay ISO and every action shows its id,
// because the next command (decide --proposal, appeal lodge --against) needs that id.
import type { AppealView, ProposalView, RegisterEntry, RestrictionView, WarningView } from '../../core/contract';

const LEVEL_WORDS: Readonly<Record<WarningView['level'], string>> = { informal: 'Informal conversation', verbal: 'Verbal warning', written: 'Written warning' };
const OUTCOME_WORDS: Readonly<Record<ProposalView['outcome'], string>> = {
  withdraw: 'withdraw the service',
  restrict: 'restrict contact',
  continue_under_agreement: 'continue under a communication agreement',
  no_action: 'no action',
};

export const words = (value: string): string => value.replaceAll('_', ' ');
const criteriaText = (criteria: readonly string[]): string => (criteria.length ? criteria.join(', ') : 'no criterion');

export function warningLine(w: WarningView): string {
  const state = w.state === 'live' ? `live until ${w.liveUntil}` : w.state === 'expired' ? `expired (it was live until ${w.liveUntil})` : words(w.state);
  return `${LEVEL_WORDS[w.level]} ${w.id} of ${w.issuedOn} on ${criteriaText(w.criteria)} by ${w.issuedBy.fullName}: ${state}`;
}

export function proposalLine(p: ProposalView): string {
  const decided = p.decision ? ` on ${p.decision.decidedOn} by ${p.decision.by.fullName}` : '';
  const consulted = p.consultation ? `; the clinical lead ${p.consultation.approves ? 'approved' : 'refused'}` : '';
  const overturned = p.overturned ? '; overturned on appeal' : '';
  return `Proposal ${p.id} to ${OUTCOME_WORDS[p.outcome]} on ${criteriaText(p.criteria)} by ${p.proposedBy.fullName}: ${words(p.stage)}${decided}${consulted}${overturned}`;
}

export function restrictionLine(r: RestrictionView): string {
  return `${r.reference} ${words(r.kind)} ${r.id} from ${r.startedOn}, review ${r.reviewOn}: ${words(r.state)}. ${r.description}`;
}

export function appealLine(a: AppealView): string {
  const who = a.decision ? `${a.decision.outcome} on ${a.decision.decidedOn} by ${a.decision.by.fullName}` : a.assignedTo ? `assigned to ${a.assignedTo.fullName}` : 'not yet assigned';
  return `Appeal ${a.id} lodged ${a.lodgedOn} against ${a.against.label}: ${who}`;
}

export function registerLine(e: RegisterEntry): string {
  return `${e.date} ${e.reference} ${e.kind} (${criteriaText(e.criteria)}) by ${e.by}: ${e.description} [${e.state}]`;
}

/** A heading and its lines, or "none" on the heading's line. */
export function section(title: string, lines: readonly string[]): string[] {
  return lines.length ? [`${title}:`, ...lines.map((l) => `  ${l}`)] : [`${title}: none`];
}
