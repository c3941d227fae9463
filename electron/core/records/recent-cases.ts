// The cases this user opened lately (SPEC section 9: a desktop app's "recent" list), read from
// the access log that cases.get already writes, so the list cannot disagree with the log and
// nothing new about the user's work is kept. Erased cases never come back through it.
import type { Output } from '../contract';
import type { Database } from '../store/sqlite';
import { getCase } from './cases';

interface RecentRow {
  case_id: string;
  opened_seq: number;
  opened_at: string;
}

// Served by access_log_user_cases (migration 0010): one user's case opens, newest per case.
// With max() SQLite takes the bare column `at` from the row holding the maximum (documented
// behaviour), so each case's time is that of its latest open.
export const RECENT_CASES = `
  SELECT a.case_id, max(a.seq) AS opened_seq, a.at AS opened_at
  FROM access_log a
  WHERE a.user_id = ? AND a.kind = 'case' AND a.case_id NOT IN (SELECT case_id FROM erased_cases)
  GROUP BY a.case_id
  ORDER BY opened_seq DESC
  LIMIT ?`;

export function recentCases(db: Database, userId: string, limit: number): Output<'cases.recent'> {
  const rows = db.prepare(RECENT_CASES).all(userId, limit) as RecentRow[];
  return rows.map((row) => ({ case: getCase(db, row.case_id), openedAt: row.opened_at }));
}
