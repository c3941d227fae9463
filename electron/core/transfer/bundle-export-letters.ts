// A case's signed letters as a bundle carries them (format 3): every letter that was signed,
// void or not, with its stored PDF and everything another store needs to verify it (the render
// input, the signed statement, the signature and the public key it verifies with), in number
// order. Drafts, and drafts discarded before they were signed, stay behind: they are work in
// progress that was never sent, and a letter that was never signed proves nothing.
import { bundleLetter, type BundleLetter } from '../contract';
import type { Writer } from '../records/record-service';

interface LetterExportRow {
  id: string;
  number: number;
  type: string;
  source_kind: string;
  source_id: string | null;
  content: string;
  revision: number;
  created_at: string;
  created_by: string;
  pdf: Buffer;
  sha256: string;
  signed_at: string;
  signed_by: string;
  signer_role: string;
  render_input: string;
  statement: string;
  signature: string | null;
  public_key: string | null;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

/** The case's signed letters, by number; the users they name are added to `users`. */
export function exportLetters(w: Writer, caseId: string, users: Set<string>): BundleLetter[] {
  const rows = w.db
    .prepare(
      `SELECT l.id, l.number, l.type, l.source_kind, l.source_id, l.content, l.revision, l.created_at, l.created_by,
              s.pdf, s.sha256, s.signed_at, s.signed_by, s.signer_role, s.render_input, s.statement, s.signature, s.public_key,
              v.voided_at, v.voided_by, v.reason AS void_reason
         FROM letters l JOIN signed_letters s ON s.letter_id = l.id LEFT JOIN letter_voids v ON v.letter_id = l.id
        WHERE l.case_id = ? ORDER BY l.number`,
    )
    .all(caseId) as LetterExportRow[];
  return rows.map((r) => {
    users.add(r.created_by);
    users.add(r.signed_by);
    if (r.voided_by) users.add(r.voided_by);
    // Parsing against the contract proves the export readable.
    return bundleLetter.parse({
      id: r.id,
      number: r.number,
      type: r.type,
      source: { kind: r.source_kind, id: r.source_id },
      content: JSON.parse(r.content) as unknown,
      revision: r.revision,
      createdAt: r.created_at,
      createdBy: r.created_by,
      signed: {
        at: r.signed_at,
        by: r.signed_by,
        role: r.signer_role,
        pdf: Buffer.from(r.pdf).toString('base64'),
        sha256: r.sha256,
        renderInput: r.render_input,
        statement: r.statement,
        signature: r.signature,
        publicKey: r.public_key,
      },
      voided: r.voided_at && r.voided_by ? { at: r.voided_at, by: r.voided_by, reason: r.void_reason ?? '' } : null,
    });
  });
}
