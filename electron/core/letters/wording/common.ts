// Wording every letter type shares: what each criterion asks of the client, how to appeal and by
// when, the complaints route, the reasonable-adjustments closing. Plain English, no policy codes:
// a client reads this.
import { addDays } from '../../analysis/dates';
import type { CriterionId, Service } from '../../contract';
import type { LINES } from '../../contract/record-details';
import { britishDate } from '../../pdf/format';
import type { LetterBasis } from './basis';

export const EXPECTED: Readonly<Record<CriterionId, string>> = {
  'W-1': 'Please contact us only through the service’s own lines and at the times agreed for your sessions. Contact outside those times is only for cancelling or rearranging a session.',
  'W-2': 'Please raise any new concern through our complaints procedure. A matter our procedure has already investigated and completed will not be investigated again unless you bring new information about it.',
  'W-3': 'Please treat our staff and volunteers with respect. Aggressive, threatening or harassing behaviour, and knowingly false allegations, are not acceptable.',
  'W-4': 'Please talk with your counsellor about what you want from counselling, so that together we can agree clear aims.',
  'W-5': 'Please keep working with us on the concerns we have discussed with you.',
  'W-6': 'Please keep to the agreements you have made with your counsellor about how sessions are used.',
  'W-7': 'Please attend the sessions arranged for you, or tell us in good time if you cannot.',
  'W-8': 'Please keep to the communication arrangements we have agreed with you.',
};

export function expectedFor(criteria: readonly CriterionId[]): string {
  return criteria.map((c) => EXPECTED[c]).join(' ');
}

export const SERVICE_WORDS: Readonly<Record<Service, string>> = {
  online_tuition: 'online tuition',
  in_practice_tuition: 'tuition',
  counselling_open_ended: 'counselling',
  counselling_short_term: 'short-term counselling',
  information_advice: 'information and advice',
};

/** The last day to appeal: the letter's date plus the organisation's appeal period. */
export const appealBy = (b: LetterBasis): string => addDays(b.letterDate, b.letterhead.appealDays);

export function appealText(b: LetterBasis, what: string): string {
  return `If you think ${what} is wrong or unfair, you can appeal. Write to ${b.letterhead.appealTo} by ${britishDate(appealBy(b))}, saying why. Your appeal will be decided by someone who took no part in the decision, and we will tell you the outcome in writing.`;
}

export const complaintsText = (b: LetterBasis): string => b.letterhead.complaintsRoute;

export const ADJUSTMENTS =
  'If you have a communication or support need, or a disability, that we should take into account, please tell us: we will consider what adjustments we can make.';

export function boundariesReminder(b: LetterBasis, criteria: readonly CriterionId[]): string {
  if (!criteria.includes('W-1') || !b.boundariesExplainedOn) return '';
  return ` When your service began, on ${britishDate(b.boundariesExplainedOn)}, we explained our professional boundaries: staff are contacted through the service’s own lines and at the agreed times.`;
}

/** Client-facing names for the lines a contact uses. */
export const LINE_WORDS: Readonly<Record<(typeof LINES)[number], string>> = {
  main_desk_phone: 'the main office phone',
  practice_mobile: 'the practice mobile',
  personal_phone_withheld: 'staff members’ personal phones',
  personal_phone_shown: 'staff members’ personal phones',
  company_email: 'staff members’ work email addresses',
  personal_email: 'staff members’ personal email addresses',
  service_inbox: 'the service inbox',
  helpline: 'the helpline',
  approved_video_platform: 'our approved video platform',
  other_video_platform: 'other video platforms',
};

export function lines(ids: readonly (typeof LINES)[number][]): string {
  const words = [...new Set(ids.map((id) => LINE_WORDS[id]))];
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
