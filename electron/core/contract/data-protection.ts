// Data-protection duties (SPEC section 6): subject access as a draft the director reviews and then
// releases, erasure with a reason (refused while a safeguarding note or a retention hold applies),
// retention holds, the retention period and the cases past it, and closing a case (the retention
// period runs from its closure). Rules and decisions: docs/data-protection.md.
import { z } from 'zod';
import { method } from './define';
import { letterContent, letterType } from './letters';
import { RECORD_TYPES } from './record-details';
import { caseStatus, caseSummary, service } from './records';
import { fileSystemPath, id, isoDate, isoDateTime } from './schemas';

const DIRECTOR = ['director'] as const;
const reason = z.string().trim().min(1, 'is required: say why').max(2000, 'must be at most 2,000 characters');

export const SUBJECT_ACCESS_FORMAT = 'threshold-subject-access';

export const subjectAccessRecord = z.object({
  id,
  type: z.enum(RECORD_TYPES),
  /** The current version's number; earlier versions are corrections of it. */
  version: z.number().int(),
  occurredAt: isoDateTime,
  significant: z.boolean(),
  restricted: z.boolean(),
  /** One line built from the details, with people as their redacted labels. */
  summary: z.string(),
  fact: z.string(),
  /** Opinion about the subject is their personal data too (UK GDPR Art. 15): included, redacted. */
  analysis: z.string(),
  /** The record's details with people as labels and free text redacted. */
  details: z.record(z.string(), z.unknown()),
  recordedAt: isoDateTime,
  recordedBy: z.string(),
  correctionReason: z.string().nullable(),
});
export type SubjectAccessRecord = z.output<typeof subjectAccessRecord>;

/**
 * A letter sent to the subject, as the organisation holds it. A signed letter is released as it was
 * sent (its text, and its PDF as a file beside the JSON): the subject has it already, so nothing in
 * it is redacted. A void letter is listed as void, without its text or PDF (a letter is voided
 * because it was wrong, perhaps about someone else). Drafts, never sent, are not released.
 */
export const subjectAccessLetter = z.object({
  id,
  reference: z.string(),
  type: letterType,
  /** The type in words: "Written warning". */
  title: z.string(),
  status: z.enum(['signed', 'void']),
  letterDate: isoDate,
  signedAt: isoDateTime,
  /** As the letter shows its signer: the organisation for a letter sent in its name, otherwise the name and title signed under. */
  signedBy: z.string(),
  /** The signer's role in words ("Director"). */
  signerRole: z.string(),
  /** The letter's text as signed; null for a void letter. */
  content: letterContent.nullable(),
  /** The signed PDF: its SHA-256, and in a release the file beside the JSON; null for a void letter. */
  pdf: z.object({ sha256: z.string(), fileName: z.string().nullable() }).nullable(),
  voided: z.object({ at: isoDateTime, reason: z.string() }).nullable(),
});
export type SubjectAccessLetter = z.output<typeof subjectAccessLetter>;

export const subjectAccessCase = z.object({
  id,
  reference: z.string(),
  service,
  status: caseStatus,
  startDate: isoDate,
  closedOn: isoDate.nullable(),
  /** Whether the subject is the case's client or someone else on its client side. */
  subjectRole: z.enum(['client', 'client_side']),
  client: z.string(),
  allocatedWorker: z.string(),
  clientManager: z.string(),
  mentor: z.string().nullable(),
  boundariesExplainedOn: isoDate.nullable(),
  /** Other people on the client side, counted, never named. */
  otherClientSidePeople: z.number().int(),
  records: z.array(subjectAccessRecord),
  /** The letters sent to the subject in this case: only in a case where they are the client. */
  letters: z.array(subjectAccessLetter),
});
export type SubjectAccessCase = z.output<typeof subjectAccessCase>;

export const subjectAccessContent = z.object({
  format: z.literal(SUBJECT_ACCESS_FORMAT),
  /** 2 added each case's `letters`. */
  formatVersion: z.literal(2),
  draftId: id,
  organisation: z.string(),
  preparedAt: isoDateTime,
  subject: z.object({ id, fullName: z.string(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }),
  redaction: z.object({
    /** The rule applied, in words, as the PDF states it. */
    rule: z.string(),
    /** Replacements made in names, contact details and text. */
    thirdPartyMentions: z.number().int(),
    staffMentions: z.number().int(),
    extraPhrases: z.number().int(),
    restricted: z.enum(['left_out', 'included']),
    restrictedLeftOut: z.number().int(),
    restrictedIncluded: z.number().int(),
  }),
  cases: z.array(subjectAccessCase),
  /** Null in the draft; set in what is released. */
  releasedAt: isoDateTime.nullable(),
});
export type SubjectAccessContent = z.output<typeof subjectAccessContent>;

const releasedFile = z.object({ path: z.string(), sha256: z.string() });

export const tombstone = z.object({
  id,
  personId: id,
  erasedAt: isoDateTime,
  erasedBy: z.string().nullable(),
  reason: z.string(),
  caseReferences: z.array(z.string()),
  recordsErased: z.number().int(),
  peopleErased: z.number().int(),
  /** Re-applied to a restored store (the original tombstone is in the store it was made in). */
  reapplied: z.boolean(),
});
export type Tombstone = z.output<typeof tombstone>;

export const retentionHold = z.object({
  id,
  target: z.discriminatedUnion('kind', [z.object({ kind: z.literal('case'), caseId: id, reference: z.string() }), z.object({ kind: z.literal('person'), personId: id })]),
  reason: z.string(),
  setAt: isoDateTime,
  setBy: z.string(),
  cleared: z.object({ at: isoDateTime, by: z.string(), reason: z.string() }).nullable(),
});
export type RetentionHold = z.output<typeof retentionHold>;

export const retentionSetting = z.object({ yearsAfterClosure: z.number().int(), default: z.number().int(), origin: z.string() });

export const retentionDueCase = z.object({
  caseId: id,
  reference: z.string(),
  clientId: id,
  clientName: z.string(),
  service,
  closedOn: isoDate,
  /** Where the closure date came from: recorded at closing, or (for a case closed elsewhere) its last record or start. */
  closedOnSource: z.enum(['recorded', 'last_record', 'start_date']),
  dueOn: isoDate,
  held: z.boolean(),
});

export const dataProtectionMethods = {
  'dataProtection.subjectAccess.draft': method({
    summary: "Prepare a subject access draft of everything about one client, third parties redacted, for the director's review",
    access: DIRECTOR,
    input: z.object({
      clientId: id,
      /** Safeguarding notes are left out unless the director, having reviewed them, chooses to include them. */
      includeRestricted: z.boolean().default(false),
      /** Further phrases the director's review found (a name the store does not know): each becomes "[redacted]". */
      extraRedactions: z.array(z.string().trim().min(2, 'must be at least 2 characters').max(200)).max(200).default([]),
    }),
    output: z.object({ draftId: id, content: subjectAccessContent }),
  }),
  'dataProtection.subjectAccess.release': method({
    summary: 'Release a reviewed subject access draft as JSON and PDF into a folder; audited',
    access: DIRECTOR,
    input: z.object({
      draftId: id,
      redactionsConfirmed: z.literal(true, 'confirm that you have reviewed the redactions'),
      /** An existing folder, as an absolute path: the only place anything is written. */
      outDir: fileSystemPath('the folder to write the release to'),
    }),
    /** `letters`: the PDF of each signed letter sent to the subject, beside the JSON. */
    output: z.object({ json: releasedFile, pdf: releasedFile, letters: z.array(releasedFile), releasedAt: isoDateTime }),
  }),
  'dataProtection.erase': method({
    summary: "Erase a client: their personal details and their cases' records; refused while a safeguarding note or a retention hold applies",
    access: DIRECTOR,
    input: z.object({ clientId: id, reason }),
    output: tombstone,
  }),
  'dataProtection.erasures': method({
    summary: 'Every erasure: the tombstones that prove what was erased, when, by whom and why',
    access: DIRECTOR,
    input: z.object({}),
    output: z.array(tombstone),
  }),
  'dataProtection.holds.set': method({
    summary: 'Put a retention hold on a case or a person: erasure is refused while it applies',
    access: DIRECTOR,
    input: z.object({ target: z.discriminatedUnion('kind', [z.object({ kind: z.literal('case'), caseId: id }), z.object({ kind: z.literal('person'), personId: id })]), reason }),
    output: retentionHold,
  }),
  'dataProtection.holds.clear': method({
    summary: 'Clear a retention hold, with a reason',
    access: DIRECTOR,
    input: z.object({ holdId: id, reason }),
    output: retentionHold,
  }),
  'dataProtection.holds.list': method({
    summary: 'Retention holds, current ones first',
    access: DIRECTOR,
    input: z.object({ includeCleared: z.boolean().default(false) }),
    output: z.array(retentionHold),
  }),
  'dataProtection.retention.get': method({
    summary: 'How many years after closure a case is kept',
    access: DIRECTOR,
    input: z.object({}),
    output: retentionSetting,
  }),
  'dataProtection.retention.set': method({
    summary: 'Change how many years after closure a case is kept',
    access: DIRECTOR,
    input: z.object({ yearsAfterClosure: z.number().int('must be a whole number of years').min(1, 'must be at least 1 year').max(50, 'must be at most 50 years') }),
    output: retentionSetting,
  }),
  'dataProtection.retentionDue': method({
    summary: 'Closed cases past their retention period, as of a date (today by default)',
    access: DIRECTOR,
    input: z.object({ asOf: isoDate.optional() }),
    output: z.object({ asOf: isoDate, yearsAfterClosure: z.number().int(), cases: z.array(retentionDueCase) }),
  }),
  'cases.close': method({
    summary: 'Close a case on a date (its retention period runs from then), with a reason',
    access: ['director', 'client_manager'],
    input: z.object({ caseId: id, closedOn: isoDate, reason }),
    output: caseSummary,
  }),
};
