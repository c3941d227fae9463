// The type-specific fields of every chronology record (SPEC section 2), one schema per type.
// Every record also has the common fields in chronology.ts (date-time, fact, analysis,
// significant). Person references are staff or client-side person ids; issue references are
// issue record ids ("the same issue" is the same record, never matching text).
import { z } from 'zod';
import { id, isoDate } from './schemas';

const text = (max = 2000) => z.string().trim().max(max, `must be at most ${max} characters`);

export const MEDIA = ['phone_call', 'text_message', 'email', 'letter', 'video_call', 'social_media_message', 'in_person'] as const;
export const LINES = [
  'main_desk_phone',
  'practice_mobile',
  'personal_phone_withheld',
  'personal_phone_shown',
  'company_email',
  'personal_email',
  'service_inbox',
  'helpline',
  'approved_video_platform',
  'other_video_platform',
] as const;
export const TONE_MARKERS = ['sarcastic', 'rude', 'derogatory', 'discriminatory', 'threatening'] as const;
export const CONTACT_PURPOSES = ['tuition_or_support', 'cancellation_or_rescheduling', 'complaint', 'enquiry', 'safeguarding', 'other'] as const;

export const issueDetails = z.object({
  title: text(200).min(1, 'is required'),
  openedOn: isoDate,
  resolvedOn: isoDate.nullable().default(null),
});

export const contactDetails = z.object({
  medium: z.enum(MEDIA),
  line: z.enum(LINES),
  direction: z.enum(['from_client_side', 'to_client']),
  clientParties: z.array(id).min(1, 'needs at least one person on the client side'),
  staffParties: z.array(id).default([]),
  requestedByService: z.boolean().default(false),
  purpose: z.enum(CONTACT_PURPOSES),
  withinAllocatedTimes: z.boolean().default(true),
  issueId: id.nullable().default(null),
  bringsNewInformation: z.boolean().default(false),
  length: z.object({ unit: z.enum(['words', 'minutes']), value: z.number().int().min(0).max(1_000_000) }).nullable().default(null),
  toneMarkers: z.array(z.enum(TONE_MARKERS)).default([]),
  recordedWithoutConsent: z.boolean().default(false),
  copiedInWithoutNeed: z.boolean().default(false),
  clientSaidOthersContacted: z.boolean().default(false),
  /**
   * Contact received under a contact restriction or communication agreement is still checked for
   * new information (bringsNewInformation) and a safeguarding concern, never silently ignored
   * (SPEC section 7): the core refuses such a contact until this says the check was made.
   */
  restrictionChecked: z.boolean().default(false),
  safeguardingConcern: z.boolean().default(false),
});

export const SESSION_OUTCOMES = [
  'attended',
  'did_not_attend',
  'cancelled_by_client_with_due_cause',
  'cancelled_by_client_without_due_cause',
  'cancelled_by_service',
  'technology_failure',
  'planned',
] as const;
export const TECH_FAILURES = ['no_sound', 'no_video', 'unstable_connection', 'failed_connection'] as const;

export const sessionDetails = z
  .object({
    workerId: id,
    kind: text(100).min(1, 'is required'),
    location: z.enum(['online_from_home', 'practice', 'other']),
    outcome: z.enum(SESSION_OUTCOMES),
    technologyFailure: z.enum(TECH_FAILURES).nullable().default(null),
    replacementForId: id.nullable().default(null),
    abandonedAndReported: z.boolean().default(false),
    reportFiled: z.boolean().default(false),
  })
  .refine((s) => (s.outcome === 'technology_failure') === (s.technologyFailure !== null), {
    message: 'is required for a technology failure, and only then',
    path: ['technologyFailure'],
  });

export const complaintDetails = z
  .object({
    route: z.enum(['phone', 'email', 'letter', 'in_person', 'online_form', 'other']),
    aboutPersonId: id.nullable().default(null),
    aboutWhat: text(500).default(''),
    issueId: id.nullable().default(null),
    investigationStatus: z.enum(['received', 'investigating', 'completed']),
    outcome: z.enum(['upheld', 'partly_upheld', 'not_upheld']).nullable().default(null),
    procedureCompletedOn: isoDate.nullable().default(null),
    staffHours: z.number().min(0).max(10_000).default(0),
    seeksReplacement: z.boolean().default(false),
  })
  .refine((c) => c.aboutPersonId !== null || c.aboutWhat.length > 0, { message: 'say whom or what the complaint is about', path: ['aboutWhat'] })
  .refine((c) => c.investigationStatus !== 'completed' || c.procedureCompletedOn !== null, {
    message: 'is required once the investigation is completed',
    path: ['procedureCompletedOn'],
  });

export const BOUNDARY_KINDS = [
  'personal_number_given',
  'personal_phone_not_withheld',
  'text_from_personal_phone',
  'gift',
  'social_invitation',
  'personal_disclosure',
  'contact_outside_allocated_times',
  'unapproved_platform',
  'financial_negotiation',
  'personal_opinion_as_company_advice',
  'friendship_after_closure',
] as const;

export const boundaryIncidentDetails = z.object({
  workerId: id,
  kind: z.enum(BOUNDARY_KINDS),
  severity: z.enum(['minor', 'moderate', 'serious']),
  discussedInSupervision: z.boolean().default(false),
});

export const BEHAVIOUR_KINDS = [
  'verbal_aggression',
  'physical_aggression',
  'threatening_behaviour',
  'harassment',
  'sexual_harassment',
  'knowingly_false_complaint',
  'stalking',
] as const;

export const behaviourIncidentDetails = z.object({
  kind: z.enum(BEHAVIOUR_KINDS),
  riskToStaff: z.enum(['none', 'some', 'serious']),
  protectiveSteps: text(2000).default(''),
});

export const safeguardingNoteDetails = z.object({
  concern: z.enum(['suicide_or_self_harm_disclosure', 'risk_to_others']),
  reportRequired: z.boolean(),
  reportedOn: isoDate.nullable().default(null),
  clinicalLeadConsultedOn: isoDate.nullable().default(null),
});

export const counsellingReviewDetails = z.object({
  clarityOfAims: z.boolean(),
  progressAgainstAims: z.boolean(),
  counsellorView: text(4000).default(''),
  assessedByUserId: id,
});

export const communicationAgreementDetails = z
  .object({
  singlePointOfContactId: id.nullable().default(null),
  agreedFrequency: text(200).default(''),
  allowedChannels: z.array(z.enum(LINES)).default([]),
  onlyNewIssuesAnswered: z.boolean().default(false),
  ignoredUnlessRelevantToOpenIssue: z.boolean().default(false),
  styleRequirement: text(1000).default(''),
  /** The agreed frequency as a limit COMM-6 can count: at most this many contacts (0: no limit)... */
  frequencyContacts: z.number().int().min(0).max(1000).default(0),
  /** ...within any this many days. */
  frequencyDays: z.number().int().min(1).max(365).default(7),
  startsOn: isoDate,
  /** At review the agreement lapses unless renewed (a correction with a later review date and the reasons). */
  reviewOn: isoDate,
  /** Ended early: in force up to the day before. */
  endedOn: isoDate.nullable().default(null),
}).refine((a) => a.reviewOn >= a.startsOn, { message: 'must be on or after the start', path: ['reviewOn'] });

export const caseReviewDetails = z.object({
  supervisionSummary: text(8000).min(1, 'is required'),
  recommendation: text(4000).default(''),
  signedOffByUserId: id.nullable().default(null),
  signedOffOn: isoDate.nullable().default(null),
});

export const RECORD_TYPES = [
  'contact',
  'session',
  'complaint',
  'issue',
  'boundary_incident',
  'behaviour_incident',
  'safeguarding_note',
  'counselling_review',
  'communication_agreement',
  'case_review',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Every record type's details schema; RECORD_TYPES is the order forms and filters show them. */
export const RECORD_DETAILS = {
  contact: contactDetails,
  session: sessionDetails,
  complaint: complaintDetails,
  issue: issueDetails,
  boundary_incident: boundaryIncidentDetails,
  behaviour_incident: behaviourIncidentDetails,
  safeguarding_note: safeguardingNoteDetails,
  counselling_review: counsellingReviewDetails,
  communication_agreement: communicationAgreementDetails,
  case_review: caseReviewDetails,
} as const satisfies Record<RecordType, z.ZodType>;
export type RecordDetails<T extends RecordType> = z.output<(typeof RECORD_DETAILS)[T]>;

/** Restricted types: readable only by the clinical lead, the director and the case's client manager (SPEC 6). */
export const RESTRICTED_TYPES: readonly RecordType[] = ['safeguarding_note'];
