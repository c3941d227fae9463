// Attendance letters: missed sessions (SESS-1) and the end of short-term counselling. A
// discharge for non-attendance comes only after a risk and safeguarding check (SPEC section 7),
// so the missed-sessions notice invites contact first and promises that check.
import { addDays } from '../../analysis/dates';
import { britishDate } from '../../pdf/format';
import type { LetterBasis, Wording } from './basis';
import { ADJUSTMENTS, complaintsText, SERVICE_WORDS } from './common';

export function missedSessions(b: LetterBasis): Wording {
  return {
    subject: 'Missed sessions',
    reasonsIntro: 'Our records show the following sessions were missed:',
    sections: {
      opening: `We are writing because you have missed ${b.reasons.length === 1 ? 'a session' : `${b.reasons.length} sessions`} of your ${SERVICE_WORDS[b.service]}, and we would like to know how you are.`,
      expected: `Please contact us by ${britishDate(addDays(b.letterDate, 14))} to tell us whether you want to continue, or whether something is making it hard to attend.`,
      consequence: 'If we do not hear from you, we may end your sessions. Before we do, we will check that ending them is safe for you.',
      complaints: complaintsText(b),
      closing: ADJUSTMENTS,
    },
  };
}

export function endOfShortTerm(b: LetterBasis): Wording {
  const n = b.sessionsAttended;
  return {
    subject: 'The end of your short-term counselling',
    reasonsIntro: '',
    sections: {
      opening: `Your short-term counselling with us, which began on ${britishDate(b.startDate)}, has now come to an end${n ? ` after ${n} ${n === 1 ? 'session' : 'sessions'}` : ''}.`,
      expected: 'If you would like further support, please contact us: we can talk with you about what else is available.',
      complaints: complaintsText(b),
      closing: `Thank you for working with us. ${ADJUSTMENTS}`,
    },
  };
}
