// The restriction register's states (SPEC section 7): every contact restriction and communication
// agreement has a review date (default: 6 months from its start); at review it is lifted unless
// renewed with reasons. So past its review date, unrenewed, it has lapsed: it no longer applies,
// and the register and the director's queue show it until someone reviews it. "Review due" is
// the 14 days before the review date (Threshold's choice).
import { addDays, addMonths } from '../analysis/dates';
import type { RecordOf } from '../analysis/model';
import type { RestrictionView } from '../contract';
import { overturned, type Casework, type Proposal } from './casework-model';

export const DEFAULT_REVIEW_MONTHS = 6;
export const REVIEW_DUE_DAYS = 14;

export const defaultReviewOn = (startedOn: string): string => addMonths(startedOn, DEFAULT_REVIEW_MONTHS);

type State = RestrictionView['state'];

function byDate(reviewOn: string, asOf: string): State {
  if (asOf > reviewOn) return 'lapsed';
  return asOf >= addDays(reviewOn, -REVIEW_DUE_DAYS) ? 'review_due' : 'in_force';
}

/** An approved restriction decision's current review date and state as of a date. */
export function restrictionState(cw: Casework, p: Proposal, asOf: string): { reviewOn: string; state: State } {
  const reviews = p.reviews.filter((r) => r.reviewedOn <= asOf);
  const renewed = reviews.filter((r) => r.action === 'renew').at(-1);
  const reviewOn = renewed?.reviewOn ?? p.restriction!.reviewOn ?? defaultReviewOn(p.decision!.decidedOn);
  if (overturned(cw, p.id, asOf)) return { reviewOn, state: 'overturned' };
  if (reviews.some((r) => r.action === 'lift')) return { reviewOn, state: 'lifted' };
  return { reviewOn, state: byDate(reviewOn, asOf) };
}

/** Whether a restriction or agreement still applies (in force or due for review, not lapsed). */
export const applies = (state: State): boolean => state === 'in_force' || state === 'review_due';

export function agreementState(a: RecordOf<'communication_agreement'>, asOf: string): State {
  const { endedOn, reviewOn } = a.details;
  if (endedOn != null && endedOn <= asOf) return 'lifted';
  return byDate(reviewOn, asOf);
}

/** The approved restriction decisions of a case, decided by the date. */
export function approvedRestrictions(cw: Casework, asOf: string): Proposal[] {
  return cw.proposals.filter((p) => p.outcome === 'restrict' && p.decision?.approve && p.decision.decidedOn <= asOf && p.restriction);
}
