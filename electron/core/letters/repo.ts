// Letters as stored (migration 0008) and as the API shows them. A draft's content is edited in
// place, each save a new revision; a signed letter's row and its signed row never change.
import { LETTER_SIGNERS, letterContent, type LetterSummary, type LetterType, type LetterView, type Role } from '../contract';
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';

export interface LetterRow {
  id: string;
  case_id: string;
  case_reference: string;
  client_id: string;
  number: number;
  type: LetterType;
  source_kind: LetterView['source']['kind'];
  source_id: string | null;
  content: string;
  revision: number;
  created_at: string;
  created_by: string;
  created_by_name: string;
  updated_at: string;
  signed_at: string | null;
  signed_by: string | null;
  signed_by_name: string | null;
  signer_role: Role | null;
  sha256: string | null;
  signature: string | null;
  voided_at: string | null;
  voided_by: string | null;
  voided_by_name: string | null;
  void_reason: string | null;
}

const nameOf = (alias: string, userColumn: string): string => `(SELECT p.full_name FROM users u JOIN people p ON p.id = u.person_id WHERE u.id = ${userColumn}) AS ${alias}`;

const SELECT = `SELECT l.id, l.case_id, c.reference AS case_reference, c.client_id, l.number, l.type, l.source_kind, l.source_id, l.content, l.revision,
       l.created_at, l.created_by, ${nameOf('created_by_name', 'l.created_by')}, l.updated_at,
       s.signed_at, s.signed_by, ${nameOf('signed_by_name', 's.signed_by')}, s.signer_role, s.sha256, s.signature,
       v.voided_at, v.voided_by, ${nameOf('voided_by_name', 'v.voided_by')}, v.reason AS void_reason
  FROM letters l JOIN cases c ON c.id = l.case_id
  LEFT JOIN signed_letters s ON s.letter_id = l.id
  LEFT JOIN letter_voids v ON v.letter_id = l.id`;

export const LETTERS_OF_CASE = `${SELECT} WHERE l.case_id = ? ORDER BY l.number DESC`;
export const DRAFT_LETTERS = `${SELECT} WHERE s.letter_id IS NULL AND v.letter_id IS NULL ORDER BY l.updated_at DESC`;

export function letterRow(db: Database, letterId: string): LetterRow {
  const row = db.prepare(`${SELECT} WHERE l.id = ?`).get(letterId) as LetterRow | undefined;
  if (!row) throw new CoreError('not_found', 'That letter does not exist.');
  return row;
}

export const letterReference = (caseReference: string, number: number): string => `${caseReference}/L${number}`;

export const statusOf = (r: LetterRow): LetterView['status'] => (r.voided_at ? 'void' : r.signed_at ? 'signed' : 'draft');

export function summaryOf(r: LetterRow): LetterSummary {
  const content = letterContent.parse(JSON.parse(r.content));
  return {
    id: r.id,
    caseId: r.case_id,
    caseReference: r.case_reference,
    reference: letterReference(r.case_reference, r.number),
    type: r.type,
    status: statusOf(r),
    signer: LETTER_SIGNERS[r.type],
    letterDate: content.letterDate,
    recipient: content.recipient.name,
    createdBy: { userId: r.created_by, fullName: r.created_by_name },
    updatedAt: r.updated_at,
    signedAt: r.signed_at,
  };
}

export function viewOf(r: LetterRow, problems: LetterView['problems']): LetterView {
  return {
    ...summaryOf(r),
    source: { kind: r.source_kind, id: r.source_id },
    revision: r.revision,
    content: letterContent.parse(JSON.parse(r.content)),
    createdAt: r.created_at,
    signed:
      r.signed_at && r.signed_by && r.sha256 && r.signer_role
        ? { by: { userId: r.signed_by, fullName: r.signed_by_name ?? '', role: r.signer_role }, at: r.signed_at, sha256: r.sha256, digitallySigned: r.signature !== null }
        : null,
    voided: r.voided_at && r.voided_by ? { by: { userId: r.voided_by, fullName: r.voided_by_name ?? '' }, at: r.voided_at, reason: r.void_reason ?? '' } : null,
    problems: statusOf(r) === 'draft' ? problems : [],
  };
}

export function nextNumber(db: Database, caseId: string): number {
  return (db.prepare('SELECT coalesce(max(number), 0) + 1 AS n FROM letters WHERE case_id = ?').get(caseId) as { n: number }).n;
}
