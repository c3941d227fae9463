-- schema version 10
CREATE INDEX access_log_case ON access_log(case_id, seq);

CREATE INDEX access_log_user_cases ON access_log(user_id, kind, case_id, seq);

CREATE INDEX audit_log_entity ON audit_log(entity_id);

CREATE INDEX case_actions_case ON case_actions(case_id, seq);

CREATE INDEX case_actions_kind ON case_actions(kind, case_id);

CREATE INDEX cases_client_manager ON cases(client_manager_id);

CREATE INDEX cases_created ON cases(created_at);

CREATE INDEX letters_case ON letters(case_id, number);

CREATE INDEX record_parties_person ON record_parties(person_id);

CREATE INDEX records_agreements ON records(case_id) WHERE type = 'communication_agreement';

CREATE INDEX records_case_time ON records(case_id, occurred_at);

CREATE INDEX records_case_type_time ON records(case_id, type, occurred_at);

CREATE INDEX records_merged ON records(merged_into) WHERE merged_into IS NOT NULL;

CREATE INDEX retention_holds_case ON retention_holds(case_id) WHERE case_id IS NOT NULL;

CREATE INDEX retention_holds_person ON retention_holds(person_id) WHERE person_id IS NOT NULL;

CREATE INDEX subject_access_drafts_person ON subject_access_drafts(person_id);

CREATE UNIQUE INDEX users_login_current ON users(login) WHERE removed_at IS NULL;

CREATE TABLE access_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL CHECK (kind IN ('case', 'restricted_record')),
        case_id TEXT NOT NULL REFERENCES cases(id),
        record_id TEXT REFERENCES records(id)
      ) STRICT;

CREATE TABLE analysis_revisions (
        scope TEXT PRIMARY KEY,
        revision INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

CREATE TABLE audit_head_signatures (
        seq INTEGER PRIMARY KEY,
        hash TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        signed_by TEXT NOT NULL REFERENCES users(id),
        signature TEXT NOT NULL
      ) STRICT;

CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_user_id TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        key_id TEXT NOT NULL,
        payload BLOB NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

CREATE TABLE case_actions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('warning', 'assessment', 'risk_check', 'proposal', 'consultation', 'decision', 'restriction_review', 'appeal', 'appeal_assignment', 'appeal_decision')),
        target_id TEXT REFERENCES case_actions(id),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT;

CREATE TABLE case_keys (
        case_id TEXT NOT NULL REFERENCES cases(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        box TEXT NOT NULL,
        PRIMARY KEY (case_id, user_id)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE case_people (
        case_id TEXT NOT NULL REFERENCES cases(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        PRIMARY KEY (case_id, person_id)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES people(id),
        service TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',
        start_date TEXT NOT NULL,
        allocated_worker_id TEXT NOT NULL REFERENCES people(id),
        client_manager_id TEXT NOT NULL REFERENCES people(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id)
      , student_id TEXT REFERENCES people(id), mentor_id TEXT REFERENCES people(id), boundaries_explained_on TEXT, closed_on TEXT) STRICT;

CREATE TABLE data_keys (
        id TEXT PRIMARY KEY,
        key BLOB NOT NULL CHECK (length(key) = 32),
        created_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE erased_cases (
        case_id TEXT PRIMARY KEY REFERENCES cases(id),
        erasure_id TEXT NOT NULL REFERENCES erasures(id)
      ) STRICT, WITHOUT ROWID;

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

CREATE TABLE letter_voids (
        letter_id TEXT PRIMARY KEY REFERENCES letters(id),
        voided_at TEXT NOT NULL,
        voided_by TEXT NOT NULL REFERENCES users(id),
        reason TEXT NOT NULL
      ) STRICT;

CREATE TABLE letters (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        number INTEGER NOT NULL CHECK (number >= 1),
        type TEXT NOT NULL CHECK (type IN ('verbal_warning_confirmation', 'written_warning', 'withdrawal_of_service', 'communication_agreement', 'contact_restriction', 'missed_sessions_notice', 'end_of_short_term_counselling', 'warning_expired')),
        source_kind TEXT NOT NULL CHECK (source_kind IN ('warning', 'decision', 'agreement', 'flag', 'case')),
        source_id TEXT,
        content TEXT NOT NULL CHECK (json_valid(content)),
        revision INTEGER NOT NULL CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        UNIQUE (case_id, number)
      ) STRICT;

CREATE TABLE organisation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        auto_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (auto_lock_minutes BETWEEN 1 AND 240)
      , letterhead TEXT CHECK (letterhead IS NULL OR json_valid(letterhead))) STRICT;

CREATE TABLE people (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('client', 'student', 'staff')),
        full_name TEXT NOT NULL,
        staff_role TEXT,
        created_at TEXT NOT NULL, phone TEXT, email TEXT, address TEXT,
        CHECK ((kind = 'staff') = (staff_role IS NOT NULL))
      ) STRICT;

CREATE TABLE policy_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE record_parties (
        record_id TEXT NOT NULL REFERENCES records(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        side TEXT NOT NULL CHECK (side IN ('client', 'staff')),
        PRIMARY KEY (record_id, person_id, side)
      ) STRICT, WITHOUT ROWID;

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

CREATE TABLE signed_letters (
        letter_id TEXT PRIMARY KEY REFERENCES letters(id),
        pdf BLOB NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        signed_at TEXT NOT NULL,
        signed_by TEXT NOT NULL REFERENCES users(id),
        signer_role TEXT NOT NULL,
        -- Everything the PDF was rendered from, so verification can render it again, byte for byte.
        render_input TEXT NOT NULL CHECK (json_valid(render_input)),
        statement TEXT NOT NULL CHECK (json_valid(statement)),
        signature TEXT,
        -- The Ed25519 public key the signature verifies with: this store's, or for a letter that
        -- came in a case bundle, the key of the store that signed it.
        public_key TEXT,
        CHECK ((signature IS NULL) = (public_key IS NULL))
      ) STRICT;

CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

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

CREATE TABLE users (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL UNIQUE REFERENCES people(id),
        login TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('director', 'client_manager', 'clinical_lead', 'appeals_officer')),
        must_change_passphrase INTEGER NOT NULL CHECK (must_change_passphrase IN (0, 1)),
        created_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;

CREATE TRIGGER audit_head_signatures_no_delete BEFORE DELETE ON audit_head_signatures
      BEGIN SELECT RAISE(ABORT, 'a signed audit head is never deleted'); END;

CREATE TRIGGER audit_head_signatures_no_update BEFORE UPDATE ON audit_head_signatures
      BEGIN SELECT RAISE(ABORT, 'a signed audit head never changes'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER case_actions_no_delete BEFORE DELETE ON case_actions
      WHEN NOT EXISTS (SELECT 1 FROM erased_cases WHERE case_id = OLD.case_id)
      BEGIN SELECT RAISE(ABORT, 'a casework action is never deleted (only the erasure of its client removes it)'); END;

CREATE TRIGGER case_actions_no_update BEFORE UPDATE ON case_actions
      BEGIN SELECT RAISE(ABORT, 'a casework action is never changed: record a new one'); END;

CREATE TRIGGER case_actions_not_in_erased_case BEFORE INSERT ON case_actions
      WHEN EXISTS (SELECT 1 FROM erased_cases WHERE case_id = NEW.case_id)
      BEGIN SELECT RAISE(ABORT, 'the client of this case was erased: it takes no new actions'); END;

CREATE TRIGGER case_actions_revise AFTER INSERT ON case_actions BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES (NEW.case_id, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER case_people_not_in_erased_case BEFORE INSERT ON case_people
      WHEN EXISTS (SELECT 1 FROM erased_cases WHERE case_id = NEW.case_id)
      BEGIN SELECT RAISE(ABORT, 'the client of this case was erased: it takes no new people'); END;

CREATE TRIGGER cases_revise_delete AFTER DELETE ON cases BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES (OLD.id, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER cases_revise_update AFTER UPDATE ON cases BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES (NEW.id, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER erased_cases_no_delete BEFORE DELETE ON erased_cases
      BEGIN SELECT RAISE(ABORT, 'an erasure is never deleted'); END;

CREATE TRIGGER erased_cases_no_update BEFORE UPDATE ON erased_cases
      BEGIN SELECT RAISE(ABORT, 'an erasure is never changed'); END;

CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
      BEGIN SELECT RAISE(ABORT, 'an erasure is never deleted'); END;

CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
      BEGIN SELECT RAISE(ABORT, 'an erasure is never changed'); END;

CREATE TRIGGER letter_voids_no_delete BEFORE DELETE ON letter_voids
      WHEN NOT EXISTS (SELECT 1 FROM letters l JOIN erased_cases e ON e.case_id = l.case_id WHERE l.id = OLD.letter_id)
      BEGIN SELECT RAISE(ABORT, 'a void letter is never deleted (only the erasure of its client removes it)'); END;

CREATE TRIGGER letter_voids_no_update BEFORE UPDATE ON letter_voids
      BEGIN SELECT RAISE(ABORT, 'a void letter stays void'); END;

CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
      WHEN NOT EXISTS (SELECT 1 FROM erased_cases WHERE case_id = OLD.case_id)
      BEGIN SELECT RAISE(ABORT, 'a letter is never deleted (void it; only the erasure of its client removes it)'); END;

CREATE TRIGGER letters_signed_never_change BEFORE UPDATE ON letters
      WHEN EXISTS (SELECT 1 FROM signed_letters WHERE letter_id = OLD.id) OR EXISTS (SELECT 1 FROM letter_voids WHERE letter_id = OLD.id)
      BEGIN SELECT RAISE(ABORT, 'a signed or void letter never changes'); END;

CREATE TRIGGER people_revise_delete AFTER DELETE ON people BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES ('people', 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER people_revise_insert AFTER INSERT ON people BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES ('people', 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER people_revise_update AFTER UPDATE ON people BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES ('people', 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
      WHEN NOT EXISTS (SELECT 1 FROM records r JOIN erased_cases e ON e.case_id = r.case_id WHERE r.id = OLD.record_id)
      BEGIN SELECT RAISE(ABORT, 'a record version is never deleted (only the erasure of its client removes it)'); END;

CREATE TRIGGER record_versions_no_update BEFORE UPDATE ON record_versions
      BEGIN SELECT RAISE(ABORT, 'a record version is never changed: correct it with a new version'); END;

CREATE TRIGGER record_versions_revise AFTER INSERT ON record_versions BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES ((SELECT case_id FROM records WHERE id = NEW.record_id), 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER records_not_in_erased_case BEFORE INSERT ON records
      WHEN EXISTS (SELECT 1 FROM erased_cases WHERE case_id = NEW.case_id)
      BEGIN SELECT RAISE(ABORT, 'the client of this case was erased: it takes no new records'); END;

CREATE TRIGGER records_revise_delete AFTER DELETE ON records BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES (OLD.case_id, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER records_revise_insert AFTER INSERT ON records BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES (NEW.case_id, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER records_revise_move AFTER UPDATE OF case_id ON records WHEN OLD.case_id IS NOT NEW.case_id BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES (OLD.case_id, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER records_revise_update AFTER UPDATE ON records BEGIN INSERT INTO analysis_revisions (scope, revision) VALUES (NEW.case_id, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1; END;

CREATE TRIGGER signed_letters_no_delete BEFORE DELETE ON signed_letters
      WHEN NOT EXISTS (SELECT 1 FROM letters l JOIN erased_cases e ON e.case_id = l.case_id WHERE l.id = OLD.letter_id)
      BEGIN SELECT RAISE(ABORT, 'a signed letter is never deleted (only the erasure of its client removes it)'); END;

CREATE TRIGGER signed_letters_no_update BEFORE UPDATE ON signed_letters
      BEGIN SELECT RAISE(ABORT, 'a signed letter never changes: void it and sign a new one'); END;
