// Reads cases out of the store into the plain AnalysisCase the pure analyses take. The only
// analysis file that touches the database: current versions only, merged issues resolved to the
// issue kept, restricted records opened with the user's case key when they may read them.
import { londonDate } from '../calendar';
import type { CaseStatus, RecordType, Service, StaffRole } from '../contract';
import type { Writer } from '../records/record-service';
import { openSealed } from '../records/record-rows';
import { caseKeyFor, mayReadRestricted } from '../records/restricted-keys';
import type { AnalysisCase, AnalysisRecord, AnalysisStaff } from './model';

export interface LoadedCase {
  readonly analysis: AnalysisCase;
  readonly status: CaseStatus;
  /** The user cannot read this case's restricted records, so they were left out. */
  readonly restrictedUnchecked: boolean;
}

interface RecordRow {
  id: string;
  case_id: string;
  type: RecordType;
  version: number;
  occurred_at: string;
  restricted: 0 | 1;
  details: string | null;
  sealed: Buffer | null;
}

const CASES = `SELECT c.id, c.reference, c.service, c.status, c.start_date, c.client_id, p.full_name AS client_name,
                      c.allocated_worker_id, c.client_manager_id, c.mentor_id
               FROM cases c JOIN people p ON p.id = c.client_id`;
export const RECORDS = `SELECT r.id, r.case_id, r.type, r.version, r.occurred_at, r.restricted, v.details, v.sealed
                 FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
                 WHERE r.merged_into IS NULL`;
export const MERGED = 'SELECT id, merged_into FROM records WHERE merged_into IS NOT NULL';

/** London dates change only on the hour in UTC, so the date of an instant depends on its UTC hour. */
function londonDates(): (instant: string) => string {
  const byHour = new Map<string, string>();
  return (instant) => {
    const hour = instant.slice(0, 13);
    let date = byHour.get(hour);
    if (date === undefined) byHour.set(hour, (date = londonDate(`${hour}:00:00.000Z`)));
    return date;
  };
}

function staffMap(w: Writer): Map<string, AnalysisStaff> {
  const rows = w.db.prepare("SELECT id, full_name, staff_role FROM people WHERE kind = 'staff'").all() as { id: string; full_name: string; staff_role: StaffRole }[];
  return new Map(rows.map((r) => [r.id, { id: r.id, fullName: r.full_name, staffRole: r.staff_role }]));
}

export interface CaseRow {
  readonly id: string;
  readonly reference: string;
  readonly service: Service;
  readonly status: CaseStatus;
  readonly start_date: string;
  readonly client_id: string;
  readonly client_name: string;
  readonly allocated_worker_id: string;
  readonly client_manager_id: string;
  readonly mentor_id: string | null;
}

/** The given cases' rows (every case when `caseIds` is null), in reference order. */
export function readCaseRows(w: Writer, caseIds: readonly string[] | null): CaseRow[] {
  const filter = caseIds ? ` WHERE c.id IN (SELECT value FROM json_each(?))` : '';
  return w.db.prepare(`${CASES}${filter} ORDER BY c.reference`).all(...(caseIds ? [JSON.stringify(caseIds)] : [])) as CaseRow[];
}

/** Loads the given cases, in the order the store lists them. */
export function loadCases(w: Writer, caseIds: readonly string[]): LoadedCase[] {
  return loadCaseRows(w, readCaseRows(w, caseIds));
}

/** The records of these cases, as the analyses take them. */
export function loadCaseRows(w: Writer, caseRows: readonly CaseRow[]): LoadedCase[] {
  if (!caseRows.length) return [];
  const ids = caseRows.map((c) => c.id);
  const wanted = new Set(ids);
  const recordRows = w.db.prepare(`${RECORDS} AND r.case_id IN (SELECT value FROM json_each(?)) ORDER BY r.case_id, r.occurred_at, r.id`).all(JSON.stringify(ids)) as RecordRow[];
  const merged = new Map(
    (w.db.prepare(MERGED).all() as { id: string; merged_into: string }[]).map((r) => [r.id, r.merged_into]),
  );
  const staff = staffMap(w);
  const dateOf = londonDates();
  const byCase = new Map<string, AnalysisRecord[]>();
  const unchecked = new Set<string>();
  const keys = new Map<string, Buffer | null>();
  const keyFor = (caseId: string): Buffer | null => {
    if (!keys.has(caseId)) keys.set(caseId, mayReadRestricted(w.db, w.user, caseId) ? caseKeyFor(w.db, w.vault, caseId, false) : null);
    return keys.get(caseId) ?? null;
  };
  for (const row of recordRows) {
    if (!wanted.has(row.case_id)) continue;
    const details = row.sealed ? openSealed(keyFor(row.case_id), row.sealed, row.id, row.version)?.details : JSON.parse(row.details ?? 'null');
    if (details === undefined) {
      unchecked.add(row.case_id);
      continue;
    }
    resolveMergedIssue(details, merged);
    const list = byCase.get(row.case_id) ?? [];
    // The store holds only details the contract validated when they were written or imported.
    list.push({ id: row.id, type: row.type, occurredAt: row.occurred_at, date: dateOf(row.occurred_at), details } as AnalysisRecord);
    byCase.set(row.case_id, list);
  }
  return caseRows.map((c) => ({
    status: c.status,
    restrictedUnchecked: unchecked.has(c.id),
    analysis: {
      caseId: c.id,
      reference: c.reference,
      service: c.service,
      startDate: c.start_date,
      clientId: c.client_id,
      clientName: c.client_name,
      allocatedWorkerId: c.allocated_worker_id,
      clientManagerId: c.client_manager_id,
      mentorId: c.mentor_id,
      staff,
      records: byCase.get(c.id) ?? [],
    },
  }));
}

/** "The same issue" is the issue kept after a merge: point contacts and complaints at it. */
function resolveMergedIssue(details: { issueId?: unknown }, merged: ReadonlyMap<string, string>): void {
  if (typeof details.issueId === 'string' && merged.has(details.issueId)) details.issueId = merged.get(details.issueId);
}
