// The access log (SPEC section 7): who opened which case or restricted record, and when.
// Readable by the director. Not part of the audit chain: reading changes nothing.
import type { Output } from '../contract';
import type { Database } from '../store/sqlite';

export function logAccess(db: Database, at: Date, userId: string, kind: 'case' | 'restricted_record', caseId: string, recordId: string | null = null): void {
  db.prepare('INSERT INTO access_log (at, user_id, kind, case_id, record_id) VALUES (?, ?, ?, ?, ?)').run(at.toISOString(), userId, kind, caseId, recordId);
}

interface AccessRow {
  at: string;
  user_id: string;
  full_name: string;
  kind: 'case' | 'restricted_record';
  case_id: string;
  record_id: string | null;
}

export function listAccess(db: Database, caseId: string | undefined, limit: number): Output<'access.list'> {
  const rows = db
    .prepare(
      `SELECT a.at, a.user_id, p.full_name, a.kind, a.case_id, a.record_id
       FROM access_log a JOIN users u ON u.id = a.user_id JOIN people p ON p.id = u.person_id
       WHERE (@caseId IS NULL OR a.case_id = @caseId)
       ORDER BY a.seq DESC LIMIT @limit`,
    )
    .all({ caseId: caseId ?? null, limit }) as AccessRow[];
  return rows.map((r) => ({ at: r.at, user: { userId: r.user_id, fullName: r.full_name }, kind: r.kind, caseId: r.case_id, recordId: r.record_id }));
}
