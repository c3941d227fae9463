import type { Migration } from './types';

/**
 * Policy settings (SPEC section 3): only what the director changed from a default. A flag's row
 * is keyed 'flag:<id>' and holds the services it applies to and its parameter values; the
 * hand-added bank holidays are 'calendar:extra-holidays'. A missing row means every default.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'policy-settings',
  up(db) {
    db.exec(`
      CREATE TABLE policy_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
