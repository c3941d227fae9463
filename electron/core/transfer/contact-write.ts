// Writes checked contacts in ONE transaction through the same rows as records.create: record,
// version 1 and parties each; one audit row per chunk of contacts names the records it created
// and binds their content by SHA-256; then one audit row for the import itself. Any failure, or
// a cancel seen between chunks, rolls the whole transaction back.
//
// The transaction never yields to the event loop: another call handled meanwhile would run
// inside it (one connection) and be rolled back with it if the import failed. The slow part,
// reading and checking the file, happens before, in chunks that do yield (contact-import.ts).
import { createHash } from 'node:crypto';
import { auditAppender, type AuditAppender } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { RESTRICTED_TYPES } from '../contract';
import { CoreError } from '../errors';
import { getCase } from '../records/cases';
import { newRecordIds } from '../records/record-ids';
import { insertNewRecord, type Writer } from '../records/record-service';
import { referenceChecker } from './contact-references';
import type { NewContact } from './contact-rows';

export const CHUNK = 1000;

export interface WriteProgress {
  readonly signal: AbortSignal;
  report(written: number): void;
}

export function cancelled(): CoreError {
  return new CoreError('cancelled', 'The import was cancelled; no contacts were imported.');
}

/**
 * The contacts in date order, with new ids (record-ids.ts) handed out in the same order: every
 * table and index keyed by record id then grows at its one end.
 */
function inWritingOrder(records: readonly NewContact[]): { id: string; record: NewContact }[] {
  const byDate = [...records].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  const ids = newRecordIds(byDate.length);
  return byDate.map((record, index) => ({ id: ids[index]!, record }));
}

/** What a chunk's audit row binds for each record: the fields version 1 holds as fact. */
export function contactDigestLine(id: string, record: Pick<NewContact, 'occurredAt' | 'significant' | 'fact' | 'analysis' | 'details'>): string {
  return `${JSON.stringify([id, record.occurredAt, record.significant, record.fact, record.analysis, record.details])}\n`;
}

/**
 * The audit of a bulk write, a chunk at a time: one row per CHUNK records instead of one per
 * record (which cost about a fifth of a 100,000-row import). Each row, under the client's key
 * as a record's own row would be, holds the ids created and the SHA-256 of their content lines
 * (contactDigestLine), so every imported record can be traced to who imported it and when, and
 * its version 1 (which triggers keep unchanged) checked against what was imported.
 */
function chunkAuditor(w: Writer, audit: AuditAppender, caseId: string, clientId: string) {
  let ids: string[] = [];
  let hash = createHash('sha256');
  return {
    add(id: string, record: NewContact): void {
      ids.push(id);
      hash.update(contactDigestLine(id, record));
    },
    flush(): void {
      if (ids.length === 0) return;
      audit.append({ actorUserId: w.user.id, action: 'contacts.import.records', entity: 'case', entityId: caseId, keyId: personKeyId(clientId), before: null, after: { type: 'contact', version: 1, recordIds: ids, sha256: hash.digest('hex') } }, w.at);
      ids = [];
      hash = createHash('sha256');
    },
  };
}

export function writeContacts(w: Writer, caseId: string, records: readonly NewContact[], progress: WriteProgress, summary: Record<string, unknown>): number {
  // Contacts are written in the clear; were they ever made restricted, this path would need the case key.
  if (RESTRICTED_TYPES.includes('contact')) throw new CoreError('internal', 'Restricted contacts cannot be imported.');
  return w.db.transaction(() => {
    const { clientId } = getCase(w.db, caseId);
    const references = referenceChecker(w.db, caseId, clientId);
    const audit = auditAppender(w.db);
    const chunk = chunkAuditor(w, audit, caseId, clientId);
    inWritingOrder(records).forEach(({ id, record }, index) => {
      if (index % CHUNK === 0) {
        chunk.flush();
        if (progress.signal.aborted) throw cancelled();
        progress.report(index);
      }
      // Checked again inside the transaction: people may have changed since the file was read.
      const checked = references(record);
      if (!checked.ok) throw new CoreError('conflict', `A person named in the file changed while it was being imported (${checked.path} ${checked.reason}). Nothing was imported; preview the file again.`);
      insertNewRecord(w, id, record, checked.parties, null);
      chunk.add(id, record);
    });
    chunk.flush();
    if (progress.signal.aborted) throw cancelled();
    audit.append({ actorUserId: w.user.id, action: 'contacts.import', entity: 'case', entityId: caseId, keyId: personKeyId(clientId), before: null, after: { imported: records.length, ...summary } }, w.at);
    progress.report(records.length);
    return records.length;
  })();
}
