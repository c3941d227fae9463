// What people read instead of the contract's identifiers. Typed as records over the contract's
// unions, so a new role, service or status fails the type check until it has a label here.
import type { CaseSummary, Role, Service, StaffRole } from '../electron/core/contract';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  director: 'Director',
  client_manager: 'Client manager',
  clinical_lead: 'Clinical lead',
  appeals_officer: 'Appeals officer',
};

export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  tutor: 'Tutor',
  counsellor: 'Counsellor',
  support_worker: 'Support worker',
  mentor: 'Mentor',
  client_manager: 'Client manager',
  clinical_lead: 'Clinical lead',
  director: 'Director',
  reception: 'Reception',
  appeals_officer: 'Appeals officer',
};

export const SERVICE_LABELS: Readonly<Record<Service, string>> = {
  online_tuition: 'Online tuition',
  in_practice_tuition: 'In-practice tuition',
  counselling_open_ended: 'Counselling (open-ended)',
  counselling_short_term: 'Counselling (short-term)',
  information_advice: 'Information and advice',
};

export type CaseStatus = CaseSummary['status'];

export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  active: 'Active',
  under_review: 'Under review',
  warned: 'Warned',
  restricted: 'Restricted',
  withdrawn: 'Withdrawn',
  closed: 'Closed',
};

/** Roles a new user may be given: the contract's `users.add` excludes the director. */
export type AssignableRole = Exclude<Role, 'director'>;

/** Options for a select, in the order the labels are written above. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>, keys?: readonly K[]): { label: string; value: K }[] {
  // A Record<K, string> has exactly the keys K; Object.keys only forgets that.
  const chosen = keys ?? (Object.keys(labels) as K[]);
  return chosen.map((value) => ({ label: labels[value], value }));
}
