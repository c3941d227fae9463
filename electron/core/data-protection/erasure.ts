// Erasing a client (SPEC section 6): director only (the contract), with a reason; refused while a
// safeguarding note or a retention hold applies. Applied in one transaction with its tombstone,
// then listed in the erasure log beside the store, and the WAL checkpointed and truncated so the
// old pages leave it too.
import { randomUUID } from 'node:crypto';
import { forgetCases } from '../analysis/analysis-cache';
import type { ParsedInput, Tombstone } from '../contract';
import { CoreError } from '../errors';
import type { Writer } from '../records/record-service';
import type { Database } from '../store/sqlite';
import { applyErasure } from './erasure-apply';
import { refuseHolds, refuseNamingReason, refuseSafeguarding } from './erasure-checks';
import { appendErasureLog, erasureLogFromDb } from './erasure-log';
import { erasureScope } from './erasure-scope';
import { requireSubject } from './subject';

export function eraseClient(w: Writer, input: ParsedInput<'dataProtection.erase'>): Tombstone {
  const id = randomUUID();
  const scope = w.db.transaction(() => {
    const subject = requireSubject(w.db, input.clientId);
    if (subject.kind !== 'client') {
      throw new CoreError('invalid_input', 'Only a client can be erased: this person is on the client side of a case, and erasing that case’s client erases them with it when they appear nowhere else.', [
        { path: 'clientId', message: 'is not a client' },
      ]);
    }
    const found = erasureScope(w.db, subject.id);
    refuseSafeguarding(w.db, found);
    refuseHolds(w.db, found);
    refuseNamingReason(w.db, found, input.reason);
    applyErasure(w.db, found, { id, reason: input.reason, at: w.at, actorUserId: w.user.id, reapplied: false });
    return found;
  })();
  forgetCases(w.db, scope.caseIds);
  w.db.pragma('wal_checkpoint(TRUNCATE)');
  try {
    // The store's own erasures are merged in, so one that missed the file (below) is added now.
    appendErasureLog(w.vault.paths.dir, [...erasureLogFromDb(w.db).filter((e) => e.id !== id), { id, personId: scope.personId, caseIds: [...scope.caseIds], companionIds: [...scope.companionIds], erasedAt: w.at.toISOString() }]);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CoreError(
      'internal',
      `The client was erased (tombstone ${id}), but the erasure log beside the store could not be updated (${why}). The next erasure writes it again; until then, a restore from an older backup would not re-apply this erasure.`,
    );
  }
  return tombstoneOf(w.db, id);
}

interface TombstoneRow {
  id: string;
  person_id: string;
  erased_at: string;
  erased_by_name: string | null;
  reason: string;
  case_references: string;
  records_erased: number;
  people_erased: number;
  reapplied: 0 | 1;
}

const SELECT = `SELECT e.id, e.person_id, e.erased_at, p.full_name AS erased_by_name, e.reason, e.case_references, e.records_erased, e.people_erased, e.reapplied
  FROM erasures e LEFT JOIN users u ON u.id = e.erased_by LEFT JOIN people p ON p.id = u.person_id`;

const toTombstone = (r: TombstoneRow): Tombstone => ({
  id: r.id,
  personId: r.person_id,
  erasedAt: r.erased_at,
  erasedBy: r.erased_by_name,
  reason: r.reason,
  caseReferences: JSON.parse(r.case_references) as string[],
  recordsErased: r.records_erased,
  peopleErased: r.people_erased,
  reapplied: r.reapplied === 1,
});

export function tombstoneOf(db: Database, id: string): Tombstone {
  const row = db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as TombstoneRow | undefined;
  if (!row) throw new CoreError('not_found', 'There is no such erasure.');
  return toTombstone(row);
}

export function listTombstones(db: Database): Tombstone[] {
  return (db.prepare(`${SELECT} ORDER BY e.erased_at DESC, e.id`).all() as TombstoneRow[]).map(toTombstone);
}
