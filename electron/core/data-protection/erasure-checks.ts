// When an erasure is refused (SPEC section 6; UK GDPR Art. 17(3)): while a safeguarding note is on
// one of the client's cases, while a retention hold applies to the client, a case or anyone erased
// with them, or when the reason names them (the reason outlives the erasure).
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';
import type { ErasureScope } from './erasure-scope';

const inList = (n: number): string => `(${Array.from({ length: n }, () => '?').join(', ')})`;

export function refuseSafeguarding(db: Database, scope: ErasureScope): void {
  if (!scope.caseIds.length) return;
  const rows = db
    .prepare(
      `SELECT c.reference, count(*) AS n FROM records r JOIN cases c ON c.id = r.case_id
       WHERE r.case_id IN ${inList(scope.caseIds.length)} AND r.type = 'safeguarding_note' GROUP BY c.reference ORDER BY c.reference`,
    )
    .all(...scope.caseIds) as { reference: string; n: number }[];
  if (!rows.length) return;
  const where = rows.map((r) => `${r.reference} has ${r.n === 1 ? 'one' : r.n}`).join(', ');
  throw new CoreError('conflict', `Erasure is refused while a safeguarding note applies (UK GDPR Art. 17(3)): ${where}. Nothing was erased.`);
}

export function refuseHolds(db: Database, scope: ErasureScope): void {
  const people = [scope.personId, ...scope.companionIds];
  const cases = scope.caseIds.length ? scope.caseIds : [''];
  const rows = db
    .prepare(
      `SELECT h.reason, h.set_at, c.reference FROM retention_holds h LEFT JOIN cases c ON c.id = h.case_id
       WHERE h.cleared_at IS NULL AND (h.person_id IN ${inList(people.length)} OR h.case_id IN ${inList(cases.length)}) ORDER BY h.set_at`,
    )
    .all(...people, ...cases) as { reason: string; set_at: string; reference: string | null }[];
  const [first] = rows;
  if (!first) return;
  const on = first.reference ? `case ${first.reference}` : 'the person';
  const more = rows.length > 1 ? ` (and ${rows.length - 1} more)` : '';
  throw new CoreError(
    'conflict',
    `Erasure is refused while a retention hold applies (UK GDPR Art. 17(3)): ${on} has been on hold since ${first.set_at.slice(0, 10)}: "${first.reason}"${more}. Clear the hold first if it no longer applies. Nothing was erased.`,
  );
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reason is kept after the erasure, so it may not name the client or anyone erased with them. */
export function refuseNamingReason(db: Database, scope: ErasureScope, reason: string): void {
  const people = [scope.personId, ...scope.companionIds];
  const names = (db.prepare(`SELECT full_name FROM people WHERE id IN ${inList(people.length)}`).all(...people) as { full_name: string }[]).map((r) => r.full_name);
  const words = new Set(names.flatMap((n) => [n, ...n.split(/[\s-]+/u)]).filter((w) => w.trim().length >= 3));
  const named = [...words].some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'iu').test(reason));
  if (named) {
    throw new CoreError('invalid_input', 'The reason is kept after the erasure, so it must not name the client or anyone erased with them. Describe the request without their name.', [
      { path: 'reason', message: 'must not name the client' },
    ]);
  }
}
