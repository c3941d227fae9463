// Signed letters (SPEC section 5): signing freezes a draft into a stored PDF with its SHA-256,
// signer, time and, for the director's letters, an Ed25519 signature; voiding needs a reason;
// a signed letter is written to a file only when the user asks; verification re-checks it all.
import { existsSync, renameSync, writeFileSync, fsyncSync, openSync, closeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { LETTER_SIGNERS, LETTER_TYPE_LABELS, type LetterView, type ParsedInput, type PdfFile } from '../contract';
import { refuseErasedCase } from '../data-protection/erased';
import { CoreError } from '../errors';
import { pageCount, renderPdf } from '../pdf/render';
import { guardLetterSigner } from '../policy/guards';
import type { Writer } from '../records/record-service';
import { caseTexts } from './case-texts';
import { letterProblems, refuseProblems, staffNameMatcher } from './checks';
import { letterDocument, type RenderInput } from './document';
import { requireDraft, viewWithProblems } from './drafts';
import { readLetterhead, readOrganisation } from './letterhead';
import { letterReference, letterRow, statusOf, viewOf, type LetterRow } from './repo';
import { confirmPassphrase, sha256, signAsDirector, signingPublicKey, statementFor } from './signing';

const isCaseClientManager = (w: Writer, caseId: string): boolean =>
  w.db.prepare('SELECT 1 FROM cases WHERE id = ? AND client_manager_id = ?').get(caseId, w.user.personId) !== undefined;

export async function signLetter(w: Writer, input: ParsedInput<'letters.sign'>): Promise<LetterView> {
  const row = letterRow(w.db, input.letterId);
  refuseErasedCase(w.db, row.case_id);
  requireDraft(row, input.expectedRevision);
  const signer = LETTER_SIGNERS[row.type];
  guardLetterSigner(w.user.role, signer, isCaseClientManager(w, row.case_id), LETTER_TYPE_LABELS[row.type].toLowerCase());
  await confirmPassphrase(w.vault, input.passphrase);
  const draft = viewOf(row, []).content;
  const staff = staffNameMatcher((w.db.prepare("SELECT full_name FROM people WHERE kind = 'staff'").all() as { full_name: string }[]).map((p) => p.full_name));
  // G-6 again at signing, on the text as edited.
  refuseProblems(letterProblems(draft, caseTexts(w, row.case_id).forbidden, staff));
  const signedAt = w.at.toISOString();
  const reference = letterReference(row.case_reference, row.number);
  // The letter is signed in the signer's own name, whoever the draft expected.
  const content = { ...draft, signOff: { ...draft.signOff, name: w.user.fullName } };
  const render: RenderInput = { reference, type: row.type, content, organisation: readOrganisation(w.db), letterhead: readLetterhead(w.db), status: 'signed', at: signedAt, signer: { name: w.user.fullName, role: w.user.role } };
  const renderJson = JSON.stringify(render);
  const statement = statementFor(w.db, w.vault, { letterId: row.id, reference, type: row.type, inputSha256: sha256(renderJson), signer: { userId: w.user.id, role: w.user.role }, signedAt });
  const signatures = signer === 'director' ? signAsDirector(w.vault, statement) : null;
  const pdf = await renderPdf(letterDocument(render, signatures?.signature ?? null));
  const digest = sha256(pdf);
  w.db.transaction(() => {
    // Someone may have saved or signed it while the PDF was being made.
    requireDraft(letterRow(w.db, row.id), input.expectedRevision);
    w.db.prepare('UPDATE letters SET content = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(JSON.stringify(content), signedAt, w.user.id, row.id);
    w.db
      .prepare('INSERT INTO signed_letters (letter_id, pdf, sha256, signed_at, signed_by, signer_role, render_input, statement, signature, public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, pdf, digest, signedAt, w.user.id, w.user.role, renderJson, JSON.stringify(statement), signatures?.signature ?? null, signatures ? signingPublicKey(w.vault) : null);
    if (signatures) {
      w.db.prepare('INSERT OR IGNORE INTO audit_head_signatures (seq, hash, signed_at, signed_by, signature) VALUES (?, ?, ?, ?, ?)').run(statement.auditHead.seq, statement.auditHead.hash, signedAt, w.user.id, signatures.headSignature);
    }
    appendAudit(w.db, { actorUserId: w.user.id, action: 'letter.sign', entity: 'letter', entityId: row.id, keyId: personKeyId(row.client_id), before: null, after: { reference, type: row.type, sha256: digest, digitallySigned: signatures !== null, auditHead: statement.auditHead } }, w.at);
  })();
  return viewWithProblems(w, letterRow(w.db, row.id));
}

export function voidLetter(w: Writer, input: ParsedInput<'letters.void'>): LetterView {
  return w.db.transaction(() => {
    const row = letterRow(w.db, input.letterId);
    refuseErasedCase(w.db, row.case_id);
    const status = statusOf(row);
    if (status === 'void') throw new CoreError('conflict', 'This letter is already void.');
    if (status === 'signed' && w.user.role !== 'director' && !(LETTER_SIGNERS[row.type] === 'client_manager' && isCaseClientManager(w, row.case_id))) {
      throw new CoreError('forbidden', `A signed ${LETTER_TYPE_LABELS[row.type].toLowerCase()} letter is voided by the director${LETTER_SIGNERS[row.type] === 'client_manager' ? ' or the case’s client manager' : ''}.`);
    }
    w.db.prepare('INSERT INTO letter_voids (letter_id, voided_at, voided_by, reason) VALUES (?, ?, ?, ?)').run(row.id, w.at.toISOString(), w.user.id, input.reason);
    appendAudit(w.db, { actorUserId: w.user.id, action: status === 'signed' ? 'letter.void' : 'letter.discard', entity: 'letter', entityId: row.id, keyId: personKeyId(row.client_id), before: { status }, after: { status: 'void', reason: input.reason } }, w.at);
    return viewOf(letterRow(w.db, row.id), []);
  })();
}

const fileName = (row: LetterRow): string => `${letterReference(row.case_reference, row.number).replaceAll('/', '-')} ${LETTER_TYPE_LABELS[row.type]}.pdf`;

function storedPdf(w: Writer, letterId: string): Buffer | null {
  return (w.db.prepare('SELECT pdf FROM signed_letters WHERE letter_id = ?').get(letterId) as { pdf: Buffer } | undefined)?.pdf ?? null;
}

/** A signed letter exactly as stored; a draft rendered now, marked as a draft. */
export async function previewLetter(w: Writer, letterId: string): Promise<PdfFile> {
  const row = letterRow(w.db, letterId);
  let pdf = storedPdf(w, row.id);
  if (!pdf) {
    const content = viewOf(row, []).content;
    const render: RenderInput = { reference: letterReference(row.case_reference, row.number), type: row.type, content, organisation: readOrganisation(w.db), letterhead: readLetterhead(w.db), status: 'draft', at: row.updated_at, signer: { name: content.signOff.name, role: LETTER_SIGNERS[row.type] } };
    pdf = await renderPdf(letterDocument(render, null));
  }
  return { fileName: fileName(row), pdf: pdf.toString('base64'), sha256: sha256(pdf), pages: pageCount(pdf) };
}

/** Writes bytes to a new file (or replaces one when asked) through a temporary file, readable by its owner only. */
export function writeFileAtomically(path: string, bytes: Buffer, overwrite: boolean): void {
  if (!existsSync(dirname(path))) throw new CoreError('invalid_input', `The folder ${dirname(path)} does not exist.`, [{ path: 'outPath', message: 'is in a folder that does not exist' }]);
  if (existsSync(path) && !overwrite) throw new CoreError('conflict', `${basename(path)} already exists there; choose another name or replace it.`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, bytes, { mode: 0o600 });
  const fd = openSync(temp, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temp, path);
}

export function exportLetter(w: Writer, input: ParsedInput<'letters.export'>): { path: string; sha256: string } {
  const row = letterRow(w.db, input.letterId);
  const status = statusOf(row);
  if (status !== 'signed') throw new CoreError('conflict', status === 'void' ? 'This letter is void: it cannot be exported for sending.' : 'Only a signed letter can be exported; preview the draft, or sign it first.');
  const pdf = storedPdf(w, row.id)!;
  writeFileAtomically(input.outPath, pdf, input.overwrite);
  appendAudit(w.db, { actorUserId: w.user.id, action: 'letter.export', entity: 'letter', entityId: row.id, keyId: personKeyId(row.client_id), before: null, after: { path: input.outPath, sha256: row.sha256 } }, w.at);
  return { path: input.outPath, sha256: row.sha256! };
}
