// Writes checked contacts in ONE transaction through the same path as records.create: record,
// version 1, parties and an audit row each, then one audit row for the import itself. Any
// failure, or a cancel seen between chunks, rolls the whole transaction back.
//
// The transaction never yields to the event loop: another call handled meanwhile would run
// inside it (one connection) and be rolled back with it if the import failed. The slow part,
// reading and checking the file, happens before, in chunks that do yield (contact-import.ts).
import { randomUUID } from 'node:crypto';
import { auditAppender } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { RESTRICTED_TYPES, type ChronologyRecord } from '../contract';
import { CoreError } from '../errors';
import { getCase } from '../records/cases';
import { createdAudit, insertNewRecord, type Writer } from '../records/record-service';
import { referenceChecker } from './contact-references';
import type { NewContact } from './contact-rows';

export const CHUNK = 1000;

export interface WriteProgress {
  readonly signal: AbortSignal;
  report(written: number): void;
}

/** The record as records.get would read it back: what its audit row keeps. */
function asWritten(w: Writer, id: string, record: NewContact): ChronologyRecord {
  const { caseId: _caseId, ...content } = record;
  return {
    ...content,
    id,
    caseId: record.caseId,
    version: 1,
    restricted: false,
    recordedAt: w.at.toISOString(),
    recordedBy: { userId: w.user.id, fullName: w.user.fullName },
    correctionReason: null,
  };
}

export function cancelled(): CoreError {
  return new CoreError('cancelled', 'The import was cancelled; no contacts were imported.');
}

/**
 * The contacts in date order, each with a fresh random id, the ids handed out in ascending order:
 * every table and index then grows at one end instead of at 100,000 random places, which makes
 * the write several times faster on a large file.
 */
function inWritingOrder(records: readonly NewContact[]): { id: string; record: NewContact }[] {
  const ids = records.map(() => randomUUID()).sort();
  const byDate = [...records].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  return byDate.map((record, index) => ({ id: ids[index]!, record }));
}

export function writeContacts(w: Writer, caseId: string, records: readonly NewContact[], progress: WriteProgress, summary: Record<string, unknown>): number {
  // Contacts are written in the clear; were they ever made restricted, this path would need the case key.
  if (RESTRICTED_TYPES.includes('contact')) throw new CoreError('internal', 'Restricted contacts cannot be imported.');
  return w.db.transaction(() => {
    const { clientId } = getCase(w.db, caseId);
    const references = referenceChecker(w.db, caseId, clientId);
    const audit = auditAppender(w.db);
    inWritingOrder(records).forEach(({ id, record }, index) => {
      if (index % CHUNK === 0) {
        if (progress.signal.aborted) throw cancelled();
        progress.report(index);
      }
      // Checked again inside the transaction: people may have changed since the file was read.
      const checked = references(record);
      if (!checked.ok) throw new CoreError('conflict', `A person named in the file changed while it was being imported (${checked.path} ${checked.reason}). Nothing was imported; preview the file again.`);
      insertNewRecord(w, id, record, checked.parties, null);
      audit.append(createdAudit(w, clientId, asWritten(w, id, record)), w.at);
    });
    if (progress.signal.aborted) throw cancelled();
    audit.append({ actorUserId: w.user.id, action: 'contacts.import', entity: 'case', entityId: caseId, keyId: personKeyId(clientId), before: null, after: { imported: records.length, ...summary } }, w.at);
    progress.report(records.length);
    return records.length;
  })();
}
