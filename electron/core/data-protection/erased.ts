// The one question the rest of the core asks about erasure: was this case's client erased? Such a
// case stays (its reference and tombstone prove the decision) but takes nothing new; the database
// refuses it too (migration 0006), this says why in words.
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';

export function refuseErasedCase(db: Database, caseId: string): void {
  const row = db.prepare('SELECT e.erased_at FROM erased_cases c JOIN erasures e ON e.id = c.erasure_id WHERE c.case_id = ?').get(caseId) as { erased_at: string } | undefined;
  if (row) throw new CoreError('conflict', `The client of this case was erased on ${row.erased_at.slice(0, 10)}: the case keeps no records or people any more.`);
}
