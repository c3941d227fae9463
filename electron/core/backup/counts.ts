// What a backup must hold, counted in the store at the moment of the snapshot and again in the
// copy: the numbers must match, and the audit chain's head must be the same row.
import { auditHead } from '../audit/chain';
import { schemaVersion } from '../store/migrations';
import type { Database } from '../store/sqlite';
import type { StoreCounts } from './manifest';

export interface StoreFacts {
  readonly schemaVersion: number;
  readonly counts: StoreCounts;
  readonly auditHead: { seq: number; hash: string };
}

const count = (db: Database, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export function storeFacts(db: Database): StoreFacts {
  return {
    schemaVersion: schemaVersion(db),
    counts: {
      records: count(db, 'records'),
      recordVersions: count(db, 'record_versions'),
      cases: count(db, 'cases'),
      people: count(db, 'people'),
      users: count(db, 'users'),
      auditRows: count(db, 'audit_log'),
    },
    auditHead: auditHead(db),
  };
}

/** The first difference between what was expected and what the copy holds, or null. */
export function factsDiffer(expected: StoreFacts, actual: StoreFacts): string | null {
  if (expected.schemaVersion !== actual.schemaVersion) return `its schema version is ${actual.schemaVersion}, not ${expected.schemaVersion}`;
  for (const key of Object.keys(expected.counts) as (keyof StoreCounts)[]) {
    if (expected.counts[key] !== actual.counts[key]) return `it holds ${actual.counts[key]} ${key}, not ${expected.counts[key]}`;
  }
  if (expected.auditHead.seq !== actual.auditHead.seq || expected.auditHead.hash !== actual.auditHead.hash) {
    return 'its audit trail ends at a different row';
  }
  return null;
}
