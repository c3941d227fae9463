import type { Migration } from './types';

/**
 * The chronology: every record of a case, versioned. `records` holds one row per record with
 * the current version's date and flags (what the chronology list filters and orders on);
 * `record_versions` keeps every version, never overwritten. A restricted record's fact, analysis
 * and details are NULL in the clear and present only in `sealed`, encrypted under its case's
 * restricted-record key, which `case_keys` holds sealed to each user allowed to read it.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'chronology',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN phone TEXT;
      ALTER TABLE people ADD COLUMN email TEXT;
      ALTER TABLE people ADD COLUMN address TEXT;
      ALTER TABLE cases ADD COLUMN student_id TEXT REFERENCES people(id);
      ALTER TABLE cases ADD COLUMN mentor_id TEXT REFERENCES people(id);
      ALTER TABLE cases ADD COLUMN boundaries_explained_on TEXT;

      -- Client-side people of a case beyond its client: the student, another parent or carer.
      CREATE TABLE case_people (
        case_id TEXT NOT NULL REFERENCES cases(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        PRIMARY KEY (case_id, person_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        type TEXT NOT NULL,
        version INTEGER NOT NULL,
        occurred_at TEXT NOT NULL,
        significant INTEGER NOT NULL CHECK (significant IN (0, 1)),
        restricted INTEGER NOT NULL CHECK (restricted IN (0, 1)),
        merged_into TEXT REFERENCES records(id)
      ) STRICT;
      CREATE INDEX records_case_time ON records(case_id, occurred_at);
      CREATE INDEX records_case_type_time ON records(case_id, type, occurred_at);

      CREATE TABLE record_versions (
        record_id TEXT NOT NULL REFERENCES records(id),
        version INTEGER NOT NULL,
        occurred_at TEXT NOT NULL,
        significant INTEGER NOT NULL CHECK (significant IN (0, 1)),
        fact TEXT,
        analysis TEXT,
        details TEXT,
        sealed BLOB,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users(id),
        correction_reason TEXT,
        PRIMARY KEY (record_id, version),
        CHECK ((sealed IS NULL) = (fact IS NOT NULL AND details IS NOT NULL))
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER record_versions_no_update BEFORE UPDATE ON record_versions
      BEGIN SELECT RAISE(ABORT, 'a record version is never changed: correct it with a new version'); END;
      CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
      BEGIN SELECT RAISE(ABORT, 'a record version is never deleted'); END;

      CREATE TABLE record_parties (
        record_id TEXT NOT NULL REFERENCES records(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        side TEXT NOT NULL CHECK (side IN ('client', 'staff')),
        PRIMARY KEY (record_id, person_id, side)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX record_parties_person ON record_parties(person_id);

      CREATE TABLE case_keys (
        case_id TEXT NOT NULL REFERENCES cases(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        box TEXT NOT NULL,
        PRIMARY KEY (case_id, user_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE access_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL CHECK (kind IN ('case', 'restricted_record')),
        case_id TEXT NOT NULL REFERENCES cases(id),
        record_id TEXT REFERENCES records(id)
      ) STRICT;
      CREATE INDEX access_log_case ON access_log(case_id, seq);
    `);
  },
};
