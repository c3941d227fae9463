// Writes the generated people and cases with the rows and audit entries the app writes for
// them: users (keyslot, person, user row, audit), staff (person and audit, as people.addStaff),
// and each case as cases.create writes it, its student as people.addClientSide does.
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { insertUser } from '../auth/users-repo';
import type { User } from '../contract';
import { insertPerson } from '../records/people';
import type { Database } from '../store/sqlite';
import { addSlot, type UnlockedVault } from '../store/vault';
import { GENERATED_PASSPHRASE, type Cast, type CastUser } from './cast';
import type { PlannedCase } from './cases-plan';

export function userOf(u: CastUser, createdAt: string): User {
  return { id: u.id, personId: u.personId, fullName: u.fullName, login: u.login, role: u.role, mustChangePassphrase: false, createdAt };
}

/**
 * The users get their keyslots first (each a real key derivation, as users.add), then every
 * person row in one transaction. Users keep the public generated passphrase: no one-time
 * passphrase to change, so the benchmark and the tests can unlock as any of them.
 */
export async function writeCast(vault: UnlockedVault, director: User, cast: Cast, at: Date): Promise<void> {
  for (const u of cast.users) await addSlot(vault, { userId: u.id, login: u.login, passphrase: GENERATED_PASSPHRASE });
  const { db } = vault;
  db.transaction(() => {
    for (const u of cast.users) {
      const user = userOf(u, at.toISOString());
      insertPerson(db, { id: u.personId, kind: 'staff', fullName: u.fullName, staffRole: u.role }, director.id, at);
      insertUser(db, user);
      appendAudit(db, { actorUserId: director.id, action: 'user.create', entity: 'user', entityId: u.id, keyId: personKeyId(u.personId), before: null, after: { login: u.login, role: u.role } }, at);
    }
    for (const s of cast.staff) insertPerson(db, { id: s.id, kind: 'staff', fullName: s.fullName, staffRole: s.staffRole }, director.id, at);
  })();
}

/**
 * One case as its client manager opens it: the client, the case row, the student. The mentor,
 * the date the boundaries were explained and a closed status are written with the row rather
 * than as later cases.update calls, so their separate 'case.update' audit rows are not written.
 * Call inside the caller's transaction.
 */
export function writeCase(db: Database, kase: PlannedCase): void {
  const at = new Date(kase.createdAt);
  const actor = kase.manager.id;
  insertPerson(db, { id: kase.client.id, kind: 'client', fullName: kase.client.fullName, phone: kase.client.phone, email: kase.client.email, address: kase.client.address }, actor, at);
  const row = {
    id: kase.id,
    reference: kase.reference,
    client_id: kase.client.id,
    service: kase.service,
    status: kase.status,
    start_date: new Date(kase.startDay * 86_400_000).toISOString().slice(0, 10),
    allocated_worker_id: kase.allocatedWorkerId,
    client_manager_id: kase.manager.personId,
    created_at: kase.createdAt,
    created_by: actor,
  };
  db.prepare(
    `INSERT INTO cases (id, reference, client_id, service, status, start_date, allocated_worker_id, client_manager_id, created_at, created_by, mentor_id, boundaries_explained_on)
     VALUES (@id, @reference, @client_id, @service, @status, @start_date, @allocated_worker_id, @client_manager_id, @created_at, @created_by, @mentor_id, @boundaries_explained_on)`,
  ).run({ ...row, mentor_id: kase.mentorId, boundaries_explained_on: kase.boundariesExplainedOn });
  appendAudit(db, { actorUserId: actor, action: 'case.create', entity: 'case', entityId: row.id, keyId: personKeyId(kase.client.id), before: null, after: row }, at);
  const student = kase.student;
  if (!student) return;
  insertPerson(db, { id: student.id, kind: 'student', fullName: student.fullName, phone: student.phone, email: student.email, address: student.address }, actor, at);
  db.prepare('INSERT INTO case_people (case_id, person_id) VALUES (?, ?)').run(kase.id, student.id);
  db.prepare('UPDATE cases SET student_id = ? WHERE id = ?').run(student.id, kase.id);
  appendAudit(db, { actorUserId: actor, action: 'case.add-person', entity: 'case', entityId: kase.id, keyId: personKeyId(kase.client.id), before: null, after: { personId: student.id, kind: 'student' } }, at);
}
