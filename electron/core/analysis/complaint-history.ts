// A case's complaints grouped by issue (SPEC section 9, the Complaints tab; section 5, the review
// pack's complaint history). One pure function that both the `complaints.history` method and the
// pack use, so the screen and the printed pack cannot group differently. "The same issue" is the
// same issue record (SPEC section 2); merged issues are already resolved by the loader.
import type { AnalysisRecord, RecordOf } from './model';

export interface ComplaintGroup {
  /** The issue the complaints refer to; null for complaints with no issue (or one not on record). */
  readonly issue: RecordOf<'issue'> | null;
  /** In the records' own order: time order, ties by id. */
  readonly complaints: readonly RecordOf<'complaint'>[];
}

/**
 * The complaints among `records` (already in time order), one group per issue, the groups in
 * the order of each one's first complaint. A complaint whose issue is not among the records (an
 * issue after the as-of date) goes with the complaints that name none.
 */
export function complaintsByIssue(records: readonly AnalysisRecord[]): ComplaintGroup[] {
  const issues = new Map<string, RecordOf<'issue'>>();
  for (const r of records) if (r.type === 'issue') issues.set(r.id, r);
  const groups = new Map<string | null, RecordOf<'complaint'>[]>();
  for (const r of records) {
    if (r.type !== 'complaint') continue;
    const key = r.details.issueId !== null && issues.has(r.details.issueId) ? r.details.issueId : null;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return [...groups].map(([issueId, complaints]) => ({ issue: issueId === null ? null : issues.get(issueId)!, complaints }));
}
