// Step three of an import, for people: which user and which person of this store each of the
// bundle's users and people is. Users are never created by a bundle. A bundle user is this
// store's user with the same id, or else its current user with the same login and full name (the
// same person in another store); otherwise nobody, and their records will name the importer.
// People keep their ids: a person this store already has must match exactly, or it is a conflict.
import type { CaseBundle, Role, StaffRole } from '../contract';
import type { Database } from '../store/sqlite';
import type { Issues } from './bundle-issues';

export interface TargetUser {
  readonly id: string;
  readonly personId: string;
  readonly role: Role;
}

export interface PeoplePlan {
  /** Bundle user id -> this store's user, or null when there is none. */
  readonly users: ReadonlyMap<string, TargetUser | null>;
  /** Bundle person id -> this store's person id (the same id unless the person is a mapped user's). */
  readonly persons: ReadonlyMap<string, string>;
  readonly staffToCreate: readonly CaseBundle['staff'][number][];
  readonly clientSideToCreate: readonly CaseBundle['cases'][number]['clientSide'][number][];
  readonly matched: readonly string[];
}

interface UserRow {
  id: string;
  person_id: string;
  role: Role;
  full_name: string;
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

function mapUser(db: Database, user: CaseBundle['users'][number]): TargetUser | null {
  const select = 'SELECT u.id, u.person_id, u.role, p.full_name FROM users u JOIN people p ON p.id = u.person_id';
  const byId = db.prepare(`${select} WHERE u.id = ?`).get(user.id) as UserRow | undefined;
  const byLogin = byId ?? (db.prepare(`${select} WHERE u.login = ? AND u.removed_at IS NULL`).get(user.login.toLowerCase()) as UserRow | undefined);
  if (!byLogin || (!byId && !sameName(byLogin.full_name, user.fullName))) return null;
  return { id: byLogin.id, personId: byLogin.person_id, role: byLogin.role };
}

interface PersonRow {
  kind: 'client' | 'student' | 'staff';
  full_name: string;
  staff_role: StaffRole | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export function planPeople(db: Database, bundle: CaseBundle, issues: Issues): PeoplePlan {
  const users = new Map(bundle.users.map((u) => [u.id, mapUser(db, u)]));
  const persons = new Map<string, string>();
  const staffToCreate: CaseBundle['staff'][number][] = [];
  const clientSideToCreate: PeoplePlan['clientSideToCreate'][number][] = [];
  const matched = new Set<string>();
  const selectPerson = db.prepare('SELECT kind, full_name, staff_role, phone, email, address FROM people WHERE id = ?');

  bundle.staff.forEach((s, i) => {
    const owner = bundle.users.find((u) => u.personId === s.id);
    const mappedUser = owner ? users.get(owner.id) : null;
    if (mappedUser) {
      persons.set(s.id, mappedUser.personId);
      matched.add(mappedUser.personId);
      return;
    }
    persons.set(s.id, s.id);
    const row = selectPerson.get(s.id) as PersonRow | undefined;
    if (!row) return void staffToCreate.push(s);
    if (row.kind !== 'staff') issues.add(['staff', i, 'id'], `is a ${row.kind} in this store, not a staff person`, 'conflict');
    else if (row.full_name !== s.fullName || row.staff_role !== s.staffRole) {
      issues.add(['staff', i], `has the id of this store's ${row.full_name} (${row.staff_role}) but other details`, 'conflict');
    } else matched.add(s.id);
  });

  const seen = new Set<string>();
  bundle.cases.forEach((kase, ci) =>
    kase.clientSide.forEach((p, pi) => {
      if (seen.has(p.id)) return;
      seen.add(p.id);
      persons.set(p.id, p.id);
      const row = selectPerson.get(p.id) as PersonRow | undefined;
      if (!row) return void clientSideToCreate.push(p);
      const same = row.kind === p.kind && row.full_name === p.fullName && row.phone === p.phone && row.email === p.email && row.address === p.address;
      if (same) matched.add(p.id);
      else issues.add(['cases', ci, 'clientSide', pi], `has the id of this store's ${row.full_name} (${row.kind}) but other details`, 'conflict');
    }),
  );
  return { users, persons, staffToCreate, clientSideToCreate, matched: [...matched] };
}
