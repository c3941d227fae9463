// A complaint (SPEC 2): how it came, whom or what it is about, and where the procedure stands.
import { COMPLAINT_OUTCOME_LABELS, INVESTIGATION_LABELS, ROUTE_LABELS } from '../labels';
import type { DetailSpecs } from './types';

export const complaintFields = {
  route: { kind: 'choice', options: ROUTE_LABELS, label: 'Route' },
  aboutPersonId: { kind: 'person', from: 'staff', nullable: true, label: 'About (staff person)' },
  aboutWhat: { kind: 'text', label: 'About (what)', hint: 'Whom or what the complaint is about: a person, this, or both.' },
  issueId: { kind: 'record', recordType: 'issue', nullable: true, label: 'Issue' },
  investigationStatus: { kind: 'choice', options: INVESTIGATION_LABELS, label: 'Investigation' },
  outcome: { kind: 'choice', options: COMPLAINT_OUTCOME_LABELS, nullable: true, label: 'Outcome' },
  procedureCompletedOn: { kind: 'date', nullable: true, label: 'Procedure completed on' },
  staffHours: { kind: 'number', min: 0, step: 0.5, initial: 0, label: 'Staff hours spent' },
  seeksReplacement: { kind: 'check', label: 'Seeks a staff member’s replacement' },
} satisfies DetailSpecs<'complaint'>;
