// Human words for the chronology's identifiers: record types and every enum of record-details.
// Typed as records over the contract's unions, so a new medium, outcome or kind fails the type
// check until it has a label here.
import type { RecordDetails, RecordType } from '../../electron/core/contract';

type Labels<K extends string> = Readonly<Record<K, string>>;
type Of<T extends RecordType, F extends keyof RecordDetails<T>> = NonNullable<RecordDetails<T>[F]>;
type ItemOf<V> = V extends readonly (infer E)[] ? E : never;

/**
 * The contract's RESTRICTED_TYPES, restated so the renderer does not bundle the contract's zod
 * schemas for one list (a test holds the two equal). The core enforces the restriction anyway.
 */
export const RESTRICTED_RECORD_TYPES: readonly RecordType[] = ['safeguarding_note'];

/** In the contract's order of RECORD_TYPES: the order forms and filters show the types in. */
export const RECORD_TYPE_LABELS: Labels<RecordType> = {
  contact: 'Contact',
  session: 'Session',
  complaint: 'Complaint',
  issue: 'Issue',
  boundary_incident: 'Boundary incident',
  behaviour_incident: 'Behaviour incident',
  safeguarding_note: 'Safeguarding note',
  counselling_review: 'Counselling review',
  communication_agreement: 'Communication agreement',
  case_review: 'Case review',
};

/** One line under each type on the "Add record" chooser: what it is for. */
export const RECORD_TYPE_HINTS: Labels<RecordType> = {
  contact: 'A call, message, email, letter or meeting with the client side',
  session: 'A planned tuition or counselling session and what happened',
  complaint: 'A complaint: its route, whom it is about and its outcome',
  issue: 'A matter the client raises, which contacts and complaints refer to',
  boundary_incident: 'A professional boundary crossed on the staff side',
  behaviour_incident: 'Aggression, harassment or other behaviour from the client side',
  safeguarding_note: 'A disclosure or a risk to others (restricted)',
  counselling_review: "The clinical lead's review of a counselling case",
  communication_agreement: 'How and when the client and the service will communicate',
  case_review: 'The supervision summary and recommendation',
};

export const MEDIUM_LABELS: Labels<Of<'contact', 'medium'>> = {
  phone_call: 'Phone call',
  text_message: 'Text message',
  email: 'Email',
  letter: 'Letter',
  video_call: 'Video call',
  social_media_message: 'Social media message',
  in_person: 'In person',
};

export const LINE_LABELS: Labels<Of<'contact', 'line'>> = {
  main_desk_phone: 'Main desk phone',
  practice_mobile: 'Practice mobile',
  personal_phone_withheld: 'Personal phone, number withheld',
  personal_phone_shown: 'Personal phone, number shown',
  company_email: 'Company email',
  personal_email: 'Personal email',
  service_inbox: 'Service inbox',
  helpline: 'Helpline',
  approved_video_platform: 'Approved video platform',
  other_video_platform: 'Other video platform',
};

export const DIRECTION_LABELS: Labels<Of<'contact', 'direction'>> = {
  from_client_side: 'From the client side',
  to_client: 'To the client',
};

export const PURPOSE_LABELS: Labels<Of<'contact', 'purpose'>> = {
  tuition_or_support: 'Tuition or support',
  cancellation_or_rescheduling: 'Cancellation or rescheduling',
  complaint: 'Complaint',
  enquiry: 'Enquiry',
  safeguarding: 'Safeguarding',
  other: 'Other',
};

export const TONE_LABELS: Labels<ItemOf<Of<'contact', 'toneMarkers'>>> = {
  sarcastic: 'Sarcastic',
  rude: 'Rude',
  derogatory: 'Derogatory',
  discriminatory: 'Discriminatory',
  threatening: 'Threatening',
};

export const LENGTH_UNIT_LABELS: Labels<Of<'contact', 'length'>['unit']> = { minutes: 'Minutes', words: 'Words' };

export const LOCATION_LABELS: Labels<Of<'session', 'location'>> = {
  online_from_home: 'Online from home',
  practice: 'At the practice',
  other: 'Elsewhere',
};

export const OUTCOME_LABELS: Labels<Of<'session', 'outcome'>> = {
  planned: 'Planned (not yet held)',
  attended: 'Attended',
  did_not_attend: 'Did not attend',
  cancelled_by_client_with_due_cause: 'Cancelled by the client, with due cause',
  cancelled_by_client_without_due_cause: 'Cancelled by the client, without due cause',
  cancelled_by_service: 'Cancelled by the service',
  technology_failure: 'Technology failure',
};

export const TECH_FAILURE_LABELS: Labels<Of<'session', 'technologyFailure'>> = {
  no_sound: 'No sound',
  no_video: 'No video',
  unstable_connection: 'Unstable connection',
  failed_connection: 'Failed connection',
};

export const ROUTE_LABELS: Labels<Of<'complaint', 'route'>> = {
  phone: 'Phone',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
  online_form: 'Online form',
  other: 'Other',
};

export const INVESTIGATION_LABELS: Labels<Of<'complaint', 'investigationStatus'>> = {
  received: 'Received',
  investigating: 'Being investigated',
  completed: 'Completed',
};

export const COMPLAINT_OUTCOME_LABELS: Labels<Of<'complaint', 'outcome'>> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
};

export const BOUNDARY_KIND_LABELS: Labels<Of<'boundary_incident', 'kind'>> = {
  personal_number_given: 'Personal number given',
  personal_phone_not_withheld: 'Personal phone not withheld',
  text_from_personal_phone: 'Text from a personal phone',
  gift: 'Gift',
  social_invitation: 'Social invitation',
  personal_disclosure: 'Personal disclosure',
  contact_outside_allocated_times: 'Contact outside allocated times',
  unapproved_platform: 'Unapproved platform',
  financial_negotiation: 'Financial negotiation or fee reduction offered',
  personal_opinion_as_company_advice: 'Personal opinion given as company advice',
  friendship_after_closure: 'Friendship after closure',
};

export const SEVERITY_LABELS: Labels<Of<'boundary_incident', 'severity'>> = {
  minor: 'Minor: a lapse that supervision corrects',
  moderate: 'Moderate: repeated, or with a risk of harm',
  serious: 'Serious: harm, exploitation or a relationship outside the work',
};

export const BEHAVIOUR_KIND_LABELS: Labels<Of<'behaviour_incident', 'kind'>> = {
  verbal_aggression: 'Verbal aggression',
  physical_aggression: 'Physical aggression',
  threatening_behaviour: 'Threatening behaviour',
  harassment: 'Harassment',
  sexual_harassment: 'Sexual harassment',
  knowingly_false_complaint: 'Knowingly false complaint or allegation (a finding)',
  stalking: 'Stalking',
};

export const RISK_LABELS: Labels<Of<'behaviour_incident', 'riskToStaff'>> = {
  none: 'None',
  some: 'Some',
  serious: 'Serious',
};

export const CONCERN_LABELS: Labels<Of<'safeguarding_note', 'concern'>> = {
  suicide_or_self_harm_disclosure: 'Suicide or self-harm disclosure',
  risk_to_others: 'Risk to others',
};
