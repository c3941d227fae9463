import type { Migration } from './types';

/**
 * Data-protection duties (SPEC section 6, docs/data-protection.md).
 *
 * - Erasure: `erasures` is the tombstone of each erased client and `erased_cases` the cases it
 *   covered; both are append-only. Record versions stay undeletable except for the records of a
 *   case listed in `erased_cases`: the erasure inserts that row and deletes the records in the
 *   same transaction, with its audit row, so the only way past the trigger is a recorded erasure.
 *   An erased case takes no new records or client-side people.
 * - Retention: the date a case was closed (the retention period runs from it) and retention
 *   holds on a case or a person, set and cleared by the director with a reason.
 * - Subject access: drafts the director reviews. A draft stores no content, only what it was
 *   built from and the SHA-256 of what the director saw: the release rebuilds it and refuses if
 *   anything changed. The extra phrases to redact are encrypted under the subject's data key.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'data-protection',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN closed_on TEXT;

      CREATE TABLE erasures (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL UNIQUE REFERENCES people(id),
        erased_at TEXT NOT NULL,
        erased_by TEXT REFERENCES users(id),
        reason TEXT NOT NULL,
        case_references TEXT NOT NULL CHECK (json_valid(case_references)),
        records_erased INTEGER NOT NULL CHECK (records_erased >= 0),
        people_erased INTEGER NOT NULL CHECK (people_erased >= 1),
        reapplied INTEGER NOT NULL DEFAULT 0 CHECK (reapplied IN (0, 1))
      ) STRICT;

      CREATE TABLE erased_cases (
        case_id TEXT PRIMARY KEY REFERENCES cases(id),
        erasure_id TEXT NOT NULL REFERENCES erasures(id)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
      BEGIN SELECT RAISE(ABORT, 'an erasure is never changed'); END;
      CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
      BEGIN SELECT RAISE(ABORT, 'an erasure is never deleted'); END;
      CREATE TRIGGER erased_cases_no_update BEFORE UPDATE ON erased_cases
      BEGIN SELECT RAISE(ABORT, 'an erasure is never changed'); END;
      CREATE TRIGGER erased_cases_no_delete BEFORE DELETE ON erased_cases
      BEGIN SELECT RAISE(ABORT, 'an erasure is never deleted'); END;

      DROP TRIGGER record_versions_no_delete;
      CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
      WHEN NOT EXISTS (SELECT 1 FROM records r JOIN erased_cases e ON e.case_id = r.case_id WHERE r.id = OLD.record_id)
      BEGIN SELECT RAISE(ABORT, 'a record version is never deleted (only the erasure of its client removes it)'); END;

      CREATE TRIGGER records_not_in_erased_case BEFORE INSERT ON records
      WHEN EXISTS (SELECT 1 FROM erased_cases WHERE case_id = NEW.case_id)
      BEGIN SELECT RAISE(ABORT, 'the client of this case was erased: it takes no new records'); END;
      CREATE TRIGGER case_people_not_in_erased_case BEFORE INSERT ON case_people
      WHEN EXISTS (SELECT 1 FROM erased_cases WHERE case_id = NEW.case_id)
      BEGIN SELECT RAISE(ABORT, 'the client of this case was erased: it takes no new people'); END;

      CREATE TABLE retention_holds (
        id TEXT PRIMARY KEY,
        case_id TEXT REFERENCES cases(id),
        person_id TEXT REFERENCES people(id),
        reason TEXT NOT NULL,
        set_at TEXT NOT NULL,
        set_by TEXT NOT NULL REFERENCES users(id),
        cleared_at TEXT,
        cleared_by TEXT REFERENCES users(id),
        clear_reason TEXT,
        CHECK ((case_id IS NULL) <> (person_id IS NULL)),
        CHECK ((cleared_at IS NULL) = (cleared_by IS NULL) AND (cleared_at IS NULL) = (clear_reason IS NULL))
      ) STRICT;
      CREATE INDEX retention_holds_case ON retention_holds(case_id) WHERE case_id IS NOT NULL;
      CREATE INDEX retention_holds_person ON retention_holds(person_id) WHERE person_id IS NOT NULL;

      CREATE TABLE subject_access_drafts (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        include_restricted INTEGER NOT NULL CHECK (include_restricted IN (0, 1)),
        extra_redactions BLOB NOT NULL,
        content_sha256 TEXT NOT NULL,
        released_at TEXT,
        released_by TEXT REFERENCES users(id),
        CHECK ((released_at IS NULL) = (released_by IS NULL))
      ) STRICT;
      CREATE INDEX subject_access_drafts_person ON subject_access_drafts(person_id);
    `);
  },
};
