// The director's decisions as letters: withdrawal of service and contact restriction; and the
// communication agreement a client manager sets out (SPEC sections 4, 5 and 7). Contact under a
// restriction is still read and checked, never ignored: the letter says so.
import { addDays } from '../../analysis/dates';
import { britishDate } from '../../pdf/format';
import { defaultReviewOn } from '../../policy/restrictions';
import type { LetterBasis, Wording } from './basis';
import { ADJUSTMENTS, appealText, complaintsText, expectedFor, lines, LINE_WORDS, SERVICE_WORDS } from './common';

function requireProposal(b: LetterBasis) {
  if (!b.proposal?.decision) throw new Error(`a ${b.type} letter needs its approved decision`);
  return { proposal: b.proposal, decision: b.proposal.decision };
}

const fromDate = (b: LetterBasis, decidedOn: string): string => (decidedOn > b.letterDate ? decidedOn : b.letterDate);

function history(b: LetterBasis): string {
  if (!b.priorWarnings.length) return '';
  const steps = b.priorWarnings.map((w) => `a ${w.level} warning on ${britishDate(w.issuedOn)}`);
  return ` Before this decision we gave you ${steps.join(' and ')}.`;
}

export function withdrawal(b: LetterBasis): Wording {
  const { proposal, decision } = requireProposal(b);
  const riskToStaff = proposal.criteria.includes('W-3');
  return {
    subject: `Withdrawal of our ${SERVICE_WORDS[b.service]} service`,
    reasonsIntro: 'We have made this decision because of the following:',
    sections: {
      opening: `We are writing to tell you that we have decided to withdraw our ${SERVICE_WORDS[b.service]} service from you, from ${britishDate(fromDate(b, decision.decidedOn))}.${history(b)}`,
      expected: riskToStaff ? 'Please do not contact our staff or volunteers directly. If you need to write to us, please write to the address above.' : 'Please contact us at the address above if you need anything from us about your records or this decision.',
      consequence: 'We will not arrange any further sessions. If your circumstances change, you can ask us to consider whether the service could be offered again in future.',
      appeal: appealText(b, 'this decision'),
      complaints: complaintsText(b),
      closing: ADJUSTMENTS,
    },
  };
}

export function restriction(b: LetterBasis): Wording {
  const { proposal, decision } = requireProposal(b);
  const terms = proposal.restriction;
  const blocked = terms?.blockedLines ?? [];
  const allowed = (Object.keys(LINE_WORDS) as (keyof typeof LINE_WORDS)[]).filter((l) => !blocked.includes(l) && (l === 'main_desk_phone' || l === 'service_inbox'));
  const starts = fromDate(b, decision.decidedOn);
  const reviewOn = terms?.reviewOn ?? defaultReviewOn(decision.decidedOn);
  return {
    subject: 'Restriction of contact',
    reasonsIntro: 'We have made this decision because of the following:',
    sections: {
      opening: `We are writing to tell you that, from ${britishDate(starts)}, we are restricting the ways in which you can contact us. Our service to you continues.${history(b)}`,
      expected: `Please do not contact us through ${lines(blocked)}.${allowed.length ? ` You can still contact us through ${lines(allowed)}.` : ''} ${expectedFor(proposal.criteria)}`.trim(),
      consequence: 'We will still read everything you send us and check it for new information and for any concern about your safety or anyone else’s, but we may not reply to contact through the restricted channels.',
      review: `This restriction will be reviewed by ${britishDate(reviewOn)}. It ends then unless we renew it, and we will write to you with the outcome.`,
      appeal: appealText(b, 'this restriction'),
      complaints: complaintsText(b),
      closing: ADJUSTMENTS,
    },
  };
}

export function agreement(b: LetterBasis): Wording {
  const a = b.agreement;
  if (!a) throw new Error('a communication agreement letter needs its agreement');
  const terms = [
    a.singlePointOfContact ? `Your single point of contact is ${a.singlePointOfContact}.` : '',
    a.agreedFrequency ? `We have agreed that contact will be ${a.agreedFrequency}.` : '',
    a.allowedChannels.length ? `Please contact us through ${lines(a.allowedChannels as Parameters<typeof lines>[0])}.` : '',
    a.onlyNewIssuesAnswered ? 'We will reply to new issues; matters we have already answered will not be answered again.' : '',
    a.ignoredUnlessRelevantToOpenIssue ? 'Messages that are not about an open issue will be read and kept, but may not receive a reply.' : '',
    a.styleRequirement ? `We ask that communication is ${a.styleRequirement}.` : '',
  ].filter(Boolean);
  return {
    subject: 'Our communication agreement',
    reasonsIntro: 'We are making this agreement because of the following:',
    sections: {
      opening: `This letter sets out how we will communicate with each other from ${britishDate(a.startsOn)}.`,
      expected: terms.join(' ') || 'Please keep to the arrangements we have discussed with you.',
      consequence: 'We will still read everything you send us and check it for new information and for any concern about your safety or anyone else’s. If the agreement is not kept, we may restrict the ways in which you can contact us.',
      review: `We will review this agreement by ${britishDate(a.reviewOn)}.`,
      appeal: `If you disagree with this agreement, you can ask for it to be looked at again: write to ${b.letterhead.appealTo} by ${britishDate(addDays(b.letterDate, b.letterhead.appealDays))}.`,
      complaints: complaintsText(b),
      closing: ADJUSTMENTS,
    },
  };
}
