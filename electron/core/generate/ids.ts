// Record ids in the order records were written. Each case draws its ids from its own stream;
// once every record is in time order, the same ids are handed out again sorted, so the first
// record written has the smallest id (what the contact import does for the same reason): the
// tables and indexes keyed by record id grow at one end instead of at 600,000 random places,
// which keeps a full-scale generation linear. References between records follow the new ids.
import type { NewRecordInput, PlannedRecord } from './kit';

function withIssue(input: NewRecordInput, ids: ReadonlyMap<string, string>): NewRecordInput {
  const renamed = (id: string): string => ids.get(id) ?? id;
  if (input.type === 'contact' && input.details.issueId) return { ...input, details: { ...input.details, issueId: renamed(input.details.issueId) } };
  if (input.type === 'complaint' && input.details.issueId) return { ...input, details: { ...input.details, issueId: renamed(input.details.issueId) } };
  if (input.type === 'session' && input.details.replacementForId) {
    return { ...input, details: { ...input.details, replacementForId: renamed(input.details.replacementForId) } };
  }
  return input;
}

/** `records` must already be in time order. */
export function idsInWritingOrder(records: readonly PlannedRecord[]): PlannedRecord[] {
  const sorted = records.map((r) => r.id).sort();
  const ids = new Map(records.map((r, i) => [r.id, sorted[i]!]));
  return records.map((r, i) => ({ id: sorted[i]!, caseIndex: r.caseIndex, input: withIssue(r.input, ids) }));
}
