// Labels come from the contract (the core uses the same words); this adds what only forms need.
import type { Role } from '../electron/core/contract';

export { ROLE_LABELS, SERVICE_LABELS, STAFF_ROLE_LABELS, STATUS_LABELS } from '../electron/core/contract/labels';
export type { CaseStatus } from '../electron/core/contract';

/** Roles a new user may be given: the contract's `users.add` excludes the director. */
export type AssignableRole = Exclude<Role, 'director'>;

/** Options for a select, in the order the labels are written above. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>, keys?: readonly K[]): { label: string; value: K }[] {
  // A Record<K, string> has exactly the keys K; Object.keys only forgets that.
  const chosen = keys ?? (Object.keys(labels) as K[]);
  return chosen.map((value) => ({ label: labels[value], value }));
}
