// A contact (SPEC 2): how, who, why and the markers a review looks for.
import { DIRECTION_LABELS, LENGTH_UNIT_LABELS, LINE_LABELS, MEDIUM_LABELS, PURPOSE_LABELS, TONE_LABELS } from '../labels';
import type { DetailSpecs } from './types';

export const contactFields = {
  medium: { kind: 'choice', label: 'Medium', options: MEDIUM_LABELS },
  line: { kind: 'choice', label: 'Line used', options: LINE_LABELS },
  direction: { kind: 'choice', label: 'Direction', options: DIRECTION_LABELS },
  purpose: { kind: 'choice', label: 'Purpose', options: PURPOSE_LABELS, hint: 'Cancellation or rescheduling is allowed outside allocated times (4.1).' },
  clientParties: { kind: 'people', from: 'clientSide', label: 'Client side', wide: true },
  staffParties: { kind: 'people', from: 'staff', label: 'Staff side', wide: true },
  issueId: { kind: 'record', recordType: 'issue', nullable: true, label: 'Issue', hint: 'The issue record this contact is about, if any.' },
  length: { kind: 'length', units: LENGTH_UNIT_LABELS, nullable: true, label: 'Length' },
  toneMarkers: { kind: 'choices', options: TONE_LABELS, label: 'Tone markers', wide: true },
  requestedByService: { kind: 'check', label: 'Requested by the service' },
  withinAllocatedTimes: { kind: 'check', label: 'Within allocated times', initial: true },
  bringsNewInformation: { kind: 'check', label: 'Brings new information' },
  recordedWithoutConsent: { kind: 'check', label: 'Recorded without consent' },
  copiedInWithoutNeed: { kind: 'check', label: 'Others copied in without need' },
  clientSaidOthersContacted: { kind: 'check', label: 'Client said others had also been contacted' },
  restrictionChecked: { kind: 'check', label: 'Checked for new information and safeguarding concerns', hint: 'Required for contact from the client while a restriction or communication agreement applies: it is never silently ignored.' },
  safeguardingConcern: { kind: 'check', label: 'Raises a safeguarding concern' },
} satisfies DetailSpecs<'contact'>;
