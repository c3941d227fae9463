// Cases. Each belongs to one client; its allocated worker and client manager are staff people.
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import type { CaseSummary, ParsedInput } from '../contract';
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';
import { getStaff, insertPerson } from './people';

interface CaseRow {
  id: string;
  reference: string;
  client_id: string;
  client_name: string;
  service: CaseSummary['service'];
  status: CaseSummary['status'];
  start_date: string;
  allocated_worker_id: string;
  client_manager_id: string;
  created_at: string;
}

const SELECT_CASE = `
  SELECT c.id, c.reference, c.client_id, p.full_name AS client_name, c.service, c.status, c.start_date,
         c.allocated_worker_id, c.client_manager_id, c.created_at
  FROM cases c JOIN people p ON p.id = c.client_id`;

function toSummary(db: Database, row: CaseRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    clientId: row.client_id,
    clientName: row.client_name,
    service: row.service,
    status: row.status,
    startDate: row.start_date,
    allocatedWorker: getStaff(db, row.allocated_worker_id),
    clientManager: getStaff(db, row.client_manager_id),
    createdAt: row.created_at,
  };
}

export function listCases(db: Database): CaseSummary[] {
  return (db.prepare(`${SELECT_CASE} ORDER BY c.created_at DESC`).all() as CaseRow[]).map((row) => toSummary(db, row));
}

export function getCase(db: Database, caseId: string): CaseSummary {
  const row = db.prepare(`${SELECT_CASE} WHERE c.id = ?`).get(caseId) as CaseRow | undefined;
  if (!row) throw new CoreError('not_found', 'That case does not exist.');
  return toSummary(db, row);
}

/** One more than the highest TH- number in use: imported cases keep theirs, so a count could clash. */
function nextReference(db: Database): string {
  const { n } = db.prepare("SELECT coalesce(max(CAST(substr(reference, 4) AS INTEGER)), 0) AS n FROM cases WHERE reference LIKE 'TH-%'").get() as { n: number };
  return `TH-${String(n + 1).padStart(4, '0')}`;
}

export function createCase(db: Database, input: ParsedInput<'cases.create'>, actorUserId: string, at: Date): CaseSummary {
  return db.transaction(() => {
    const manager = getStaff(db, input.clientManagerId);
    if (!manager.userId || (manager.staffRole !== 'client_manager' && manager.staffRole !== 'director')) {
      throw new CoreError('invalid_input', 'The client manager must be a user with the client manager (or director) role.', [
        { path: 'clientManagerId', message: 'must be a client manager' },
      ]);
    }
    getStaff(db, input.allocatedWorkerId);
    const clientId = insertPerson(db, { kind: 'client', fullName: input.clientName, phone: input.clientPhone, email: input.clientEmail, address: input.clientAddress }, actorUserId, at);
    const row = {
      id: randomUUID(),
      reference: nextReference(db),
      client_id: clientId,
      service: input.service,
      status: 'active',
      start_date: input.startDate,
      allocated_worker_id: input.allocatedWorkerId,
      client_manager_id: input.clientManagerId,
      created_at: at.toISOString(),
      created_by: actorUserId,
    };
    db.prepare(
      `INSERT INTO cases (id, reference, client_id, service, status, start_date, allocated_worker_id, client_manager_id, created_at, created_by)
       VALUES (@id, @reference, @client_id, @service, @status, @start_date, @allocated_worker_id, @client_manager_id, @created_at, @created_by)`,
    ).run(row);
    appendAudit(db, { actorUserId, action: 'case.create', entity: 'case', entityId: row.id, keyId: personKeyId(clientId), before: null, after: row }, at);
    return getCase(db, row.id);
  })();
}
