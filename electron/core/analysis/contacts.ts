// SPEC section 3's common semantics for contacts, in one place so every flag reads them alike.
import type { StaffRole } from '../contract';
import { recordsOf, type AnalysisCase, type RecordOf } from './model';

export type Contact = RecordOf<'contact'>;

/**
 * "Contacts from the client": inbound from the client side, not requested by the service, and
 * not a cancellation or rescheduling (which Sue Lambert 4.1 allows outside allocated times).
 */
export function isFromClient(c: Contact): boolean {
  return c.details.direction === 'from_client_side' && !c.details.requestedByService && c.details.purpose !== 'cancellation_or_rescheduling';
}

/**
 * Whether a contact's issue is open on a date: not resolved, or resolved on or after that date.
 * A contact with no issue has none open.
 */
export function issueOpenOn(c: AnalysisCase, issueId: string | null, date: string): boolean {
  if (!issueId) return false;
  const issue = c.records.find((r): r is RecordOf<'issue'> => r.type === 'issue' && r.id === issueId);
  return issue !== undefined && (issue.details.resolvedOn === null || issue.details.resolvedOn >= date);
}

/**
 * Contacts that count towards COMM-1..3: from the client, and not bringing new information on
 * an open issue (SENDIASS: "Raising legitimate queries or criticisms ... should not in itself
 * lead to someone being regarded as unreasonably persistent").
 */
export function persistenceContacts(c: AnalysisCase): Contact[] {
  return recordsOf(c, 'contact').filter((k) => isFromClient(k) && !bringsNewInformationOnOpenIssue(c, k));
}

export function bringsNewInformationOnOpenIssue(c: AnalysisCase, k: Contact): boolean {
  return k.details.bringsNewInformation && issueOpenOn(c, k.details.issueId, k.date);
}

/**
 * A contact that is a complaint or a criticism of the service. Raising one is legitimate
 * (SENDIASS; Sue Lambert 4.3): guard G-1 and G-7 keep it from being held against the client.
 */
export function isCriticismOfService(k: Contact): boolean {
  return k.details.purpose === 'complaint';
}

/** Staff roles that are the frontline worker's organisation around them (Westcountry, pairing). */
const GROUP_ROLES: readonly StaffRole[] = ['client_manager', 'mentor', 'reception'];

/** A frontline worker: the tutor, counsellor or support worker who works with the client. */
export function isFrontline(c: AnalysisCase, staffId: string): boolean {
  const role = c.staff.get(staffId)?.staffRole;
  return role === 'tutor' || role === 'counsellor' || role === 'support_worker';
}

/** A client manager or mentor: by role, or as the case's own client manager or mentor. */
export function isManagerOrMentor(c: AnalysisCase, staffId: string): boolean {
  const role = c.staff.get(staffId)?.staffRole;
  return staffId === c.clientManagerId || staffId === c.mentorId || role === 'client_manager' || role === 'mentor';
}

/** A contact with the organisation around the worker: a client manager, a mentor, or the main desk. */
export function isWithGroup(c: AnalysisCase, k: Contact): boolean {
  if (k.details.line === 'main_desk_phone') return true;
  return k.details.staffParties.some((id) => isManagerOrMentor(c, id) || GROUP_ROLES.includes(c.staff.get(id)?.staffRole ?? 'tutor'));
}
