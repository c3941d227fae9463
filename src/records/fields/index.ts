// Every record type's detail fields, for the generic record form and the record view.
import type { RecordType } from '../../../electron/core/contract';
import { caseReviewFields, communicationAgreementFields } from './agreements';
import { counsellingReviewFields, safeguardingNoteFields } from './clinical';
import { complaintFields } from './complaint';
import { contactFields } from './contact';
import { behaviourIncidentFields, boundaryIncidentFields } from './incidents';
import { issueFields } from './issue';
import { sessionFields } from './session';
import type { DetailSpecs, FieldSpec } from './types';

export const RECORD_FIELDS = {
  contact: contactFields,
  session: sessionFields,
  complaint: complaintFields,
  issue: issueFields,
  boundary_incident: boundaryIncidentFields,
  behaviour_incident: behaviourIncidentFields,
  safeguarding_note: safeguardingNoteFields,
  counselling_review: counsellingReviewFields,
  communication_agreement: communicationAgreementFields,
  case_review: caseReviewFields,
} satisfies { readonly [T in RecordType]: DetailSpecs<T> };

export interface NamedField {
  /** The detail's key in the contract, e.g. "clientParties". */
  readonly key: string;
  readonly spec: FieldSpec;
}

/** A type's detail fields in the order the form shows them. */
export function fieldsOf(type: RecordType): readonly NamedField[] {
  const specs: Readonly<Record<string, FieldSpec>> = RECORD_FIELDS[type];
  return Object.entries(specs).map(([key, spec]) => ({ key, spec }));
}

export type { FieldSpec, FormValue, FormValues, LengthValue } from './types';
