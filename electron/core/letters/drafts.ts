// Drafting and editing letters (SPEC sections 5 and 9): a draft starts with its reasons filled in
// from the evidence and every paragraph written from the case's data; its content is edited
// freely until signed, each save a new revision; what signing would refuse is shown as problems.
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { LETTER_SIGNERS, letterContent, ROLE_LABELS, SECTION_KEYS, type LetterContent, type LetterSummary, type LetterView, type ParsedInput } from '../contract';
import { refuseErasedCase } from '../data-protection/erased';
import { caseContext, type CaseContext } from '../decisions/case-context';
import { CoreError } from '../errors';
import { requireDrawable } from '../pdf/scripts';
import type { Writer } from '../records/record-service';
import { caseTexts } from './case-texts';
import { letterProblems, staffNameMatcher, withoutStaffNames } from './checks';
import { readLetterhead, readOrganisation } from './letterhead';
import { DRAFT_LETTERS, LETTERS_OF_CASE, letterReference, letterRow, nextNumber, statusOf, summaryOf, viewOf, type LetterRow } from './repo';
import { chooseSource, letterOptions, sourceData } from './sources';
import { WORDING } from './wording';

const staffMatcher = (ctx: CaseContext): RegExp | null => staffNameMatcher([...ctx.loaded.analysis.staff.values()].map((s) => s.fullName));

/** 4.4: where risk to staff is recorded, the letter goes in the organisation's name by default. */
const riskToStaffRecorded = (ctx: CaseContext): boolean => ctx.loaded.analysis.records.some((r) => r.type === 'behaviour_incident' && r.details.riskToStaff !== 'none');

function signOffFor(w: Writer, ctx: CaseContext, signer: 'director' | 'client_manager'): LetterContent['signOff'] {
  if (signer === 'client_manager') return { name: ctx.loaded.analysis.staff.get(ctx.loaded.analysis.clientManagerId)?.fullName ?? '', title: ROLE_LABELS.client_manager };
  if (w.user.role === 'director') return { name: w.user.fullName, title: ROLE_LABELS.director };
  const director = w.db.prepare("SELECT p.full_name AS name FROM users u JOIN people p ON p.id = u.person_id WHERE u.role = 'director' AND u.removed_at IS NULL ORDER BY u.created_at LIMIT 1").get() as { name: string } | undefined;
  return { name: director?.name ?? '', title: ROLE_LABELS.director };
}

export function letterOptionsFor(w: Writer, caseId: string) {
  refuseErasedCase(w.db, caseId);
  return letterOptions(caseContext(w, caseId));
}

export function draftLetter(w: Writer, input: ParsedInput<'letters.draft'>): LetterView {
  return w.db.transaction(() => {
    refuseErasedCase(w.db, input.caseId);
    const ctx = caseContext(w, input.caseId);
    const c = ctx.loaded.analysis;
    requireDrawable('The client’s name', c.clientName, 'caseId');
    const source = chooseSource(ctx, input.type, input.source);
    const texts = caseTexts(w, c.caseId);
    const staffName = (id: string): string => c.staff.get(id)?.fullName ?? 'a named member of staff';
    const data = sourceData(ctx, texts, source, staffName);
    const client = w.db.prepare('SELECT p.address, k.boundaries_explained_on AS explained FROM cases k JOIN people p ON p.id = k.client_id WHERE k.id = ?').get(c.caseId) as { address: string | null; explained: string | null };
    const letterhead = readLetterhead(w.db);
    const organisation = readOrganisation(w.db);
    const sessionsAttended = c.records.filter((r) => r.type === 'session' && r.details.outcome === 'attended').length;
    const wording = WORDING[input.type]({ type: input.type, letterDate: ctx.today, organisation, letterhead, client: { name: c.clientName, address: client.address ?? '' }, service: c.service, startDate: c.startDate, boundariesExplainedOn: client.explained, sessionsAttended, ...data });
    const inOrganisationName = riskToStaffRecorded(ctx);
    const neutral = (text: string): string => (inOrganisationName ? withoutStaffNames(text, staffMatcher(ctx)) : text);
    const content: LetterContent = letterContent.parse({
      letterDate: ctx.today,
      recipient: { name: c.clientName, address: client.address ?? '' },
      salutation: `Dear ${c.clientName}`,
      subject: wording.subject,
      inOrganisationName,
      reasonsIntro: wording.reasonsIntro,
      reasons: data.reasons.map((r) => ({ ...r, text: neutral(r.text) })),
      sections: SECTION_KEYS.filter((k) => wording.sections[k]).map((key) => ({ key, text: neutral(wording.sections[key]!) })),
      signOff: signOffFor(w, ctx, LETTER_SIGNERS[input.type]),
    } satisfies LetterContent);
    const id = randomUUID();
    const number = nextNumber(w.db, c.caseId);
    const at = w.at.toISOString();
    w.db
      .prepare('INSERT INTO letters (id, case_id, number, type, source_kind, source_id, content, revision, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)')
      .run(id, c.caseId, number, input.type, source.kind, source.id, JSON.stringify(content), at, w.user.id, at, w.user.id);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'letter.draft', entity: 'letter', entityId: id, keyId: personKeyId(c.clientId), before: null, after: { reference: letterReference(c.reference, number), type: input.type, source, content } }, w.at);
    return viewWithProblems(w, letterRow(w.db, id));
  })();
}

export function viewWithProblems(w: Writer, row: LetterRow): LetterView {
  if (statusOf(row) !== 'draft') return viewOf(row, []);
  const ctx = caseContext(w, row.case_id);
  const content = viewOf(row, []).content;
  return viewOf(row, letterProblems(content, caseTexts(w, row.case_id).forbidden, staffMatcher(ctx)));
}

/** Refuses anything but a draft at the revision the user last saw. */
export function requireDraft(row: LetterRow, expectedRevision: number): void {
  const status = statusOf(row);
  if (status !== 'draft') throw new CoreError('conflict', `This letter is ${status === 'signed' ? 'signed and can never change' : 'void'}; draft a new one instead.`);
  if (row.revision !== expectedRevision) throw new CoreError('conflict', `This draft was saved by someone else since you opened it (revision ${row.revision}, you had ${expectedRevision}). Reopen it to see their changes; yours were not saved.`);
}

export function updateLetter(w: Writer, input: ParsedInput<'letters.update'>): LetterView {
  return w.db.transaction(() => {
    const row = letterRow(w.db, input.letterId);
    refuseErasedCase(w.db, row.case_id);
    requireDraft(row, input.expectedRevision);
    const before = JSON.parse(row.content) as unknown;
    w.db.prepare('UPDATE letters SET content = ?, revision = revision + 1, updated_at = ?, updated_by = ? WHERE id = ?').run(JSON.stringify(input.content), w.at.toISOString(), w.user.id, row.id);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'letter.update', entity: 'letter', entityId: row.id, keyId: personKeyId(row.client_id), before, after: input.content }, w.at);
    return viewWithProblems(w, letterRow(w.db, row.id));
  })();
}

export function getLetter(w: Writer, letterId: string): LetterView {
  return viewWithProblems(w, letterRow(w.db, letterId));
}

export function listLetters(w: Writer, caseId: string): LetterSummary[] {
  return (w.db.prepare(LETTERS_OF_CASE).all(caseId) as LetterRow[]).map(summaryOf);
}

/** Drafts the signed-in user may sign: the director's types for the director; the client manager's, on their own cases. */
export function awaitingSignature(w: Writer): LetterSummary[] {
  const rows = w.db.prepare(DRAFT_LETTERS).all() as LetterRow[];
  const managed = new Set((w.db.prepare('SELECT id FROM cases WHERE client_manager_id = ?').all(w.user.personId) as { id: string }[]).map((r) => r.id));
  return rows.filter((r) => (w.user.role === 'director' ? LETTER_SIGNERS[r.type] === 'director' : LETTER_SIGNERS[r.type] === 'client_manager' && managed.has(r.case_id))).map(summaryOf);
}
