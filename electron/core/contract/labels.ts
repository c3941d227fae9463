// What people read instead of the contract's identifiers: the same words in the UI, the core's
// messages, letters and exports. Typed as records over the contract's unions, so a new role,
// service or status fails the type check until it has a label here. Environment-neutral.
import type { Role } from './define';
import type { StaffRole } from './schemas';
import type { CaseStatus, Service } from './records';

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

export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  active: 'Active',
  under_review: 'Under review',
  warned: 'Warned',
  restricted: 'Restricted',
  withdrawn: 'Withdrawn',
  closed: 'Closed',
};
