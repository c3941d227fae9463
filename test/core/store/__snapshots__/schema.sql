-- schema version 3
CREATE INDEX cases_client_manager ON cases(client_manager_id);

CREATE INDEX cases_created ON cases(created_at);

CREATE UNIQUE INDEX users_login_current ON users(login) WHERE removed_at IS NULL;

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
      ) STRICT;

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
        created_at TEXT NOT NULL,
        CHECK ((kind = 'staff') = (staff_role IS NOT NULL))
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
