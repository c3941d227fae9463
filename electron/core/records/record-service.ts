// Writing the chronology: create, correct (a new version, never an overwrite), read with
// history, merge issues. Every change writes its audit row in the same transaction.
import { appendAudit, type AuditEntry } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { RESTRICTED_TYPES, type ChronologyRecord, type ParsedInput, type User } from '../contract';
import { refuseErasedCase } from '../data-protection/erased';
import { requireRestrictionCheck } from '../decisions/under-restriction';
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';
import type { UnlockedVault } from '../store/vault';
import { logAccess } from './access-log';
import { checkReferences, type Party } from './references';
import { newRecordId } from './record-ids';
import { insertHead, insertParties, insertVersion, readCurrent, readVersions, recordHead, replaceParties } from './record-rows';
import { caseKeyFor, mayReadRestricted } from './restricted-keys';

type NewRecordInput = ParsedInput<'records.create'>;

export interface Writer {
  readonly db: Database;
  readonly vault: UnlockedVault;
  readonly user: User;
  readonly at: Date;
}

function caseClient(db: Database, caseId: string): string {
  const row = db.prepare('SELECT client_id FROM cases WHERE id = ?').get(caseId) as { client_id: string } | undefined;
  if (!row) throw new CoreError('not_found', 'That case does not exist.');
  refuseErasedCase(db, caseId);
  return row.client_id;
}

/** The restricted key when the record type is restricted and the user may hold it; refuses otherwise. */
function keyForWrite(w: Writer, caseId: string, restricted: boolean): Buffer | null {
  if (!restricted) return null;
  if (!mayReadRestricted(w.db, w.user, caseId)) {
    throw new CoreError('forbidden', "Only the clinical lead, the director and the case's client manager can record or correct safeguarding notes.");
  }
  return caseKeyFor(w.db, w.vault, caseId, true);
}

/** What the audit row keeps: restricted content never, since the audit key is not restricted. */
function auditView(record: ChronologyRecord): unknown {
  return record.restricted ? { type: record.type, version: record.version, occurredAt: record.occurredAt, restricted: true } : record;
}

/** Writes a new record at version 1 with its parties. Shared by records.create and bulk imports; the caller audits. */
export function insertNewRecord(w: Writer, id: string, input: NewRecordInput, parties: readonly Party[], key: Buffer | null): void {
  insertHead(w.db, { id, caseId: input.caseId, type: input.type, occurredAt: input.occurredAt, significant: input.significant, restricted: key !== null });
  insertVersion(w.db, { recordId: id, version: 1, occurredAt: input.occurredAt, significant: input.significant, fact: input.fact, analysis: input.analysis, details: input.details, recordedAt: w.at.toISOString(), recordedBy: w.user.id, correctionReason: null }, key);
  insertParties(w.db, id, parties);
}

/** The audit row of a created record (under its client's key, so erasure can destroy it). */
export function createdAudit(w: Writer, clientId: string, record: ChronologyRecord): AuditEntry {
  return { actorUserId: w.user.id, action: 'record.create', entity: record.type, entityId: record.id, keyId: personKeyId(clientId), before: null, after: auditView(record) };
}

export function createRecord(w: Writer, input: NewRecordInput): ChronologyRecord {
  return w.db.transaction(() => {
    const clientId = caseClient(w.db, input.caseId);
    const parties = checkReferences(w.db, input.caseId, clientId, input);
    requireRestrictionCheck(w.db, input);
    const restricted = RESTRICTED_TYPES.includes(input.type);
    const key = keyForWrite(w, input.caseId, restricted);
    const id = newRecordId();
    insertNewRecord(w, id, input, parties, key);
    const record = readCurrent(w.db, id, key);
    appendAudit(w.db, createdAudit(w, clientId, record), w.at);
    return record;
  })();
}

export function correctRecord(w: Writer, input: ParsedInput<'records.correct'>): ChronologyRecord {
  return w.db.transaction(() => {
    const head = recordHead(w.db, input.recordId);
    if (head.type !== input.type) throw new CoreError('invalid_input', `A ${head.type.replace('_', ' ')} cannot be corrected into another type of record.`, [{ path: 'type', message: 'cannot change' }]);
    if (head.version !== input.expectedVersion) {
      throw new CoreError('conflict', `This record was corrected by someone else meanwhile (it is now version ${head.version}). Reopen it and apply your correction again.`);
    }
    const clientId = caseClient(w.db, head.caseId);
    const parties = checkReferences(w.db, head.caseId, clientId, input);
    const key = keyForWrite(w, head.caseId, head.restricted);
    const before = readCurrent(w.db, head.id, key);
    const version = head.version + 1;
    insertVersion(w.db, { recordId: head.id, version, occurredAt: input.occurredAt, significant: input.significant, fact: input.fact, analysis: input.analysis, details: input.details, recordedAt: w.at.toISOString(), recordedBy: w.user.id, correctionReason: input.reason }, key);
    w.db.prepare('UPDATE records SET version = ?, occurred_at = ?, significant = ? WHERE id = ?').run(version, input.occurredAt, input.significant ? 1 : 0, head.id);
    replaceParties(w.db, head.id, parties);
    const after = readCurrent(w.db, head.id, key);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'record.correct', entity: head.type, entityId: head.id, keyId: personKeyId(clientId), before: auditView(before), after: { ...(auditView(after) as object), reason: input.reason } }, w.at);
    return after;
  })();
}

/** A record and every version of it; opening a restricted one is written to the access log. */
export function getRecord(w: Writer, recordId: string): { record: ChronologyRecord; history: ChronologyRecord[] } {
  const head = recordHead(w.db, recordId);
  let key: Buffer | null = null;
  if (head.restricted) {
    if (!mayReadRestricted(w.db, w.user, head.caseId)) {
      throw new CoreError('forbidden', "This is a restricted record: only the clinical lead, the director and the case's client manager can read it.");
    }
    key = caseKeyFor(w.db, w.vault, head.caseId, false);
    logAccess(w.db, w.at, w.user.id, 'restricted_record', head.caseId, head.id);
  }
  const history = readVersions(w.db, recordId, key);
  const [record] = history;
  if (!record) throw new CoreError('not_found', 'That record does not exist.');
  return { record, history };
}

/** Merges one issue into another: contacts and complaints on either now count as the same issue. */
export function mergeIssues(w: Writer, input: ParsedInput<'issues.merge'>): ChronologyRecord {
  return w.db.transaction(() => {
    const keep = recordHead(w.db, input.keepId);
    const merge = recordHead(w.db, input.mergeId);
    if (keep.type !== 'issue' || merge.type !== 'issue') throw new CoreError('invalid_input', 'Only issues can be merged.');
    if (keep.caseId !== merge.caseId) throw new CoreError('invalid_input', 'Issues of different cases cannot be merged.');
    if (keep.id === merge.id) throw new CoreError('invalid_input', 'An issue cannot be merged into itself.');
    if (keep.mergedInto || merge.mergedInto) throw new CoreError('conflict', 'One of these issues has already been merged into another.');
    w.db.prepare('UPDATE records SET merged_into = ? WHERE id = ?').run(keep.id, merge.id);
    w.db.prepare('UPDATE records SET merged_into = ? WHERE merged_into = ?').run(keep.id, merge.id);
    const clientId = caseClient(w.db, keep.caseId);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'issue.merge', entity: 'issue', entityId: keep.id, keyId: personKeyId(clientId), before: { mergeId: merge.id }, after: { keepId: keep.id, reason: input.reason } }, w.at);
    return readCurrent(w.db, keep.id, null);
  })();
}
