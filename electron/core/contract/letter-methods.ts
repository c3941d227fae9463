// Letter and document methods (SPEC section 5): drafting, editing, previewing, signing, voiding,
// exporting and re-verifying letters; the letterhead; the case review pack and the oversight
// register as PDFs. Signing rights follow LETTER_SIGNERS and are enforced in the core.
import { z } from 'zod';
import { method } from './define';
import {
  letterContent,
  letterhead,
  letterOption,
  letterSource,
  letterSummary,
  letterType,
  letterVerification,
  letterView,
  outPath,
  pdfFile,
  savedFile,
  signingPassphrase,
  voidReason,
} from './letters';
import { id, isoDate } from './schemas';

const DIRECTOR = ['director'] as const;
const DRAFTERS = ['director', 'client_manager'] as const;

export const lettersMethods = {
  'letters.list': method({
    summary: "A case's letters, drafts and signed, newest first",
    access: 'signed-in',
    input: z.object({ caseId: id }),
    output: z.array(letterSummary),
  }),
  'letters.options': method({
    summary: 'The letters that can be drafted for a case now, each from its warning, decision, agreement or flag',
    access: DRAFTERS,
    input: z.object({ caseId: id }),
    output: z.array(letterOption),
  }),
  'letters.draft': method({
    summary: 'Draft a letter with its reasons filled in from the evidence',
    access: DRAFTERS,
    input: z.object({ caseId: id, type: letterType, source: letterSource.optional() }),
    output: letterView,
  }),
  'letters.get': method({
    summary: 'One letter, with what signing would refuse now',
    access: 'signed-in',
    input: z.object({ letterId: id }),
    output: letterView,
  }),
  'letters.update': method({
    summary: "Save a draft's edited content (refused once signed, or if someone saved it since)",
    access: DRAFTERS,
    input: z.object({ letterId: id, expectedRevision: z.number().int().min(1), content: letterContent }),
    output: letterView,
  }),
  'letters.preview': method({
    summary: 'The letter as a PDF: a signed letter exactly as stored, a draft marked as a draft',
    access: 'signed-in',
    input: z.object({ letterId: id }),
    output: pdfFile,
  }),
  'letters.sign': method({
    summary: "Sign a draft after re-entering one's passphrase: the PDF is stored with its SHA-256 and, for the director, an Ed25519 signature",
    access: DRAFTERS,
    input: z.object({ letterId: id, expectedRevision: z.number().int().min(1), passphrase: signingPassphrase }),
    output: letterView,
  }),
  'letters.void': method({
    summary: 'Void a signed letter or discard a draft, with a reason; audited',
    access: DRAFTERS,
    input: z.object({ letterId: id, reason: voidReason }),
    output: letterView,
  }),
  'letters.export': method({
    summary: 'Write a signed letter to a file the user chose',
    access: 'signed-in',
    input: z.object({ letterId: id, outPath, overwrite: z.boolean().default(false) }),
    output: savedFile,
  }),
  'letters.verify': method({
    summary: "Re-verify every signed letter's stored SHA-256 and Ed25519 signature, and the signed audit heads",
    access: DIRECTOR,
    input: z.object({}),
    output: letterVerification,
  }),
  'letters.awaitingSignature': method({
    summary: 'Drafts the signed-in user may sign',
    access: DRAFTERS,
    input: z.object({}),
    output: z.array(letterSummary),
  }),
  'letterhead.get': method({
    summary: "The organisation's letterhead and the appeal and complaints routes letters state",
    access: 'signed-in',
    input: z.object({}),
    output: letterhead,
  }),
  'letterhead.set': method({
    summary: 'Change the letterhead (logo, contact lines, appeal and complaints routes); audited',
    access: DIRECTOR,
    input: letterhead,
    output: letterhead,
  }),
};

export const documentsMethods = {
  'documents.reviewPack': method({
    summary: 'The case review pack for supervision as a PDF; redacted: names replaced by roles',
    access: ['director', 'client_manager', 'clinical_lead'],
    progress: true,
    input: z.object({
      caseId: id,
      redacted: z.boolean().default(false),
      chronology: z.enum(['significant', 'all']).default('significant'),
      asOf: isoDate.optional(),
      outPath: outPath.optional(),
    }),
    output: pdfFile.extend({ path: z.string().nullable() }),
  }),
  'documents.oversightRegister': method({
    summary: 'The oversight register for a period as a PDF: every warning, restriction, withdrawal and appeal, for the board',
    access: ['director', 'appeals_officer'],
    input: z.object({ from: isoDate, to: isoDate, outPath: outPath.optional() }).refine((p) => p.to >= p.from, { message: 'must be on or after the start', path: ['to'] }),
    output: pdfFile.extend({ path: z.string().nullable() }),
  }),
  'documents.restrictionRegister': method({
    summary: 'The restriction register as a PDF: every contact restriction and communication agreement with its review date and state',
    access: ['director', 'appeals_officer'],
    input: z.object({ asOf: isoDate.optional(), outPath: outPath.optional() }),
    output: pdfFile.extend({ path: z.string().nullable() }),
  }),
};
