// Who is who in a subject access export, case by case: the label each person and user is shown
// as, and the names to redact from free text (docs/data-protection.md, "Redaction rule").
//   - the subject: their own name;
//   - anyone else on the client side, and any other client: "[another person]";
//   - staff: their role, "[tutor]"; except the case's client manager, acting in role as the
//     client's named contact, who keeps their name, unless risk to staff is recorded on the case
//     (a behaviour incident with some or serious risk: SPEC 4.4, "without increasing risks to staff").
import { STAFF_ROLE_LABELS, type StaffRole } from '../contract';
import type { Database } from '../store/sqlite';
import type { NameToRedact } from './redactor';

export const ANOTHER_PERSON = '[another person]';

interface PersonRow {
  id: string;
  kind: 'client' | 'student' | 'staff';
  full_name: string;
  staff_role: StaffRole | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface StoreCast {
  readonly people: ReadonlyMap<string, PersonRow>;
  /** user id -> person id */
  readonly users: ReadonlyMap<string, string>;
}

export function readCast(db: Database): StoreCast {
  const people = db.prepare('SELECT id, kind, full_name, staff_role, phone, email, address FROM people ORDER BY id').all() as PersonRow[];
  const users = db.prepare('SELECT id, person_id FROM users').all() as { id: string; person_id: string }[];
  return { people: new Map(people.map((p) => [p.id, p])), users: new Map(users.map((u) => [u.id, u.person_id])) };
}

export interface CaseCast {
  personLabel(personId: string): string;
  userLabel(userId: string): string;
  readonly names: readonly NameToRedact[];
}

export const staffLabel = (role: StaffRole | null): string => `[${(role ? STAFF_ROLE_LABELS[role] : 'staff').toLowerCase()}]`;

/** Whether risk to staff is recorded on the case: then even the client manager is shown by role. */
export function riskToStaffRecorded(db: Database, caseId: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
         WHERE r.case_id = ? AND r.type = 'behaviour_incident' AND json_extract(v.details, '$.riskToStaff') IN ('some', 'serious') LIMIT 1`,
      )
      .get(caseId) !== undefined
  );
}

export function caseCast(cast: StoreCast, subjectId: string, clientSideIds: ReadonlySet<string>, namedManagerId: string | null): CaseCast {
  const personLabel = (personId: string): string => {
    const p = cast.people.get(personId);
    if (!p) return ANOTHER_PERSON;
    if (p.id === subjectId) return p.full_name;
    if (p.kind !== 'staff') return ANOTHER_PERSON;
    if (p.id === namedManagerId) return `${p.full_name} (client manager)`;
    return staffLabel(p.staff_role);
  };
  const names: NameToRedact[] = [];
  for (const p of cast.people.values()) {
    if (p.id === subjectId || p.id === namedManagerId) continue;
    if (p.kind === 'staff') names.push({ fullName: p.full_name, label: staffLabel(p.staff_role), kind: 'staff', parts: true });
    else {
      const near = clientSideIds.has(p.id);
      names.push({ fullName: p.full_name, label: ANOTHER_PERSON, kind: 'third_party', parts: near, contacts: near ? [p.phone, p.email, p.address] : [] });
    }
  }
  return {
    personLabel,
    userLabel: (userId) => {
      const personId = cast.users.get(userId);
      return personId ? personLabel(personId) : '[staff]';
    },
    names,
  };
}
