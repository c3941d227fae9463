// The letters a subject access export releases: in a case where the subject is the client, every
// letter that was signed, in number order. A signed letter is released as it was sent: its
// content, who signed it as the letter shows them, and its stored PDF beside the JSON (the
// subject holds it already, so nothing in it is redacted). A void letter is listed as void, with
// no text and no PDF: a letter is voided because it was wrong, and what was wrong may be someone
// else's data; its void reason is a staff note, redacted like any other. Drafts, and drafts
// discarded before signing, were never sent and are not released.
import { LETTER_TYPE_LABELS, letterContent, ROLE_LABELS, type LetterType, type Role, type SubjectAccessLetter } from '../contract';
import { letterReference } from '../letters/repo';
import type { Writer } from '../records/record-service';
import type { Redactor } from './redactor';

interface Row {
  id: string;
  number: number;
  type: LetterType;
  content: string;
  signed_at: string;
  signer_role: Role;
  sha256: string;
  render_input: string;
  voided_at: string | null;
  void_reason: string | null;
}

export function subjectLetters(w: Pick<Writer, 'db'>, caseId: string, caseReference: string, redactor: Redactor): SubjectAccessLetter[] {
  const rows = w.db
    .prepare(
      `SELECT l.id, l.number, l.type, l.content, s.signed_at, s.signer_role, s.sha256, s.render_input, v.voided_at, v.reason AS void_reason
         FROM letters l JOIN signed_letters s ON s.letter_id = l.id LEFT JOIN letter_voids v ON v.letter_id = l.id
        WHERE l.case_id = ? ORDER BY l.number`,
    )
    .all(caseId) as Row[];
  return rows.map((r) => {
    const content = letterContent.parse(JSON.parse(r.content));
    // The signature block as the PDF shows it (letters/document.ts), from what was rendered.
    const rendered = JSON.parse(r.render_input) as { organisation?: { name?: string } };
    const signedBy = content.inOrganisationName ? (rendered.organisation?.name ?? '') : [content.signOff.name, content.signOff.title].filter(Boolean).join(', ');
    const base = {
      id: r.id,
      reference: letterReference(caseReference, r.number),
      type: r.type,
      title: LETTER_TYPE_LABELS[r.type],
      letterDate: content.letterDate,
      signedAt: r.signed_at,
      signedBy,
      signerRole: ROLE_LABELS[r.signer_role],
    };
    if (r.voided_at) return { ...base, status: 'void', content: null, pdf: null, voided: { at: r.voided_at, reason: redactor.text(r.void_reason ?? '') } };
    return { ...base, status: 'signed', content, pdf: { sha256: r.sha256, fileName: null }, voided: null };
  });
}

/** A signed letter's stored PDF, for the release to write beside the JSON. */
export function storedLetterPdf(w: Pick<Writer, 'db'>, letterId: string): Buffer {
  return (w.db.prepare('SELECT pdf FROM signed_letters WHERE letter_id = ?').get(letterId) as { pdf: Buffer }).pdf;
}
