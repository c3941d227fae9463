// What each home queue says about itself: what it holds, what it does not hold yet (and why),
// and what it says when it is empty. Honest about the work that arrives with later releases.
import { displayDate } from '../../dates';
import type { QueueKind } from '../../flags/queues';

export interface QueueTexts {
  readonly lead: string;
  /** What is not in this queue yet, said plainly rather than shown as an empty list of it. */
  readonly notYet: string | null;
  readonly empty: (asOf: string) => string;
}

export const QUEUE_TEXTS: Readonly<Record<QueueKind, QueueTexts>> = {
  'my-cases': {
    lead: 'Your cases, those with flags first and the newest finding first. Each flag says in one sentence what Threshold found; its evidence opens the records behind it.',
    notYet: 'Reviews due, warnings expiring and restrictions due for review join this list with the checklist and letters work.',
    empty: () => 'You are not the client manager of any open case.',
  },
  'to-assess': {
    lead: 'Counselling cases with missed sessions (SESS-1), long counselling without progress (SESS-2), the short-term session limit (SESS-3) or safeguarding action due (SAFE-1), newest finding first.',
    notYet:
      'The W-4 to W-7 assessment and approval of counselling withdrawals arrives with a later release. Until then this list shows the flags that will call for an assessment; nothing here is yet waiting for your approval.',
    empty: (asOf) => `No counselling case has a flag that calls for an assessment as of ${displayDate(asOf)}.`,
  },
  'to-decide': {
    lead: 'Every flagged case across the organisation, newest finding first.',
    notYet: 'Proposals awaiting your decision, letters awaiting your signature and appeals to assign arrive with the checklist and letters work. Until then nothing here is waiting for your signature.',
    empty: (asOf) => `No case has a flag as of ${displayDate(asOf)}.`,
  },
  appeals: {
    lead: 'Appeals against decisions, assigned to you to decide.',
    notYet: null,
    empty: () => 'No appeals. Appeals arrive with the letters and appeals work: once a decision can be appealed in Threshold, the appeals assigned to you are listed here.',
  },
};
