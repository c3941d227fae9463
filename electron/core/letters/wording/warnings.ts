// The ladder's letters: confirming a verbal warning, a written warning, and a warning expired
// (SPEC sections 5 and 7). Each states what happened (the reasons, with their dates), what is
// expected, the consequence, how long the warning stays live, the review date and the appeal.
import { britishDate } from '../../pdf/format';
import type { LetterBasis, Wording } from './basis';
import { ADJUSTMENTS, appealText, boundariesReminder, complaintsText, expectedFor } from './common';

function requireWarning(b: LetterBasis) {
  if (!b.warning) throw new Error(`a ${b.type} letter needs its warning`);
  return b.warning;
}

function livePeriod(b: LetterBasis): string {
  const w = requireWarning(b);
  if (!w.livePeriodMonths || !w.liveUntil) return '';
  return `This warning stays live for ${w.livePeriodMonths} months, until ${britishDate(w.liveUntil)}. After that date it no longer counts towards any further action.`;
}

const review = (b: LetterBasis): string => (b.warning?.reviewOn ? `We will review the position with you on or before ${britishDate(b.warning.reviewOn)}.` : '');

export function verbalConfirmation(b: LetterBasis): Wording {
  const w = requireWarning(b);
  return {
    subject: 'Confirmation of a verbal warning',
    reasonsIntro: 'The warning was given because of the following:',
    sections: {
      opening: `On ${britishDate(w.issuedOn)} we gave you a verbal warning. This letter confirms that warning and the reasons for it.${boundariesReminder(b, w.criteria)}`,
      expected: expectedFor(w.criteria),
      consequence: 'If this continues while this warning is live, we may give you a written warning. A written warning can be followed by a decision to withdraw our service.',
      live_period: livePeriod(b),
      review: review(b),
      appeal: appealText(b, 'this warning'),
      complaints: complaintsText(b),
      closing: ADJUSTMENTS,
    },
  };
}

export function writtenWarning(b: LetterBasis): Wording {
  const w = requireWarning(b);
  const onlyW8 = w.criteria.length === 1 && w.criteria[0] === 'W-8';
  return {
    subject: 'Written warning',
    reasonsIntro: 'We are giving you this written warning because of the following:',
    sections: {
      opening: `This letter is a written warning, dated ${britishDate(w.issuedOn)}.${boundariesReminder(b, w.criteria)}`,
      expected: expectedFor(w.criteria),
      consequence: onlyW8
        ? 'If this continues while this warning is live, we may restrict the ways in which you can contact us.'
        : 'If this continues while this warning is live, we may decide to withdraw our service from you.',
      live_period: livePeriod(b),
      review: review(b),
      appeal: appealText(b, 'this warning'),
      complaints: complaintsText(b),
      closing: ADJUSTMENTS,
    },
  };
}

export function warningExpired(b: LetterBasis): Wording {
  const w = requireWarning(b);
  const level = w.level === 'written' ? 'written' : 'verbal';
  return {
    subject: `Your ${level} warning has expired`,
    reasonsIntro: '',
    sections: {
      opening: `On ${britishDate(w.issuedOn)} we gave you a ${level} warning. That warning was live until ${w.liveUntil ? britishDate(w.liveUntil) : 'the end of its live period'} and has now expired.`,
      expected: 'An expired warning no longer counts towards any further action. We would like to thank you for working with us.',
      complaints: complaintsText(b),
      closing: ADJUSTMENTS,
    },
  };
}
