import type { Migration } from './types';

/**
 * Letters (SPEC section 5). A letter is a draft (`letters`, its content edited in place, each
 * save a new revision) until it is signed; signing adds its one `signed_letters` row (the PDF,
 * its SHA-256, the signer, the time and, for the director, an Ed25519 signature) and from then
 * the letter and its signed row never change. Voiding adds a `letter_voids` row with the reason.
 * The director's key also signs the audit chain's head at each of their signatures
 * (`audit_head_signatures`). Only the erasure of the case's client removes any of it.
 * The organisation gains its letterhead: routes and contact lines as JSON, the logo as bytes.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'letters',
  up(db) {
    db.exec(`
      ALTER TABLE organisation ADD COLUMN letterhead TEXT CHECK (letterhead IS NULL OR json_valid(letterhead));

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

      CREATE TABLE letter_voids (
        letter_id TEXT PRIMARY KEY REFERENCES letters(id),
        voided_at TEXT NOT NULL,
        voided_by TEXT NOT NULL REFERENCES users(id),
        reason TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_head_signatures (
        seq INTEGER PRIMARY KEY,
        hash TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        signed_by TEXT NOT NULL REFERENCES users(id),
        signature TEXT NOT NULL
      ) STRICT;

      CREATE INDEX letters_case ON letters(case_id, number);

      CREATE TRIGGER letters_signed_never_change BEFORE UPDATE ON letters
      WHEN EXISTS (SELECT 1 FROM signed_letters WHERE letter_id = OLD.id) OR EXISTS (SELECT 1 FROM letter_voids WHERE letter_id = OLD.id)
      BEGIN SELECT RAISE(ABORT, 'a signed or void letter never changes'); END;
      CREATE TRIGGER signed_letters_no_update BEFORE UPDATE ON signed_letters
      BEGIN SELECT RAISE(ABORT, 'a signed letter never changes: void it and sign a new one'); END;
      CREATE TRIGGER letter_voids_no_update BEFORE UPDATE ON letter_voids
      BEGIN SELECT RAISE(ABORT, 'a void letter stays void'); END;
      CREATE TRIGGER audit_head_signatures_no_update BEFORE UPDATE ON audit_head_signatures
      BEGIN SELECT RAISE(ABORT, 'a signed audit head never changes'); END;
      CREATE TRIGGER audit_head_signatures_no_delete BEFORE DELETE ON audit_head_signatures
      BEGIN SELECT RAISE(ABORT, 'a signed audit head is never deleted'); END;
      CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
      WHEN NOT EXISTS (SELECT 1 FROM erased_cases WHERE case_id = OLD.case_id)
      BEGIN SELECT RAISE(ABORT, 'a letter is never deleted (void it; only the erasure of its client removes it)'); END;
      CREATE TRIGGER signed_letters_no_delete BEFORE DELETE ON signed_letters
      WHEN NOT EXISTS (SELECT 1 FROM letters l JOIN erased_cases e ON e.case_id = l.case_id WHERE l.id = OLD.letter_id)
      BEGIN SELECT RAISE(ABORT, 'a signed letter is never deleted (only the erasure of its client removes it)'); END;
      CREATE TRIGGER letter_voids_no_delete BEFORE DELETE ON letter_voids
      WHEN NOT EXISTS (SELECT 1 FROM letters l JOIN erased_cases e ON e.case_id = l.case_id WHERE l.id = OLD.letter_id)
      BEGIN SELECT RAISE(ABORT, 'a void letter is never deleted (only the erasure of its client removes it)'); END;
    `);
  },
};
