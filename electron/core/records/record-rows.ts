// Reading and writing record rows: the current-version row in `records`, every version in
// `record_versions`, and the parties index. Restricted content goes in and out sealed here.
import { decryptValue, encryptValue } from '../audit/data-keys';
import { chronologyRecord, type ChronologyRecord, type RecordType } from '../contract';
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';

export interface RecordContent {
  readonly fact: string;
  readonly analysis: string;
  readonly details: unknown;
}

export interface VersionToWrite extends RecordContent {
  readonly recordId: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly significant: boolean;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly correctionReason: string | null;
}

interface VersionRow {
  record_id: string;
  case_id: string;
  type: RecordType;
  restricted: 0 | 1;
  version: number;
  occurred_at: string;
  significant: 0 | 1;
  fact: string | null;
  analysis: string | null;
  details: string | null;
  sealed: Buffer | null;
  recorded_at: string;
  recorded_by: string;
  recorder_name: string;
  correction_reason: string | null;
}

const sealAad = (recordId: string, version: number): string => JSON.stringify(['threshold restricted record v1', recordId, version]);

export interface RecordHeadToWrite {
  readonly id: string;
  readonly caseId: string;
  readonly type: RecordType;
  readonly occurredAt: string;
  readonly significant: boolean;
  readonly restricted: boolean;
}

// Prepared once per connection and kept: a bulk import writes 100,000 records through these,
// and compiling the same SQL for every row would cost more than the writes themselves.
const statementCache = new WeakMap<Database, ReturnType<typeof prepareWrites>>();

function prepareWrites(db: Database) {
  return {
    head: db.prepare('INSERT INTO records (id, case_id, type, version, occurred_at, significant, restricted) VALUES (?, ?, ?, 1, ?, ?, ?)'),
    version: db.prepare(
      `INSERT INTO record_versions (record_id, version, occurred_at, significant, fact, analysis, details, sealed, recorded_at, recorded_by, correction_reason)
       VALUES (@recordId, @version, @occurredAt, @significant, @fact, @analysis, @details, @sealed, @recordedAt, @recordedBy, @correctionReason)`,
    ),
    clearParties: db.prepare('DELETE FROM record_parties WHERE record_id = ?'),
    party: db.prepare('INSERT OR IGNORE INTO record_parties (record_id, person_id, side) VALUES (?, ?, ?)'),
  };
}

function writes(db: Database): ReturnType<typeof prepareWrites> {
  let prepared = statementCache.get(db);
  if (!prepared) statementCache.set(db, (prepared = prepareWrites(db)));
  return prepared;
}

/** The `records` row of a new record, at version 1; its version row follows with insertVersion. */
export function insertHead(db: Database, head: RecordHeadToWrite): void {
  writes(db).head.run(head.id, head.caseId, head.type, head.occurredAt, head.significant ? 1 : 0, head.restricted ? 1 : 0);
}

export function insertVersion(db: Database, row: VersionToWrite, restrictedKey: Buffer | null): void {
  const content = { fact: row.fact, analysis: row.analysis, details: row.details };
  const sealed = restrictedKey ? encryptValue(restrictedKey, Buffer.from(JSON.stringify(content), 'utf8'), sealAad(row.recordId, row.version)) : null;
  writes(db).version.run({
    ...row,
    significant: row.significant ? 1 : 0,
    fact: sealed ? null : row.fact,
    analysis: sealed ? null : row.analysis,
    details: sealed ? null : JSON.stringify(row.details),
    sealed,
  });
}

export function insertParties(db: Database, recordId: string, parties: readonly { personId: string; side: 'client' | 'staff' }[]): void {
  const { party } = writes(db);
  for (const p of parties) party.run(recordId, p.personId, p.side);
}

export function replaceParties(db: Database, recordId: string, parties: readonly { personId: string; side: 'client' | 'staff' }[]): void {
  writes(db).clearParties.run(recordId);
  insertParties(db, recordId, parties);
}

const SELECT_VERSIONS = `
  SELECT r.id AS record_id, r.case_id, r.type, r.restricted, v.version, v.occurred_at, v.significant, v.fact, v.analysis,
         v.details, v.sealed, v.recorded_at, v.recorded_by, p.full_name AS recorder_name, v.correction_reason
  FROM records r
  JOIN record_versions v ON v.record_id = r.id
  JOIN users u ON u.id = v.recorded_by
  JOIN people p ON p.id = u.person_id`;

export interface StoredRecordHead {
  readonly id: string;
  readonly caseId: string;
  readonly type: RecordType;
  readonly version: number;
  readonly restricted: boolean;
  readonly mergedInto: string | null;
}

export function recordHead(db: Database, recordId: string): StoredRecordHead {
  const row = db.prepare('SELECT id, case_id, type, version, restricted, merged_into FROM records WHERE id = ?').get(recordId) as
    | { id: string; case_id: string; type: RecordType; version: number; restricted: 0 | 1; merged_into: string | null }
    | undefined;
  if (!row) throw new CoreError('not_found', 'That record does not exist.');
  return { id: row.id, caseId: row.case_id, type: row.type, version: row.version, restricted: row.restricted === 1, mergedInto: row.merged_into };
}

/** Every version of a record, newest first; `key` opens restricted content. */
export function readVersions(db: Database, recordId: string, key: Buffer | null): ChronologyRecord[] {
  const rows = db.prepare(`${SELECT_VERSIONS} WHERE r.id = ? ORDER BY v.version DESC`).all(recordId) as VersionRow[];
  return rows.map((row) => toRecord(row, key));
}

export function readCurrent(db: Database, recordId: string, key: Buffer | null): ChronologyRecord {
  const row = db.prepare(`${SELECT_VERSIONS} WHERE r.id = ? AND v.version = r.version`).get(recordId) as VersionRow | undefined;
  if (!row) throw new CoreError('not_found', 'That record does not exist.');
  return toRecord(row, key);
}

/** A restricted version's content, or null when the key is missing or not this case's. */
export function openSealed(key: Buffer | null, sealed: Buffer, recordId: string, version: number): RecordContent | null {
  const plain = key ? decryptValue(key, sealed, sealAad(recordId, version)) : null;
  return plain ? (JSON.parse(plain.toString('utf8')) as RecordContent) : null;
}

function openContent(row: VersionRow, key: Buffer | null): RecordContent {
  if (!row.sealed) return { fact: row.fact ?? '', analysis: row.analysis ?? '', details: JSON.parse(row.details ?? '{}') };
  const content = openSealed(key, row.sealed, row.record_id, row.version);
  if (!content) throw new CoreError('forbidden', 'This restricted record cannot be opened with your key.');
  return content;
}

function toRecord(row: VersionRow, key: Buffer | null): ChronologyRecord {
  const content = openContent(row, key);
  // Parsing against the contract types the union by `type` (no cast) and proves the stored
  // details still match their type's schema.
  return chronologyRecord.parse({
    id: row.record_id,
    caseId: row.case_id,
    type: row.type,
    version: row.version,
    occurredAt: row.occurred_at,
    significant: row.significant === 1,
    restricted: row.restricted === 1,
    fact: content.fact,
    analysis: content.analysis,
    details: content.details,
    recordedAt: row.recorded_at,
    recordedBy: { userId: row.recorded_by, fullName: row.recorder_name },
    correctionReason: row.correction_reason,
  });
}
