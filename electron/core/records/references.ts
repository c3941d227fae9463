// Checks that every person, issue and record a record's details point at exists, belongs to
// the same case where it must, and is the right kind; and derives the record's parties.
import type { ParsedInput } from '../contract';
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';

type Details = ParsedInput<'records.create'> | ParsedInput<'records.correct'>;
export type Party = { personId: string; side: 'client' | 'staff' };

function refuse(path: string, message: string): never {
  throw new CoreError('invalid_input', `The record was not saved: ${path.split('.').at(-1)} ${message}.`, [{ path, message }]);
}

function personKind(db: Database, personId: string): string | null {
  const row = db.prepare('SELECT kind FROM people WHERE id = ?').get(personId) as { kind: string } | undefined;
  return row?.kind ?? null;
}

function requireStaff(db: Database, path: string, personId: string | null): void {
  if (personId !== null && personKind(db, personId) !== 'staff') refuse(path, 'must be a staff person');
}

function requireClientSide(db: Database, path: string, personId: string): void {
  const kind = personKind(db, personId);
  if (kind !== 'client' && kind !== 'student') refuse(path, 'must be a client-side person (the client or the student)');
}

function requireCaseRecord(db: Database, path: string, caseId: string, recordId: string | null, type: string): void {
  if (recordId === null) return;
  const row = db.prepare('SELECT case_id, type FROM records WHERE id = ?').get(recordId) as { case_id: string; type: string } | undefined;
  if (!row || row.case_id !== caseId || row.type !== type) refuse(path, `must be a ${type.replace('_', ' ')} of this case`);
}

function requireUser(db: Database, path: string, userId: string | null, role?: string): void {
  if (userId === null) return;
  const row = db.prepare('SELECT role FROM users WHERE id = ?').get(userId) as { role: string } | undefined;
  if (!row || (role && row.role !== role)) refuse(path, role ? `must be a ${role.replace('_', ' ')}` : 'must be a user');
}

/** Validates references and returns who the record involves, for the party filter. */
export function checkReferences(db: Database, caseId: string, clientId: string, input: Details): Party[] {
  switch (input.type) {
    case 'contact': {
      const d = input.details;
      d.clientParties.forEach((p, i) => requireClientSide(db, `details.clientParties.${i}`, p));
      d.staffParties.forEach((p, i) => requireStaff(db, `details.staffParties.${i}`, p));
      requireCaseRecord(db, 'details.issueId', caseId, d.issueId, 'issue');
      return [...d.clientParties.map((personId) => ({ personId, side: 'client' as const })), ...d.staffParties.map((personId) => ({ personId, side: 'staff' as const }))];
    }
    case 'session':
      requireStaff(db, 'details.workerId', input.details.workerId);
      requireCaseRecord(db, 'details.replacementForId', caseId, input.details.replacementForId, 'session');
      return [{ personId: clientId, side: 'client' }, { personId: input.details.workerId, side: 'staff' }];
    case 'complaint':
      requireStaff(db, 'details.aboutPersonId', input.details.aboutPersonId);
      requireCaseRecord(db, 'details.issueId', caseId, input.details.issueId, 'issue');
      return [{ personId: clientId, side: 'client' }, ...(input.details.aboutPersonId ? [{ personId: input.details.aboutPersonId, side: 'staff' as const }] : [])];
    case 'boundary_incident':
      requireStaff(db, 'details.workerId', input.details.workerId);
      return [{ personId: input.details.workerId, side: 'staff' }];
    case 'counselling_review':
      requireUser(db, 'details.assessedByUserId', input.details.assessedByUserId, 'clinical_lead');
      return [];
    case 'communication_agreement':
      requireStaff(db, 'details.singlePointOfContactId', input.details.singlePointOfContactId);
      return [{ personId: clientId, side: 'client' }];
    case 'case_review':
      requireUser(db, 'details.signedOffByUserId', input.details.signedOffByUserId);
      return [];
    case 'issue':
    case 'behaviour_incident':
    case 'safeguarding_note':
      return [{ personId: clientId, side: 'client' }];
  }
}
