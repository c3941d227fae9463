import type { Migration } from './types';

/**
 * The audit trail and the data keys that protect personal values inside it (SPEC section 6):
 * each row's before/after payload is encrypted under its subject's data key and the chain hashes
 * the ciphertext, so destroying a client's key erases their values without breaking the chain.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'audit-and-keys',
  up(db) {
    db.exec(`
      CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE data_keys (
        id TEXT PRIMARY KEY,
        key BLOB NOT NULL CHECK (length(key) = 32),
        created_at TEXT NOT NULL
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

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `);
  },
};
