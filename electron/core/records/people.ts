// People: clients, students and staff. The chronology issue adds contact details and versions.
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import type { ClientSidePerson, StaffPerson, StaffRole } from '../contract';
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';

export type PersonKind = 'client' | 'student' | 'staff';

export interface NewPerson {
  /** Given when the caller needs the id before the row exists (the director at setup). */
  readonly id?: string;
  readonly kind: PersonKind;
  readonly fullName: string;
  readonly staffRole?: StaffRole;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly address?: string | null;
}

/** Inserts a person and audits it; call inside the caller's transaction. */
export function insertPerson(db: Database, person: NewPerson, actorUserId: string | null, at: Date): string {
  const id = person.id ?? randomUUID();
  const row = {
    id,
    kind: person.kind,
    full_name: person.fullName,
    staff_role: person.staffRole ?? null,
    phone: person.phone ?? null,
    email: person.email ?? null,
    address: person.address ?? null,
    created_at: at.toISOString(),
  };
  db.prepare(
    'INSERT INTO people (id, kind, full_name, staff_role, phone, email, address, created_at) VALUES (@id, @kind, @full_name, @staff_role, @phone, @email, @address, @created_at)',
  ).run(row);
  appendAudit(db, { actorUserId, action: 'person.create', entity: 'person', entityId: id, keyId: personKeyId(id), before: null, after: row }, at);
  return id;
}

interface StaffRow {
  id: string;
  full_name: string;
  staff_role: StaffRole;
  user_id: string | null;
}

const SELECT_STAFF = `
  SELECT p.id, p.full_name, p.staff_role, u.id AS user_id
  FROM people p LEFT JOIN users u ON u.person_id = p.id AND u.removed_at IS NULL
  WHERE p.kind = 'staff'`;

const toStaff = (row: StaffRow): StaffPerson => ({ id: row.id, fullName: row.full_name, staffRole: row.staff_role, userId: row.user_id });

export function listStaff(db: Database): StaffPerson[] {
  return (db.prepare(`${SELECT_STAFF} ORDER BY p.full_name`).all() as StaffRow[]).map(toStaff);
}

export function getStaff(db: Database, personId: string): StaffPerson {
  const row = db.prepare(`${SELECT_STAFF} AND p.id = ?`).get(personId) as StaffRow | undefined;
  if (!row) throw new CoreError('not_found', 'That staff person does not exist.');
  return toStaff(row);
}

interface ClientSideRow {
  id: string;
  kind: 'client' | 'student';
  full_name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
}

const toClientSide = (r: ClientSideRow): ClientSidePerson => ({ id: r.id, kind: r.kind, fullName: r.full_name, phone: r.phone, email: r.email, address: r.address });

export function getClientSide(db: Database, personId: string): ClientSidePerson {
  const row = db.prepare("SELECT id, kind, full_name, phone, email, address FROM people WHERE id = ? AND kind IN ('client', 'student')").get(personId) as ClientSideRow | undefined;
  if (!row) throw new CoreError('not_found', 'That client-side person does not exist.');
  return toClientSide(row);
}

/** The client and everyone linked to the case on the client side, client first. */
export function listClientSide(db: Database, caseId: string): ClientSidePerson[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.kind, p.full_name, p.phone, p.email, p.address FROM people p
       WHERE p.id = (SELECT client_id FROM cases WHERE id = @caseId)
          OR p.id IN (SELECT person_id FROM case_people WHERE case_id = @caseId)
       ORDER BY p.id = (SELECT client_id FROM cases WHERE id = @caseId) DESC, p.full_name`,
    )
    .all({ caseId }) as ClientSideRow[];
  return rows.map(toClientSide);
}
