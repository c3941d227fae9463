import type { Migration } from './types';

/**
 * Revisions for the analyses' cache (SPEC section 8): a counter per case that every write to
 * what its flags are computed from moves on (its records and their versions, the case row, its
 * casework), and one for people, whose names every case's findings may carry. Triggers keep
 * them, so no write path (an edit, an import, a bundle, a merge, an erasure) can forget to; the
 * cache compares counters instead of re-reading a case's records to see whether they changed.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'analysis-revisions',
  up(db) {
    const bump = (scope: string) => `INSERT INTO analysis_revisions (scope, revision) VALUES (${scope}, 1) ON CONFLICT (scope) DO UPDATE SET revision = revision + 1;`;
    db.exec(`
      CREATE TABLE analysis_revisions (
        scope TEXT PRIMARY KEY,
        revision INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER records_revise_insert AFTER INSERT ON records BEGIN ${bump('NEW.case_id')} END;
      CREATE TRIGGER records_revise_update AFTER UPDATE ON records BEGIN ${bump('NEW.case_id')} END;
      CREATE TRIGGER records_revise_move AFTER UPDATE OF case_id ON records WHEN OLD.case_id IS NOT NEW.case_id BEGIN ${bump('OLD.case_id')} END;
      CREATE TRIGGER records_revise_delete AFTER DELETE ON records BEGIN ${bump('OLD.case_id')} END;
      CREATE TRIGGER record_versions_revise AFTER INSERT ON record_versions BEGIN ${bump('(SELECT case_id FROM records WHERE id = NEW.record_id)')} END;
      CREATE TRIGGER cases_revise_update AFTER UPDATE ON cases BEGIN ${bump('NEW.id')} END;
      CREATE TRIGGER cases_revise_delete AFTER DELETE ON cases BEGIN ${bump('OLD.id')} END;
      CREATE TRIGGER case_actions_revise AFTER INSERT ON case_actions BEGIN ${bump('NEW.case_id')} END;
      CREATE TRIGGER people_revise_insert AFTER INSERT ON people BEGIN ${bump("'people'")} END;
      CREATE TRIGGER people_revise_update AFTER UPDATE ON people BEGIN ${bump("'people'")} END;
      CREATE TRIGGER people_revise_delete AFTER DELETE ON people BEGIN ${bump("'people'")} END;
    `);
  },
};
