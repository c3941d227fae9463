import type { Migration } from './types';

/**
 * Policy settings (SPEC section 3): only what the director changed from a default. A flag's row
 * is keyed 'flag:<id>' and holds the services it applies to and its parameter values; the
 * hand-added bank holidays are 'calendar:extra-holidays'. A missing row means every default.
 * Also an index for the analyses' lookup of merged issues.
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

      -- Analyses resolve merged issues on every load: a partial index keeps that off a full scan.
      CREATE INDEX records_merged ON records(merged_into) WHERE merged_into IS NOT NULL;
    `);
  },
};
