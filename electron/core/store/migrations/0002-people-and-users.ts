import type { Migration } from './types';

/** The organisation, people (clients, students, staff) and the users who unlock the store. */
export const migration0002: Migration = {
  version: 2,
  name: 'people-and-users',
  up(db) {
    db.exec(`
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

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL UNIQUE REFERENCES people(id),
        login TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('director', 'client_manager', 'clinical_lead', 'appeals_officer')),
        must_change_passphrase INTEGER NOT NULL CHECK (must_change_passphrase IN (0, 1)),
        created_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX users_login_current ON users(login) WHERE removed_at IS NULL;
    `);
  },
};
