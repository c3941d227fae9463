// What each home queue says about itself: what it holds, what it does not hold yet (and why),
// the heading of its casework (queues.mine) and what each part says when it is empty.
import { displayDate } from '../../dates';
import type { QueueKind } from '../../flags/queues';

export interface QueueTexts {
  readonly lead: string;
  /** What is not in this queue yet, said plainly rather than shown as an empty list of it. */
  readonly notYet: string | null;
  /** The heading of the casework waiting for this person (proposals, appeals, reviews…). */
  readonly casework: string;
  readonly caseworkEmpty: (asOf: string) => string;
  readonly empty: (asOf: string) => string;
}

export const QUEUE_TEXTS: Readonly<Record<QueueKind, QueueTexts>> = {
  'my-cases': {
    lead: 'Warnings about to stop being live and agreements due for review first; then your cases, flagged ones first. Each item says in one sentence why it is here.',
    notYet: null,
    casework: 'Casework due on your cases',
    caseworkEmpty: (asOf) => `No warning of yours stops being live within 30 days, and no agreement is due for review, as of ${displayDate(asOf)}.`,
    empty: () => 'You are not the client manager of any open case.',
  },
  'to-assess': {
    lead: 'Proposals waiting for your approval and W-4 to W-7 needing your assessment; then counselling cases with missed sessions, long counselling without progress, the session limit or safeguarding action due.',
    notYet: null,
    casework: 'Waiting for your assessment or approval',
    caseworkEmpty: (asOf) => `No proposal waits for your approval and no counselling criterion needs your assessment as of ${displayDate(asOf)}.`,
    empty: (asOf) => `No counselling case has a flag that calls for an assessment as of ${displayDate(asOf)}.`,
  },
  'to-decide': {
    lead: 'Proposals to decide, letters to sign, appeals to assign, reviews due and written warnings expiring; then every flagged case, newest finding first.',
    notYet: null,
    casework: 'Waiting for your decision',
    caseworkEmpty: (asOf) => `No proposal, appeal or review is waiting for you as of ${displayDate(asOf)}.`,
    empty: (asOf) => `No case has a flag as of ${displayDate(asOf)}.`,
  },
  appeals: {
    lead: 'Appeals assigned to you, and appeals not yet assigned to anyone, to decide. You decide only appeals against decisions you took no part in.',
    notYet: null,
    casework: 'Appeals to decide',
    caseworkEmpty: (asOf) => `No appeal is waiting for a decision as of ${displayDate(asOf)}.`,
    empty: (asOf) => `No appeal is waiting for a decision as of ${displayDate(asOf)}.`,
  },
};
