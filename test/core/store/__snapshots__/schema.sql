-- schema version 5
CREATE INDEX access_log_case ON access_log(case_id, seq);

CREATE INDEX cases_client_manager ON cases(client_manager_id);

CREATE INDEX cases_created ON cases(created_at);

CREATE INDEX record_parties_person ON record_parties(person_id);

CREATE INDEX records_case_time ON records(case_id, occurred_at);

CREATE INDEX records_case_type_time ON records(case_id, type, occurred_at);

CREATE INDEX records_merged ON records(merged_into) WHERE merged_into IS NOT NULL;

CREATE UNIQUE INDEX users_login_current ON users(login) WHERE removed_at IS NULL;

CREATE TABLE access_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL CHECK (kind IN ('case', 'restricted_record')),
        case_id TEXT NOT NULL REFERENCES cases(id),
        record_id TEXT REFERENCES records(id)
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
      , student_id TEXT REFERENCES people(id), mentor_id TEXT REFERENCES people(id), boundaries_explained_on TEXT) STRICT;

CREATE TABLE data_keys (
        id TEXT PRIMARY KEY,
        key BLOB NOT NULL CHECK (length(key) = 32),
        created_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE organisation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        auto_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (auto_lock_minutes BETWEEN 1 AND 240)
      ) STRICT;

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

CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
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

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
      BEGIN SELECT RAISE(ABORT, 'a record version is never deleted'); END;

CREATE TRIGGER record_versions_no_update BEFORE UPDATE ON record_versions
      BEGIN SELECT RAISE(ABORT, 'a record version is never changed: correct it with a new version'); END;
