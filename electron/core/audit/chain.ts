// The append-only, hash-chained audit trail. Every change writes one row in the same
// transaction as the change; each row's hash covers the previous row's hash and this row's
// fields, personal values included only as ciphertext.
import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import type { Database } from '../store/sqlite';
import { dataKey, decryptValue, encryptValue, existingDataKey } from './data-keys';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  readonly actorUserId: string | null;
  /** What happened, as a verb phrase: 'case.create', 'user.remove', ... */
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  /** Whose personal values the payload holds: personKeyId(...) or ORG_KEY. */
  readonly keyId: string;
  readonly before: unknown;
  readonly after: unknown;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  key_id: string;
  payload: Buffer;
  prev_hash: string;
  hash: string;
}

function payloadAad(row: Pick<AuditRow, 'key_id' | 'entity' | 'entity_id' | 'at'>): string {
  return JSON.stringify(['audit', row.key_id, row.entity, row.entity_id, row.at]);
}

export function rowHash(row: Omit<AuditRow, 'hash'>): string {
  const material = JSON.stringify([
    row.prev_hash,
    row.seq,
    row.at,
    row.actor_user_id,
    row.action,
    row.entity,
    row.entity_id,
    row.key_id,
    row.payload.toString('base64'),
  ]);
  return createHash('sha256').update(material).digest('hex');
}

/** Appends one row. Call inside the transaction that makes the change. */
export function appendAudit(db: Database, entry: AuditEntry, at: Date): number {
  return auditAppender(db).append(entry, at);
}

export interface AuditAppender {
  append(entry: AuditEntry, at: Date): number;
}

/**
 * Appends many rows in one synchronous stretch of one transaction (a bulk import): the chain's
 * head and the data keys are read once and then kept in memory, and the insert is prepared once.
 * Nothing else can write between two appends, because nothing else runs while it is in use.
 */
export function auditAppender(db: Database): AuditAppender {
  let last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const keys = new Map<string, KeyObject>();
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, actor_user_id, action, entity, entity_id, key_id, payload, prev_hash, hash)
     VALUES (@seq, @at, @actor_user_id, @action, @entity, @entity_id, @key_id, @payload, @prev_hash, @hash)`,
  );
  return {
    append(entry, at) {
      const base = {
        seq: (last?.seq ?? 0) + 1,
        at: at.toISOString(),
        actor_user_id: entry.actorUserId,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId,
        key_id: entry.keyId,
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      let key = keys.get(entry.keyId);
      if (!key) keys.set(entry.keyId, (key = createSecretKey(dataKey(db, entry.keyId, at))));
      const payload = encryptValue(key, Buffer.from(JSON.stringify({ before: entry.before, after: entry.after }), 'utf8'), payloadAad(base));
      const row = { ...base, payload };
      const hash = rowHash(row);
      insert.run({ ...row, hash });
      last = { seq: row.seq, hash };
      return row.seq;
    },
  };
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  firstBroken: { seq: number; reason: string } | null;
}

export function verifyAudit(db: Database): AuditVerification {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    rows++;
    const broken = (reason: string): AuditVerification => ({ ok: false, rows, firstBroken: { seq: row.seq, reason } });
    if (row.seq !== expectedSeq) return broken(`row ${expectedSeq} is missing`);
    if (row.prev_hash !== expectedPrev) return broken('does not link to the row before it');
    if (rowHash(row) !== row.hash) return broken('its contents do not match its hash');
    expectedPrev = row.hash;
    expectedSeq++;
  }
  return { ok: true, rows, firstBroken: null };
}

export interface AuditRecord {
  seq: number;
  at: string;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** null once the subject's key has been destroyed (erasure). */
  values: { before: unknown; after: unknown } | null;
}

export function readAudit(db: Database, limit = 200): AuditRecord[] {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit) as AuditRow[];
  return rows.map((row) => {
    const key = existingDataKey(db, row.key_id);
    const plain = key ? decryptValue(key, row.payload, payloadAad(row)) : null;
    return {
      seq: row.seq,
      at: row.at,
      actorUserId: row.actor_user_id,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      values: plain ? (JSON.parse(plain.toString('utf8')) as { before: unknown; after: unknown }) : null,
    };
  });
}

/** The head of the chain: what the director's signing key signs (letters issue). */
export function auditHead(db: Database): { seq: number; hash: string } {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/** The audit rows about a case, its records, its casework actions and its letters, oldest first. */
export const CASE_AUDIT = `SELECT a.seq, a.at, coalesce(p.full_name, 'Threshold') AS actor, a.action, a.entity, a.entity_id AS entityId
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id LEFT JOIN people p ON p.id = u.person_id
       WHERE a.entity_id = @caseId
          OR a.entity_id IN (SELECT id FROM case_actions WHERE case_id = @caseId)
          OR a.entity_id IN (SELECT id FROM records WHERE case_id = @caseId)
          OR a.entity_id IN (SELECT id FROM letters WHERE case_id = @caseId)
       ORDER BY a.seq`;

/** No values: they are read where they belong, by those allowed to. */
export function caseAudit(db: Database, caseId: string): { seq: number; at: string; actor: string; action: string; entity: string; entityId: string | null }[] {
  return db.prepare(CASE_AUDIT).all({ caseId }) as { seq: number; at: string; actor: string; action: string; entity: string; entityId: string | null }[];
}
