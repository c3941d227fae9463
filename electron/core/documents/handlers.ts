// The case review pack and the registers as PDFs (SPEC sections 5 and 7; docs/documents.md).
// Each is rendered in memory, written where the user asked when they named a file (never over
// one), and audited: the pack under the client's data key, the registers under the
// organisation's, with what was printed (counts, the SHA-256) and never a name or the path.
import { appendAudit } from '../audit/chain';
import { ORG_KEY, personKeyId } from '../audit/data-keys';
import { londonDate } from '../calendar';
import type { documentsMethods } from '../contract/letter-methods';
import type { Output, ParsedInput } from '../contract';
import { oversightRegister, restrictionRegister } from '../decisions/registers';
import type { Writer } from '../records/record-service';
import type { CallContext } from '../router';
import type { DomainHandlers } from '../services';
import { stepsOf } from '../steps';
import type { Database } from '../store/sqlite';
import { requirePackDrawable, requireTextsDrawable } from './drawable';
import { checkOutPath, produce } from './output';
import { gatherPack } from './pack-data';
import { packDocument } from './pack-pdf';
import { oversightDocument, restrictionDocument, type RegisterMeta } from './registers-pdf';

type DocumentOutput = Output<'documents.reviewPack'>;

const organisationName = (db: Database): string => (db.prepare('SELECT name FROM organisation WHERE id = 1').get() as { name: string }).name;

function audit(w: Writer, action: string, entity: string, entityId: string | null, keyId: string, after: Record<string, unknown>, out: DocumentOutput): void {
  w.db.transaction(() => {
    appendAudit(w.db, { actorUserId: w.user.id, action, entity, entityId, keyId, before: null, after: { ...after, sha256: out.sha256, pages: out.pages, toFile: out.path !== null } }, w.at);
  })();
}

/** A heavy case's pack takes seconds: it reports its steps and hears a cancel before it writes. */
export async function reviewPack(w: Writer, input: ParsedInput<'documents.reviewPack'>, ctx: CallContext): Promise<DocumentOutput> {
  checkOutPath(input.outPath);
  const steps = stepsOf(ctx, 4, 'The review pack');
  steps.first('Reading the case');
  const data = gatherPack(w, organisationName(w.db), input);
  requirePackDrawable(data);
  await steps.next('Laying out the pages');
  const name = `review-pack-${data.detail.reference}-${data.asOf}${data.redacted ? '-redacted' : ''}.pdf`;
  const doc = packDocument(data);
  await steps.next('Drawing the PDF');
  const { file } = await produce(doc, name, input.outPath, () => steps.next(input.outPath ? 'Saving the file' : 'Finishing'));
  const restricted = data.rows.filter((r) => r.restricted).length;
  audit(w, 'document.review_pack', 'case', input.caseId, personKeyId(data.detail.clientId), { redacted: data.redacted, chronology: data.chronologyKind, asOf: data.asOf, records: data.rows.length, restrictedRecords: restricted }, file);
  return file;
}

const meta = (w: Writer): RegisterMeta => ({ organisation: organisationName(w.db), preparedAt: w.at.toISOString(), preparedBy: w.user.fullName });

export async function oversightPdf(w: Writer, input: ParsedInput<'documents.oversightRegister'>): Promise<DocumentOutput> {
  checkOutPath(input.outPath);
  const register = oversightRegister(w, { from: input.from, to: input.to });
  const m = meta(w);
  requireTextsDrawable('The oversight register', [m.organisation, m.preparedBy, ...register.entries.flatMap((e) => [e.by, e.description, e.reference])], 'from');
  const { file } = await produce(oversightDocument(m, register), `oversight-register-${input.from}-to-${input.to}.pdf`, input.outPath);
  audit(w, 'document.oversight_register', 'register', null, ORG_KEY, { from: input.from, to: input.to, entries: register.entries.length }, file);
  return file;
}

export async function restrictionPdf(w: Writer, input: ParsedInput<'documents.restrictionRegister'>): Promise<DocumentOutput> {
  checkOutPath(input.outPath);
  const register = restrictionRegister(w, { asOf: input.asOf ?? londonDate(w.at) });
  const m = meta(w);
  requireTextsDrawable('The restriction register', [m.organisation, m.preparedBy, ...register.items.flatMap((r) => [r.reference, r.description, ...r.reviews.flatMap((x) => [x.by.fullName, x.reasons])])], 'asOf');
  const { file } = await produce(restrictionDocument(m, register), `restriction-register-${register.asOf}.pdf`, input.outPath);
  audit(w, 'document.restriction_register', 'register', null, ORG_KEY, { asOf: register.asOf, items: register.items.length }, file);
  return file;
}

export const documentsHandlers: DomainHandlers<typeof documentsMethods> = ({ writer }) => ({
  'documents.reviewPack': (input, ctx) => reviewPack(writer(), input, ctx),
  'documents.oversightRegister': (input) => oversightPdf(writer(), input),
  'documents.restrictionRegister': (input) => restrictionPdf(writer(), input),
});
