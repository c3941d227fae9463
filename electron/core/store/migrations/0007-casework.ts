import type { Migration } from './types';

/**
 * Casework (SPEC section 4): warnings, clinical-lead assessments, risk and safeguarding checks,
 * proposals, consultations, decisions, restriction reviews and appeals, as one append-only log
 * of actions per case. Nothing is ever changed: a later action acts on an earlier one through
 * `target_id` (a decision on its proposal, an appeal on its warning), and every state the app
 * shows (a warning live or expired, a restriction in force or lapsed, the case's status) is
 * computed from the log as of a date. `payload` holds the kind's fields, validated by the
 * contract before they are written. Only the erasure of the case's client removes its actions.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'casework',
  up(db) {
    db.exec(`
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
      CREATE INDEX case_actions_case ON case_actions(case_id, seq);
      CREATE INDEX case_actions_kind ON case_actions(kind, case_id);
      -- The restriction register reads every communication agreement, of every case.
      CREATE INDEX records_agreements ON records(case_id) WHERE type = 'communication_agreement';
      -- A case's audit trail (audit.forCase) is read by the entities it touched.
      CREATE INDEX audit_log_entity ON audit_log(entity_id);

      CREATE TRIGGER case_actions_no_update BEFORE UPDATE ON case_actions
      BEGIN SELECT RAISE(ABORT, 'a casework action is never changed: record a new one'); END;
      CREATE TRIGGER case_actions_no_delete BEFORE DELETE ON case_actions
      WHEN NOT EXISTS (SELECT 1 FROM erased_cases WHERE case_id = OLD.case_id)
      BEGIN SELECT RAISE(ABORT, 'a casework action is never deleted (only the erasure of its client removes it)'); END;
      CREATE TRIGGER case_actions_not_in_erased_case BEFORE INSERT ON case_actions
      WHEN EXISTS (SELECT 1 FROM erased_cases WHERE case_id = NEW.case_id)
      BEGIN SELECT RAISE(ABORT, 'the client of this case was erased: it takes no new actions'); END;
    `);
  },
};
