// Numbered, forward-only migrations: one test each, the runner's rules, and a schema snapshot
// that fails on any accidental change (update it only with a new migration).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { randomKey } from '../../../electron/core/store/crypto';
import { openEncrypted } from '../../../electron/core/store/database';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion } from '../../../electron/core/store/migrations';
import type { Database } from '../../../electron/core/store/sqlite';
import { tempDir } from '../support/temp-store';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

function freshDb(): Database {
  const t = tempDir();
  const db = openEncrypted(join(t.dir, 'm.db'), randomKey(), { create: true });
  cleanups.push(t.remove, () => db.close());
  return db;
}

const tables = (db: Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

function upTo(version: number): Database {
  const db = freshDb();
  migrate(db, MIGRATIONS.slice(0, version));
  expect(schemaVersion(db)).toBe(version);
  return db;
}

describe('migration runner', () => {
  it('numbers migrations 1, 2, 3, ... in order, one per version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('applies only what is missing, and nothing on a second run', () => {
    const db = upTo(1);
    expect(migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(migrate(db)).toEqual([]);
  });

  it('refuses a store from a newer schema version, changing nothing', () => {
    const db = upTo(SCHEMA_VERSION);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'store_too_new', message: expect.stringContaining('newer version of Threshold') }));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION + 1);
  });

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const db = upTo(1);
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', up: (d: Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere;') }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half');
  });
});

describe('0001 audit-and-keys', () => {
  it('creates the audit log, data keys and store metadata, and makes the audit log append-only', () => {
    const db = upTo(1);
    expect(tables(db)).toEqual(['audit_log', 'data_keys', 'store_meta']);
    db.prepare("INSERT INTO audit_log VALUES (1, 'now', NULL, 'a', 'e', NULL, 'org', x'00', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

describe('0002 people-and-users', () => {
  it('creates organisation, people and users; a staff person needs a staff role and a login is unique among current users', () => {
    const db = upTo(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['organisation', 'people', 'users']));
    expect(() => db.prepare("INSERT INTO people VALUES ('p1', 'staff', 'A', NULL, 'now')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO people VALUES ('p1', 'staff', 'A', 'tutor', 'now')").run();
    db.prepare("INSERT INTO people VALUES ('p2', 'staff', 'B', 'tutor', 'now')").run();
    db.prepare("INSERT INTO users VALUES ('u1', 'p1', 'same', 'client_manager', 1, 'now', 'later')").run();
    db.prepare("INSERT INTO users VALUES ('u2', 'p2', 'same', 'client_manager', 1, 'now', NULL)").run(); // the first was removed
    expect(() => db.prepare("INSERT INTO users VALUES ('u3', 'p1', 'other', 'wizard', 1, 'now', NULL)").run()).toThrow();
  });
});

describe('0003 cases', () => {
  it('creates cases whose client, worker and manager must exist', () => {
    const db = upTo(3);
    expect(tables(db)).toContain('cases');
    expect(() =>
      db.prepare("INSERT INTO cases VALUES ('c1', 'TH-0001', 'nobody', 'online_tuition', 'active', '2026-01-01', 'x', 'y', 'now', 'z')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('0004 chronology', () => {
  it('creates versioned records, parties, case keys and the access log; versions can never be changed or deleted', () => {
    const db = upTo(4);
    expect(tables(db)).toEqual(expect.arrayContaining(['records', 'record_versions', 'record_parties', 'case_keys', 'access_log']));
    db.prepare("INSERT INTO people VALUES ('c1', 'client', 'A', NULL, 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO people VALUES ('s1', 'staff', 'B', 'director', 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO users VALUES ('u1', 's1', 'b', 'director', 0, 'now', NULL)").run();
    db.prepare("INSERT INTO cases (id, reference, client_id, service, start_date, allocated_worker_id, client_manager_id, created_at, created_by) VALUES ('k1', 'TH-1', 'c1', 'online_tuition', '2026-01-01', 's1', 's1', 'now', 'u1')").run();
    db.prepare("INSERT INTO records VALUES ('r1', 'k1', 'contact', 1, 'now', 0, 0, NULL)").run();
    db.prepare("INSERT INTO record_versions VALUES ('r1', 1, 'now', 0, 'fact', '', '{}', NULL, 'now', 'u1', NULL)").run();
    expect(() => db.prepare("UPDATE record_versions SET fact = 'changed'").run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM record_versions').run()).toThrow(/never deleted/);
    // content is either in the clear or sealed, never both and never neither
    expect(() => db.prepare("INSERT INTO record_versions VALUES ('r1', 2, 'now', 0, NULL, NULL, NULL, NULL, 'now', 'u1', NULL)").run()).toThrow(/CHECK/);
  });
});

describe('0005 policy settings', () => {
  it('keeps changed settings as JSON, each naming the user who changed it', () => {
    const db = upTo(5);
    db.prepare("INSERT INTO people VALUES ('s1', 'staff', 'B', 'director', 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO users VALUES ('u1', 's1', 'b', 'director', 0, 'now', NULL)").run();
    db.prepare("INSERT INTO policy_settings VALUES ('flag:PAIR-1', '{\"params\":{}}', 'now', 'u1')").run();
    expect(() => db.prepare("INSERT INTO policy_settings VALUES ('flag:PAIR-2', 'not json', 'now', 'u1')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO policy_settings VALUES ('flag:PAIR-3', '{}', 'now', 'nobody')").run()).toThrow(/FOREIGN KEY/);
  });
});

describe('0006 data protection', () => {
  function withCase(): Database {
    const db = upTo(6);
    db.prepare("INSERT INTO people VALUES ('c1', 'client', 'A', NULL, 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO people VALUES ('s1', 'staff', 'B', 'director', 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO users VALUES ('u1', 's1', 'b', 'director', 0, 'now', NULL)").run();
    db.prepare("INSERT INTO cases (id, reference, client_id, service, start_date, allocated_worker_id, client_manager_id, created_at, created_by) VALUES ('k1', 'TH-1', 'c1', 'online_tuition', '2026-01-01', 's1', 's1', 'now', 'u1')").run();
    db.prepare("INSERT INTO records VALUES ('r1', 'k1', 'contact', 1, 'now', 0, 0, NULL)").run();
    db.prepare("INSERT INTO record_versions VALUES ('r1', 1, 'now', 0, 'fact', '', '{}', NULL, 'now', 'u1', NULL)").run();
    return db;
  }

  it('lets a record version be deleted only once its case is listed as erased, and then takes no new records', () => {
    const db = withCase();
    expect(tables(db)).toEqual(expect.arrayContaining(['erasures', 'erased_cases', 'retention_holds', 'subject_access_drafts']));
    expect(() => db.prepare('DELETE FROM record_versions').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE record_versions SET fact = 'changed'").run()).toThrow(/never changed/);
    db.prepare("INSERT INTO erasures (id, person_id, erased_at, erased_by, reason, case_references, records_erased, people_erased) VALUES ('e1', 'c1', 'now', 'u1', 'asked', '[\"TH-1\"]', 1, 1)").run();
    db.prepare("INSERT INTO erased_cases VALUES ('k1', 'e1')").run();
    expect(() => db.prepare("UPDATE record_versions SET fact = 'changed'").run()).toThrow(/never changed/); // deletion only, never a rewrite
    db.prepare('DELETE FROM record_versions').run();
    expect(() => db.prepare("INSERT INTO records VALUES ('r2', 'k1', 'contact', 1, 'now', 0, 0, NULL)").run()).toThrow(/erased/);
    expect(() => db.prepare("INSERT INTO case_people VALUES ('k1', 'c1')").run()).toThrow(/erased/);
    expect(() => db.prepare('DELETE FROM erasures').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM erased_cases').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE erasures SET reason = 'x'").run()).toThrow(/never changed/);
  });

  it('holds a retention hold on a case or a person, never both, and a clearing needs who and why', () => {
    const db = withCase();
    db.prepare("INSERT INTO retention_holds (id, case_id, reason, set_at, set_by) VALUES ('h1', 'k1', 'claim', 'now', 'u1')").run();
    expect(() => db.prepare("INSERT INTO retention_holds (id, case_id, person_id, reason, set_at, set_by) VALUES ('h2', 'k1', 'c1', 'x', 'now', 'u1')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE retention_holds SET cleared_at = 'now' WHERE id = 'h1'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE retention_holds SET cleared_at = 'now', cleared_by = 'u1', clear_reason = 'settled' WHERE id = 'h1'").run();
    db.prepare("UPDATE cases SET closed_on = '2026-06-30' WHERE id = 'k1'").run();
  });
});

describe('0007 casework', () => {
  it('keeps an append-only log of casework actions, each acting on an earlier one by id; only an erasure removes a case’s actions', () => {
    const db = upTo(7);
    db.prepare("INSERT INTO people VALUES ('c1', 'client', 'A', NULL, 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO people VALUES ('s1', 'staff', 'B', 'director', 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO users VALUES ('u1', 's1', 'b', 'director', 0, 'now', NULL)").run();
    db.prepare("INSERT INTO cases (id, reference, client_id, service, start_date, allocated_worker_id, client_manager_id, created_at, created_by) VALUES ('k1', 'TH-1', 'c1', 'online_tuition', '2026-01-01', 's1', 's1', 'now', 'u1')").run();
    const insert = db.prepare('INSERT INTO case_actions (id, case_id, kind, target_id, payload, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('a1', 'k1', 'proposal', null, '{}', 'now', 'u1');
    insert.run('a2', 'k1', 'decision', 'a1', '{}', 'now', 'u1');
    expect(() => insert.run('a3', 'k1', 'decision', 'nothing', '{}', 'now', 'u1')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('a4', 'k1', 'gossip', null, '{}', 'now', 'u1')).toThrow(/CHECK/);
    expect(() => insert.run('a5', 'k1', 'warning', null, 'not json', 'now', 'u1')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE case_actions SET payload = '[]'").run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM case_actions').run()).toThrow(/never deleted/);
    db.prepare("INSERT INTO erasures (id, person_id, erased_at, erased_by, reason, case_references, records_erased, people_erased) VALUES ('e1', 'c1', 'now', 'u1', 'asked', '[\"TH-1\"]', 0, 1)").run();
    db.prepare("INSERT INTO erased_cases VALUES ('k1', 'e1')").run();
    db.prepare('DELETE FROM case_actions').run();
    expect(() => insert.run('a6', 'k1', 'warning', null, '{}', 'now', 'u1')).toThrow(/erased/);
  });
});

describe('0008 letters', () => {
  it('freezes a letter once signed or void, keeps signed audit heads for ever, and lets only an erasure remove a case’s letters', () => {
    const db = upTo(8);
    db.prepare("INSERT INTO people VALUES ('c1', 'client', 'A', NULL, 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO people VALUES ('s1', 'staff', 'B', 'director', 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO users VALUES ('u1', 's1', 'b', 'director', 0, 'now', NULL)").run();
    db.prepare("INSERT INTO cases (id, reference, client_id, service, start_date, allocated_worker_id, client_manager_id, created_at, created_by) VALUES ('k1', 'TH-1', 'c1', 'online_tuition', '2026-01-01', 's1', 's1', 'now', 'u1')").run();
    const letter = db.prepare("INSERT INTO letters (id, case_id, number, type, source_kind, source_id, content, revision, created_at, created_by, updated_at, updated_by) VALUES (?, 'k1', ?, ?, 'case', NULL, '{}', 1, 'now', 'u1', 'now', 'u1')");
    letter.run('l1', 1, 'written_warning');
    letter.run('l2', 2, 'warning_expired');
    expect(() => letter.run('l3', 2, 'written_warning')).toThrow(/UNIQUE/);
    expect(() => letter.run('l4', 3, 'love_letter')).toThrow(/CHECK/);
    db.prepare("UPDATE letters SET content = '[]', revision = 2 WHERE id = 'l1'").run();
    db.prepare("INSERT INTO signed_letters VALUES ('l1', x'25504446', ?, 'now', 'u1', 'director', '{}', '{}', 'sig', 'key')").run('a'.repeat(64));
    expect(() => db.prepare("UPDATE letters SET content = '{}' WHERE id = 'l1'").run()).toThrow(/never changes/);
    expect(() => db.prepare("UPDATE signed_letters SET sha256 = ? WHERE letter_id = 'l1'").run('b'.repeat(64))).toThrow(/never changes/);
    expect(() => db.prepare("DELETE FROM signed_letters").run()).toThrow(/never deleted/);
    db.prepare("INSERT INTO letter_voids VALUES ('l2', 'now', 'u1', 'sent in error')").run();
    expect(() => db.prepare("UPDATE letters SET revision = 3 WHERE id = 'l2'").run()).toThrow(/never changes/);
    expect(() => db.prepare("DELETE FROM letters").run()).toThrow(/never deleted/);
    db.prepare("INSERT INTO audit_head_signatures VALUES (1, 'h', 'now', 'u1', 'sig')").run();
    expect(() => db.prepare('DELETE FROM audit_head_signatures').run()).toThrow(/never deleted/);
    db.prepare("INSERT INTO erasures (id, person_id, erased_at, erased_by, reason, case_references, records_erased, people_erased) VALUES ('e1', 'c1', 'now', 'u1', 'asked', '[\"TH-1\"]', 0, 1)").run();
    db.prepare("INSERT INTO erased_cases VALUES ('k1', 'e1')").run();
    db.prepare('DELETE FROM signed_letters').run();
    db.prepare('DELETE FROM letter_voids').run();
    db.prepare('DELETE FROM letters').run();
    expect(db.prepare('SELECT count(*) AS n FROM letters').get()).toEqual({ n: 0 });
  });
});

describe('0009 analysis revisions', () => {
  it('moves a case’s revision on with every write to its records, versions, row and casework, and the people revision with every change to people', () => {
    const db = upTo(9);
    const revision = (scope: string) => (db.prepare('SELECT revision FROM analysis_revisions WHERE scope = ?').get(scope) as { revision: number } | undefined)?.revision ?? 0;
    db.prepare("INSERT INTO people VALUES ('c1', 'client', 'A', NULL, 'now', NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO people VALUES ('s1', 'staff', 'B', 'director', 'now', NULL, NULL, NULL)").run();
    expect(revision('people')).toBe(2);
    db.prepare("INSERT INTO users VALUES ('u1', 's1', 'b', 'director', 0, 'now', NULL)").run();
    const kase = db.prepare("INSERT INTO cases (id, reference, client_id, service, start_date, allocated_worker_id, client_manager_id, created_at, created_by) VALUES (?, ?, 'c1', 'online_tuition', '2026-01-01', 's1', 's1', 'now', 'u1')");
    kase.run('k1', 'TH-1');
    kase.run('k2', 'TH-2');
    expect([revision('k1'), revision('k2')]).toEqual([0, 0]);
    db.prepare("INSERT INTO records (id, case_id, type, version, occurred_at, significant, restricted) VALUES ('r1', 'k1', 'note', 1, '2026-02-01T10:00:00Z', 0, 0)").run();
    expect(revision('k1')).toBe(1);
    db.prepare("INSERT INTO record_versions (record_id, version, occurred_at, significant, fact, details, recorded_at, recorded_by) VALUES ('r1', 1, '2026-02-01T10:00:00Z', 0, 'A note.', '{}', 'now', 'u1')").run();
    expect(revision('k1')).toBe(2);
    db.prepare("UPDATE records SET significant = 1 WHERE id = 'r1'").run();
    expect(revision('k1')).toBe(3);
    db.prepare("UPDATE cases SET status = 'closed' WHERE id = 'k1'").run();
    expect(revision('k1')).toBe(4);
    db.prepare("UPDATE people SET full_name = 'A B' WHERE id = 'c1'").run();
    expect(revision('people')).toBe(3);
    // A write to one case leaves the other's revision alone: only that case is evaluated again.
    expect(revision('k2')).toBe(0);
  });
});

describe('0010 recent cases', () => {
  it("adds an index that finds one user's case opens without reading anyone else's", () => {
    const before = upTo(9);
    const indexes = (db: Database) => (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'access_log'").all() as { name: string }[]).map((r) => r.name).sort();
    expect(indexes(before)).toEqual(['access_log_case']);
    const db = upTo(10);
    expect(indexes(db)).toEqual(['access_log_case', 'access_log_user_cases']);
    const columns = (db.prepare("SELECT name FROM pragma_index_info('access_log_user_cases') ORDER BY seqno").all() as { name: string }[]).map((r) => r.name);
    expect(columns).toEqual(['user_id', 'kind', 'case_id', 'seq']);
  });
});

describe('schema snapshot', () => {
  it('matches the committed schema (a change needs a new migration and a new snapshot)', async () => {
    const db = upTo(SCHEMA_VERSION);
    const schema = (db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { sql: string }[])
      .map((r) => `${r.sql};`)
      .join('\n\n');
    await expect(`-- schema version ${SCHEMA_VERSION}\n${schema}\n`).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });
});
