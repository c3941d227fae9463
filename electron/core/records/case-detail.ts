// One case with its people, and the changes a client manager makes to them.
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import type { CaseDetail, ClientSidePerson, ParsedInput } from '../contract';
import { refuseErasedCase } from '../data-protection/erased';
import { CoreError } from '../errors';
import { getCase } from './cases';
import { getClientSide, getStaff, insertPerson, listClientSide } from './people';
import type { Writer } from './record-service';
import { shareCaseKeys } from './restricted-keys';

interface CaseExtraRow {
  student_id: string | null;
  mentor_id: string | null;
  boundaries_explained_on: string | null;
}

export function getCaseDetail(w: Pick<Writer, 'db'>, caseId: string): CaseDetail {
  const summary = getCase(w.db, caseId);
  const extra = w.db.prepare('SELECT student_id, mentor_id, boundaries_explained_on FROM cases WHERE id = ?').get(caseId) as CaseExtraRow;
  return {
    ...summary,
    client: getClientSide(w.db, summary.clientId),
    student: extra.student_id ? getClientSide(w.db, extra.student_id) : null,
    mentor: extra.mentor_id ? getStaff(w.db, extra.mentor_id) : null,
    boundariesExplainedOn: extra.boundaries_explained_on,
    clientSide: listClientSide(w.db, caseId),
  };
}

const COLUMNS = {
  allocatedWorkerId: 'allocated_worker_id',
  clientManagerId: 'client_manager_id',
  studentId: 'student_id',
  mentorId: 'mentor_id',
  boundariesExplainedOn: 'boundaries_explained_on',
} as const;

export function updateCase(w: Writer, input: ParsedInput<'cases.update'>): CaseDetail {
  return w.db.transaction(() => {
    const before = getCaseDetail(w, input.caseId);
    if (input.allocatedWorkerId) getStaff(w.db, input.allocatedWorkerId);
    if (input.mentorId) getStaff(w.db, input.mentorId);
    if (input.studentId && !before.clientSide.some((p) => p.id === input.studentId && p.kind === 'student')) {
      throw new CoreError('invalid_input', 'The student must be a student on this case.', [{ path: 'studentId', message: 'must be a student on this case' }]);
    }
    if (input.clientManagerId) {
      const manager = getStaff(w.db, input.clientManagerId);
      if (!manager.userId || (manager.staffRole !== 'client_manager' && manager.staffRole !== 'director')) {
        throw new CoreError('invalid_input', 'The client manager must be a user with the client manager (or director) role.', [{ path: 'clientManagerId', message: 'must be a client manager' }]);
      }
      // The new client manager may read this case's restricted records: share its key with them.
      shareCaseKeys(w.db, w.vault, manager.userId, [input.caseId]);
    }
    for (const [field, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
      const value = input[field];
      if (value !== undefined) w.db.prepare(`UPDATE cases SET ${column} = ? WHERE id = ?`).run(value, input.caseId);
    }
    const after = getCaseDetail(w, input.caseId);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'case.update', entity: 'case', entityId: input.caseId, keyId: personKeyId(before.clientId), before, after }, w.at);
    return after;
  })();
}

export function addClientSidePerson(w: Writer, input: ParsedInput<'people.addClientSide'>): ClientSidePerson {
  return w.db.transaction(() => {
    const kase = getCase(w.db, input.caseId);
    refuseErasedCase(w.db, kase.id);
    const personId = insertPerson(w.db, { kind: input.kind, fullName: input.fullName, phone: input.phone, email: input.email, address: input.address }, w.user.id, w.at);
    w.db.prepare('INSERT INTO case_people (case_id, person_id) VALUES (?, ?)').run(kase.id, personId);
    if (input.asStudent) {
      if (input.kind !== 'student') throw new CoreError('invalid_input', 'Only a student can be made the case’s student.', [{ path: 'asStudent', message: 'needs kind student' }]);
      w.db.prepare('UPDATE cases SET student_id = ? WHERE id = ?').run(personId, kase.id);
    }
    appendAudit(w.db, { actorUserId: w.user.id, action: 'case.add-person', entity: 'case', entityId: kase.id, keyId: personKeyId(kase.clientId), before: null, after: { personId, kind: input.kind } }, w.at);
    return getClientSide(w.db, personId);
  })();
}
