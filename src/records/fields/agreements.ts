// Communication agreements and case reviews, SPEC 2.
import { LINE_LABELS } from '../labels';
import type { DetailSpecs } from './types';

export const communicationAgreementFields = {
  singlePointOfContactId: { kind: 'person', from: 'staff', nullable: true, label: 'Single point of contact' },
  agreedFrequency: { kind: 'text', label: 'Agreed frequency', hint: 'e.g. one email a week' },
  frequencyContacts: { kind: 'number', min: 0, step: 1, initial: 0, label: 'At most this many contacts', hint: '0: no limit that Threshold counts (COMM-6)' },
  frequencyDays: { kind: 'number', min: 1, step: 1, initial: 7, label: 'Within any this many days' },
  allowedChannels: { kind: 'choices', options: LINE_LABELS, label: 'Allowed channels', wide: true },
  styleRequirement: { kind: 'text', multiline: true, label: 'Style requirement', wide: true },
  startsOn: { kind: 'date', label: 'Starts on' },
  reviewOn: { kind: 'date', label: 'Review on', hint: 'At review it lapses unless renewed: correct it with a later date and the reasons' },
  endedOn: { kind: 'date', nullable: true, label: 'Ended early on' },
  onlyNewIssuesAnswered: { kind: 'check', label: 'Only new issues are answered' },
  ignoredUnlessRelevantToOpenIssue: { kind: 'check', label: 'Ignored unless relevant to an open issue' },
} satisfies DetailSpecs<'communication_agreement'>;

export const caseReviewFields = {
  supervisionSummary: { kind: 'text', multiline: true, label: 'Supervision summary', wide: true },
  recommendation: { kind: 'text', multiline: true, label: 'Recommendation', wide: true },
  signedOffByUserId: { kind: 'user', from: 'anyUser', nullable: true, label: 'Signed off by' },
  signedOffOn: { kind: 'date', nullable: true, label: 'Signed off on' },
} satisfies DetailSpecs<'case_review'>;
