// Building blocks of planned records: each type's details with every default the contract fills
// in already present (what records.create would store), and short factual sentences. The
// details written are exactly what the contract's schemas output after parsing.
import type { ParsedInput, RecordDetails } from '../contract';

export type NewRecordInput = ParsedInput<'records.create'>;

/** One record of the plan: its id, the case it belongs to (by plan index) and what is written. */
export interface PlannedRecord {
  readonly id: string;
  readonly caseIndex: number;
  readonly input: NewRecordInput;
}

type Required<T, K extends keyof T> = Pick<T, K> & Partial<Omit<T, K>>;

export function contactDetails(d: Required<RecordDetails<'contact'>, 'medium' | 'line' | 'direction' | 'clientParties' | 'purpose'>): RecordDetails<'contact'> {
  return {
    staffParties: [],
    requestedByService: false,
    withinAllocatedTimes: true,
    issueId: null,
    bringsNewInformation: false,
    length: null,
    toneMarkers: [],
    recordedWithoutConsent: false,
    copiedInWithoutNeed: false,
    clientSaidOthersContacted: false,
    restrictionChecked: false,
    safeguardingConcern: false,
    ...d,
  };
}

export function sessionDetails(d: Required<RecordDetails<'session'>, 'workerId' | 'kind' | 'location' | 'outcome'>): RecordDetails<'session'> {
  return { technologyFailure: null, replacementForId: null, abandonedAndReported: false, reportFiled: false, ...d };
}

export function complaintDetails(d: Required<RecordDetails<'complaint'>, 'route' | 'investigationStatus'>): RecordDetails<'complaint'> {
  return { aboutPersonId: null, aboutWhat: '', issueId: null, outcome: null, procedureCompletedOn: null, staffHours: 0, seeksReplacement: false, ...d };
}

interface Common {
  readonly caseId: string;
  readonly occurredAt: string;
  readonly fact: string;
  readonly significant?: boolean;
  readonly analysis?: string;
}

const common = (c: Common) => ({ caseId: c.caseId, occurredAt: c.occurredAt, fact: c.fact, analysis: c.analysis ?? '', significant: c.significant ?? false });

export const contact = (c: Common, details: RecordDetails<'contact'>): NewRecordInput => ({ ...common(c), type: 'contact', details });
export const session = (c: Common, details: RecordDetails<'session'>): NewRecordInput => ({ ...common(c), type: 'session', details });
export const complaint = (c: Common, details: RecordDetails<'complaint'>): NewRecordInput => ({ ...common(c), type: 'complaint', details });
export const issue = (c: Common, details: RecordDetails<'issue'>): NewRecordInput => ({ ...common(c), type: 'issue', details });
export const boundaryIncident = (c: Common, details: RecordDetails<'boundary_incident'>): NewRecordInput => ({ ...common(c), type: 'boundary_incident', details });
export const behaviourIncident = (c: Common, details: RecordDetails<'behaviour_incident'>): NewRecordInput => ({ ...common(c), type: 'behaviour_incident', details });
export const safeguardingNote = (c: Common, details: RecordDetails<'safeguarding_note'>): NewRecordInput => ({ ...common(c), type: 'safeguarding_note', details });
export const counsellingReview = (c: Common, details: RecordDetails<'counselling_review'>): NewRecordInput => ({ ...common(c), type: 'counselling_review', details });
export const communicationAgreement = (c: Common, details: RecordDetails<'communication_agreement'>): NewRecordInput => ({ ...common(c), type: 'communication_agreement', details });

const MEDIUM_WORDS: Readonly<Record<RecordDetails<'contact'>['medium'], string>> = {
  phone_call: 'Phone call',
  text_message: 'Text message',
  email: 'Email',
  letter: 'Letter',
  video_call: 'Video call',
  social_media_message: 'Social media message',
  in_person: 'Visit',
};

const PURPOSE_WORDS: Readonly<Record<RecordDetails<'contact'>['purpose'], string>> = {
  tuition_or_support: 'about the tuition or support arrangements',
  cancellation_or_rescheduling: 'to cancel or rearrange a session',
  complaint: 'raising a complaint',
  enquiry: 'with a question',
  safeguarding: 'about a safeguarding matter',
  other: 'about other matters',
};

const facts = new Map<string, string>();

/** "Phone call from the client with a question." Shared strings: 500,000 contacts need only a few dozen. */
export function contactFact(d: RecordDetails<'contact'>): string {
  const key = `${d.medium}|${d.direction}|${d.purpose}`;
  let fact = facts.get(key);
  if (!fact) facts.set(key, (fact = `${MEDIUM_WORDS[d.medium]} ${d.direction === 'from_client_side' ? 'from' : 'to'} the client ${PURPOSE_WORDS[d.purpose]}.`));
  return fact;
}

export const SESSION_FACTS: Readonly<Record<RecordDetails<'session'>['outcome'], string>> = {
  attended: 'Session took place as planned.',
  did_not_attend: 'The client did not attend the session.',
  cancelled_by_client_with_due_cause: 'The client cancelled the session with good reason.',
  cancelled_by_client_without_due_cause: 'The client cancelled the session without giving a reason.',
  cancelled_by_service: 'The service cancelled the session.',
  technology_failure: 'The online session failed for technical reasons.',
  planned: 'Session planned.',
};
