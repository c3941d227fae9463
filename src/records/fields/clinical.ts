// Safeguarding notes (restricted) and counselling reviews, SPEC 2.
import { CONCERN_LABELS } from '../labels';
import type { DetailSpecs } from './types';

export const safeguardingNoteFields = {
  concern: { kind: 'choice', options: CONCERN_LABELS, label: 'Concern', wide: true },
  reportRequired: { kind: 'check', label: 'Report to the safeguarding board required' },
  reportedOn: { kind: 'date', nullable: true, label: 'Reported on' },
  clinicalLeadConsultedOn: { kind: 'date', nullable: true, label: 'Clinical lead consulted on' },
} satisfies DetailSpecs<'safeguarding_note'>;

export const counsellingReviewFields = {
  assessedByUserId: { kind: 'user', from: 'clinicalLead', label: 'Assessed by (clinical lead)', hint: 'Clinical leads who can unlock Threshold.' },
  clarityOfAims: { kind: 'check', label: 'The aims are clear' },
  progressAgainstAims: { kind: 'check', label: 'Progress against the agreed aims' },
  counsellorView: { kind: 'text', multiline: true, label: 'The counsellor’s view', wide: true },
} satisfies DetailSpecs<'counselling_review'>;
