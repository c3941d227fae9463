// Writes the planned cases and records in the order they happened, in large transactions,
// through the same row writers records.create uses (records/record-rows.ts via insertNewRecord):
// the record, version 1 with its details JSON, its parties, and one audit row each, chained and
// encrypted under the client's data key. Safeguarding notes are sealed under their case's key.
import { auditAppender, type AuditAppender } from '../audit/chain';
import { RESTRICTED_TYPES, type ChronologyRecord, type User } from '../contract';
import { caseKeyFor } from '../records/restricted-keys';
import { createdAudit, insertNewRecord, type Writer } from '../records/record-service';
import type { UnlockedVault } from '../store/vault';
import type { PlannedCase } from './cases-plan';
import type { PlannedRecord } from './kit';
import { partiesOf } from './parties';
import type { OrgPlan } from './plan';
import { userOf, writeCase } from './write-people';

/** Records per transaction: large enough that commits cost little, small enough to show progress. */
export const BATCH = 50_000;
/** Records are written up a quarter of an hour after they happened. */
const RECORDING_DELAY_MS = 15 * 60_000;

/** The record as records.get would read it back: what its audit row keeps. */
function asWritten(w: Writer, r: PlannedRecord, restricted: boolean): ChronologyRecord {
  const { caseId, ...content } = r.input;
  return { ...content, id: r.id, caseId, version: 1, restricted, recordedAt: w.at.toISOString(), recordedBy: { userId: w.user.id, fullName: w.user.fullName }, correctionReason: null };
}

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

export function writeRecords(vault: UnlockedVault, plan: OrgPlan, progress: (p: WriteProgress) => void): void {
  const { db } = vault;
  const managers = new Map<string, User>(plan.cast.managers.map((m) => [m.id, userOf(m, plan.cases[0]?.createdAt ?? new Date(0).toISOString())]));
  const cases = [...plan.cases].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.index - b.index));
  const keys = new Map<string, Buffer>();
  const total = plan.records.length;
  let nextCase = 0;
  let done = 0;
  const writeOne = (audit: AuditAppender, r: PlannedRecord, kase: PlannedCase): void => {
    const user = managers.get(kase.manager.id)!;
    const w: Writer = { db, vault, user, at: new Date(Date.parse(r.input.occurredAt) + RECORDING_DELAY_MS) };
    const restricted = RESTRICTED_TYPES.includes(r.input.type);
    let key: Buffer | null = null;
    if (restricted) {
      key = keys.get(kase.id) ?? caseKeyFor(db, vault, kase.id, true);
      keys.set(kase.id, key);
    }
    insertNewRecord(w, r.id, r.input, partiesOf(r.input, kase.client.id), key);
    audit.append(createdAudit(w, kase.client.id, asWritten(w, r, restricted)), w.at);
  };
  while (done < total || nextCase < cases.length) {
    db.transaction(() => {
      // The appender keeps the chain's head in memory, so it is renewed after anything else audits.
      let audit = auditAppender(db);
      for (let n = 0; n < BATCH && (done < total || nextCase < cases.length); n++) {
        const r = plan.records[done];
        const kase = cases[nextCase];
        if (kase && (!r || kase.createdAt <= r.input.occurredAt)) {
          writeCase(db, kase);
          nextCase++;
          audit = auditAppender(db);
          continue;
        }
        writeOne(audit, r!, plan.cases[r!.caseIndex]!);
        done++;
      }
    })();
    progress({ done, total });
  }
}
