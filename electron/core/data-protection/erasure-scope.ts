// What erasing a client covers: every case they are the client of, and the people on those cases'
// client side (a student, another carer) who appear nowhere else in the store. Someone also on
// another client's case is kept, since that case is another person's record.
import type { Database } from '../store/sqlite';

export interface ErasureScope {
  readonly personId: string;
  readonly caseIds: readonly string[];
  readonly caseReferences: readonly string[];
  /** Client-side people erased with the client. */
  readonly companionIds: readonly string[];
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export function erasureScope(db: Database, personId: string, alsoCases: readonly string[] = [], alsoCompanions: readonly string[] = []): ErasureScope {
  const own = db.prepare('SELECT id FROM cases WHERE client_id = ?').all(personId) as { id: string }[];
  const known = alsoCases.length ? (db.prepare(`SELECT id FROM cases WHERE id IN (${placeholders(alsoCases.length)})`).all(...alsoCases) as { id: string }[]) : [];
  const caseIds = [...new Set([...own, ...known].map((r) => r.id))].sort();
  const inScope = new Set(caseIds);
  const refs = caseIds.length ? (db.prepare(`SELECT reference FROM cases WHERE id IN (${placeholders(caseIds.length)}) ORDER BY reference`).all(...caseIds) as { reference: string }[]) : [];

  const linked = new Set<string>(alsoCompanions);
  const byCase = db.prepare("SELECT person_id AS id FROM case_people WHERE case_id = ? UNION SELECT student_id FROM cases WHERE id = ? AND student_id IS NOT NULL");
  for (const caseId of caseIds) for (const r of byCase.all(caseId, caseId) as { id: string }[]) linked.add(r.id);
  linked.delete(personId);

  const elsewhere = db.prepare(
    `SELECT c.id FROM cases c WHERE c.client_id = @p OR c.student_id = @p
     UNION SELECT case_id FROM case_people WHERE person_id = @p
     UNION SELECT r.case_id FROM record_parties rp JOIN records r ON r.id = rp.record_id WHERE rp.person_id = @p`,
  );
  const kind = db.prepare('SELECT kind FROM people WHERE id = ?');
  const onClientSide = (id: string): boolean => {
    const row = kind.get(id) as { kind: string } | undefined;
    return row !== undefined && row.kind !== 'staff';
  };
  const companionIds = [...linked]
    .filter(onClientSide)
    .filter((id) => (elsewhere.all({ p: id }) as { id: string }[]).every((r) => inScope.has(r.id)))
    .sort();
  return { personId, caseIds, caseReferences: refs.map((r) => r.reference), companionIds };
}
