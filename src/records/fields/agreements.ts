// Communication agreements and case reviews, SPEC 2.
import { LINE_LABELS } from '../labels';
import type { DetailSpecs } from './types';

export const communicationAgreementFields = {
  singlePointOfContactId: { kind: 'person', from: 'staff', nullable: true, label: 'Single point of contact' },
  agreedFrequency: { kind: 'text', label: 'Agreed frequency', hint: 'e.g. one email a week' },
  allowedChannels: { kind: 'choices', options: LINE_LABELS, label: 'Allowed channels', wide: true },
  styleRequirement: { kind: 'text', multiline: true, label: 'Style requirement', wide: true },
  startsOn: { kind: 'date', label: 'Starts on' },
  reviewOn: { kind: 'date', label: 'Review on' },
  onlyNewIssuesAnswered: { kind: 'check', label: 'Only new issues are answered' },
  ignoredUnlessRelevantToOpenIssue: { kind: 'check', label: 'Ignored unless relevant to an open issue' },
} satisfies DetailSpecs<'communication_agreement'>;

export const caseReviewFields = {
  supervisionSummary: { kind: 'text', multiline: true, label: 'Supervision summary', wide: true },
  recommendation: { kind: 'text', multiline: true, label: 'Recommendation', wide: true },
  signedOffByUserId: { kind: 'user', from: 'anyUser', nullable: true, label: 'Signed off by' },
  signedOffOn: { kind: 'date', nullable: true, label: 'Signed off on' },
} satisfies DetailSpecs<'case_review'>;
