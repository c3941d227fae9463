// "Same id, same content": how an import decides that a case or record the store already holds
// is the bundle's (matched, nothing written) or something else under the same id (a conflict).
// Both sides pass through the same contract schemas, so defaults are filled alike; instants are
// compared as instants, so "…T09:00:00Z" and "…T10:00:00+01:00" are the same time.
import { RESTRICTED_TYPES, type BundleCase, type BundleRecord, type RecordPayload } from '../contract';
import { listClientSide } from '../records/people';
import type { Writer } from '../records/record-service';
import { readVersions } from '../records/record-rows';
import { caseKeyFor, mayReadRestricted } from '../records/restricted-keys';

/** JSON with object keys sorted, so two equal values always print the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const instant = (iso: string): string => new Date(iso).toISOString();

export interface CaseTargets {
  readonly allocatedWorkerId: string;
  /** Null when the bundle's client manager is not a client manager here (then it is not compared). */
  readonly clientManagerId: string | null;
  readonly mentorId: string | null;
}

/** The fields of a stored case that differ from the bundle's (after mapping staff ids). */
export function caseDifferences(w: Writer, kase: BundleCase, targets: CaseTargets): string[] {
  const row = w.db
    .prepare('SELECT service, status, start_date, created_at, client_id, student_id, allocated_worker_id, client_manager_id, mentor_id, boundaries_explained_on FROM cases WHERE id = ?')
    .get(kase.id) as Record<string, string | null>;
  const expected: Record<string, string | null> = {
    service: kase.service,
    // Every status but closed follows the casework as of a date, so only being closed is compared.
    status: kase.status === 'closed' ? 'closed' : 'open',
    start_date: kase.startDate,
    created_at: instant(kase.createdAt),
    client_id: kase.clientId,
    student_id: kase.studentId,
    allocated_worker_id: targets.allocatedWorkerId,
    mentor_id: targets.mentorId,
    boundaries_explained_on: kase.boundariesExplainedOn,
    ...(targets.clientManagerId ? { client_manager_id: targets.clientManagerId } : {}),
  };
  const stored = (k: string): string | null => (k === 'created_at' ? instant(row[k] ?? '') : k === 'status' ? (row[k] === 'closed' ? 'closed' : 'open') : (row[k] ?? null));
  const differ = Object.keys(expected).filter((k) => stored(k) !== expected[k]);
  const side = (ids: string[]): string => ids.sort().join(',');
  if (side(listClientSide(w.db, kase.id).map((p) => p.id)) !== side(kase.clientSide.map((p) => p.id))) differ.push('clientSide');
  return differ;
}

export interface VersionToCompare {
  readonly payload: RecordPayload;
  /** This store's user id, or null when the bundle's author is no user here (then not compared). */
  readonly recordedBy: string | null;
  readonly source: BundleRecord['versions'][number];
}

/**
 * Why a stored record is not the bundle's record, or null when it is. A restricted record the
 * importer may not open cannot be compared, so it is reported rather than assumed equal.
 */
export function recordDifference(w: Writer, caseId: string, record: BundleRecord, versions: readonly VersionToCompare[]): string | null {
  const head = w.db.prepare('SELECT case_id, type, merged_into, restricted FROM records WHERE id = ?').get(record.id) as
    | { case_id: string; type: string; merged_into: string | null; restricted: 0 | 1 }
    | undefined;
  if (!head) return 'no longer exists';
  if (head.case_id !== caseId) return 'has the id of a record of another case in this store';
  if (head.type !== record.type) return `has the id of a ${head.type.replace('_', ' ')} in this store`;
  if (head.merged_into !== record.mergedInto) return 'differs in whether and where it was merged';
  let key: Buffer | null = null;
  if (head.restricted === 1 || RESTRICTED_TYPES.includes(record.type)) {
    if (!mayReadRestricted(w.db, w.user, caseId)) return 'is a safeguarding note in this store that you may not read, so it cannot be compared';
    try {
      key = caseKeyFor(w.db, w.vault, caseId, false);
    } catch {
      return "is a safeguarding note whose case key has not been shared with you, so it cannot be compared";
    }
  }
  const stored = readVersions(w.db, record.id, key).reverse();
  if (stored.length !== versions.length) return `has ${stored.length} version(s) in this store and ${versions.length} in the bundle`;
  for (let i = 0; i < stored.length; i++) {
    const s = stored[i]!;
    const b = versions[i]!;
    const mine = { t: instant(s.occurredAt), g: s.significant, f: s.fact, a: s.analysis, d: s.details, r: instant(s.recordedAt), c: s.correctionReason, by: b.recordedBy === null ? null : s.recordedBy.userId };
    const theirs = { t: instant(b.source.occurredAt), g: b.source.significant, f: b.source.fact, a: b.source.analysis, d: b.payload.details, r: instant(b.source.recordedAt), c: b.source.correctionReason, by: b.recordedBy };
    if (canonical(mine) !== canonical(theirs)) return `differs from this store's copy in version ${i + 1}`;
  }
  return null;
}
