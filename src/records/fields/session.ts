// A session (SPEC 2): when it was planned, with whom, and what became of it.
import { LOCATION_LABELS, OUTCOME_LABELS, TECH_FAILURE_LABELS } from '../labels';
import type { DetailSpecs } from './types';

export const sessionFields = {
  workerId: { kind: 'person', from: 'staff', label: 'Worker' },
  kind: { kind: 'text', label: 'Kind of session', hint: 'e.g. Maths lesson, counselling session' },
  location: { kind: 'choice', options: LOCATION_LABELS, label: 'Location' },
  outcome: { kind: 'choice', options: OUTCOME_LABELS, label: 'Outcome' },
  // The contract asks for the failure type with a technology failure, and only then.
  technologyFailure: {
    kind: 'choice',
    options: TECH_FAILURE_LABELS,
    nullable: true,
    label: 'Technology failure',
    visibleWhen: (d) => d.outcome === 'technology_failure' || d.technologyFailure !== null,
  },
  replacementForId: { kind: 'record', recordType: 'session', nullable: true, label: 'Replacement for', hint: 'The session this one replaces, if any.' },
  abandonedAndReported: { kind: 'check', label: 'Abandoned and reported' },
  reportFiled: { kind: 'check', label: 'Session report filed' },
} satisfies DetailSpecs<'session'>;
