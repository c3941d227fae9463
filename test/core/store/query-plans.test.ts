// EXPLAIN QUERY PLAN for the hot queries: each must use an index, never a full scan plus sort.
import { afterEach, describe, expect, it } from 'vitest';
import { MERGED, RECORDS } from '../../../electron/core/analysis/case-loader';
import { CASE_AUDIT } from '../../../electron/core/audit/chain';
import { ACTIONS_OF_CASES } from '../../../electron/core/decisions/actions';
import { AGREEMENTS } from '../../../electron/core/decisions/registers';
import { CONTACT_DATES, LIST_ROWS } from '../../../electron/core/records/chronology-query';
import { RECENT_CASES } from '../../../electron/core/records/recent-cases';
import type { Database } from '../../../electron/core/store/sqlite';
import { tempVault, type TempVault } from '../support/vault';

let t: TempVault;
afterEach(() => t?.remove());

function plan(db: Database, sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('query plans', () => {
  it('lists cases newest first from the created_at index, without a temporary sort', async () => {
    t = await tempVault();
    const detail = plan(t.vault.db, 'SELECT c.id FROM cases c JOIN people p ON p.id = c.client_id ORDER BY c.created_at DESC');
    expect(detail).toContain('cases_created');
    expect(detail).not.toContain('TEMP B-TREE');
  });

  it('finds a current user by login through the partial unique index', async () => {
    t = await tempVault();
    expect(plan(t.vault.db, "SELECT 1 FROM users WHERE login = 'x' AND removed_at IS NULL")).toContain('users_login_current');
  });

  it('appends to the audit chain by reading its last row through the primary key', async () => {
    t = await tempVault();
    const detail = plan(t.vault.db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    expect(detail).toMatch(/SCAN audit_log/);
    expect(detail).not.toContain('TEMP B-TREE');
  });

  it('loads one case for its analyses through the case-and-time index, in time order, sorting only ties', async () => {
    t = await tempVault();
    const detail = plan(t.vault.db, `${RECORDS} AND r.case_id IN (SELECT value FROM json_each('["x"]')) ORDER BY r.case_id, r.occurred_at, r.id`);
    expect(detail).toContain('records_case_time');
    expect(detail).toMatch(/SEARCH v USING PRIMARY KEY/);
    // The index gives the time order; only records at the same instant are sorted (by id).
    expect(detail).not.toContain('TEMP B-TREE FOR ORDER BY');
    expect(detail).toContain('TEMP B-TREE FOR LAST TERM OF ORDER BY');
  });

  it("reads a case's analysis revision by its primary key: the analyses' cache asks it on every call", async () => {
    t = await tempVault();
    expect(plan(t.vault.db, "SELECT revision FROM analysis_revisions WHERE scope = 'x'")).toMatch(/SEARCH analysis_revisions USING PRIMARY KEY/);
    // The trigger on record_versions finds the record's case the same way.
    expect(plan(t.vault.db, "SELECT case_id FROM records WHERE id = 'x'")).toMatch(/SEARCH records USING INDEX sqlite_autoindex_records_1/);
  });

  it('lists a chronology, and the dates its gaps are measured from, through the case-and-time index in time order', async () => {
    t = await tempVault();
    const params = { caseId: 'x', restricted: 1, types: '["issue"]', significant: 0, from: null, to: null, party: null };
    for (const [sql, detail] of [[LIST_ROWS, plan(t.vault.db, LIST_ROWS.replace(/@(\w+)/g, (_, name: string) => { const v = params[name as keyof typeof params]; return v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v); }))], [CONTACT_DATES, plan(t.vault.db, CONTACT_DATES.replace('?', "'x'"))]] as const) {
      expect(detail, sql).toMatch(/SEARCH r USING INDEX records_case_time \(case_id=\?\)/);
      expect(detail, sql).toMatch(/SEARCH v USING PRIMARY KEY/);
      // The index gives the time order; only records at the same instant are sorted (by id).
      expect(detail, sql).not.toContain('TEMP B-TREE FOR ORDER BY');
    }
  });

  it("finds one user's recent cases through the access log's user index, grouping without a temporary b-tree", async () => {
    t = await tempVault();
    const detail = plan(t.vault.db, RECENT_CASES.replace('?', "'u'").replace('?', '8'));
    expect(detail).toMatch(/SEARCH a USING (COVERING )?INDEX access_log_user_cases \(user_id=\? AND kind=\?\)/);
    expect(detail).not.toContain('TEMP B-TREE FOR GROUP BY');
  });

  it('finds merged issues through the partial index, never a scan of every record', async () => {
    t = await tempVault();
    expect(plan(t.vault.db, MERGED)).toContain('records_merged');
  });

  it('reads a case’s casework through its case index, and every agreement through the partial index', async () => {
    t = await tempVault();
    expect(plan(t.vault.db, ACTIONS_OF_CASES.replace('?', `'["x"]'`))).toContain('case_actions_case');
    const agreements = plan(t.vault.db, AGREEMENTS);
    // A scan of the partial index holds agreements only, never every record.
    expect(agreements).toMatch(/SCAN r USING INDEX records_agreements/);
  });

  it('reads a case’s audit trail by entity, never the whole chain', async () => {
    t = await tempVault();
    const detail = plan(t.vault.db, CASE_AUDIT.replaceAll('@caseId', `'x'`));
    expect(detail).toContain('audit_log_entity');
    expect(detail).not.toContain('SCAN a');
  });
});
