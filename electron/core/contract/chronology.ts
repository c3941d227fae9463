// Chronology domain: every record of a case (SPEC section 2) with fact and analysis apart,
// versioned corrections, restricted records, issues and the access log.
import { z } from 'zod';
import { method } from './define';
import * as d from './record-details';
import { id, isoDate, isoDateTime } from './schemas';

const fact = z.string().trim().min(1, 'is required: what happened, as fact').max(20_000, 'must be at most 20,000 characters');
const analysis = z.string().trim().max(20_000, 'must be at most 20,000 characters').default('');

/** One schema per record type, each with the given common fields: a union discriminated by `type`. */
function byType<S extends z.ZodRawShape>(shape: S) {
  return z.discriminatedUnion('type', [
    z.object({ ...shape, type: z.literal('contact'), details: d.contactDetails }),
    z.object({ ...shape, type: z.literal('session'), details: d.sessionDetails }),
    z.object({ ...shape, type: z.literal('complaint'), details: d.complaintDetails }),
    z.object({ ...shape, type: z.literal('issue'), details: d.issueDetails }),
    z.object({ ...shape, type: z.literal('boundary_incident'), details: d.boundaryIncidentDetails }),
    z.object({ ...shape, type: z.literal('behaviour_incident'), details: d.behaviourIncidentDetails }),
    z.object({ ...shape, type: z.literal('safeguarding_note'), details: d.safeguardingNoteDetails }),
    z.object({ ...shape, type: z.literal('counselling_review'), details: d.counsellingReviewDetails }),
    z.object({ ...shape, type: z.literal('communication_agreement'), details: d.communicationAgreementDetails }),
    z.object({ ...shape, type: z.literal('case_review'), details: d.caseReviewDetails }),
  ]);
}

/** Just the type and its details: for code that holds details of a type known only at run time. */
export const recordPayload = byType({});
export type RecordPayload = z.output<typeof recordPayload>;

const entryFields = { occurredAt: isoDateTime, fact, analysis, significant: z.boolean().default(false) };

export const newRecord = byType({ caseId: id, ...entryFields });
export type NewRecord = z.input<typeof newRecord>;

export const correction = byType({
  recordId: id,
  /** The version the user corrected: a stale one is refused rather than silently overwritten. */
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1, 'is required: say why the record is corrected').max(2000),
  ...entryFields,
});

const personRef = z.object({ id, fullName: z.string(), side: z.enum(['client', 'staff']) });

export const chronologyRecord = byType({
  id,
  caseId: id,
  version: z.number().int(),
  occurredAt: isoDateTime,
  fact: z.string(),
  analysis: z.string(),
  significant: z.boolean(),
  restricted: z.boolean(),
  recordedAt: isoDateTime,
  recordedBy: z.object({ userId: id, fullName: z.string() }),
  correctionReason: z.string().nullable(),
});
export type ChronologyRecord = z.output<typeof chronologyRecord>;

export const chronologyEntry = z.object({
  id,
  type: z.enum(d.RECORD_TYPES),
  version: z.number().int(),
  occurredAt: isoDateTime,
  significant: z.boolean(),
  restricted: z.boolean(),
  /** One line saying what the record is, built from its details (not its analysis). */
  summary: z.string(),
  fact: z.string(),
  parties: z.array(personRef),
});
export type ChronologyEntry = z.output<typeof chronologyEntry>;

export const chronologyGap = z.object({ from: isoDate, to: isoDate, days: z.number().int() });

export const chronologyQuery = z.object({
  caseId: id,
  types: z.array(z.enum(d.RECORD_TYPES)).optional(),
  significantOnly: z.boolean().default(false),
  search: z.string().trim().max(200).default(''),
  partyId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A gap is a period with no contact or attended session longer than this many days. */
  gapDays: z.number().int().min(1).max(3650).default(28),
});

const WRITERS = ['director', 'client_manager', 'clinical_lead'] as const;

export const chronologyMethods = {
  'records.create': method({
    summary: 'Add a record to a case chronology',
    access: WRITERS,
    input: newRecord,
    output: chronologyRecord,
  }),
  'records.correct': method({
    summary: 'Correct a record: a new version, the old one kept',
    access: WRITERS,
    input: correction,
    output: chronologyRecord,
  }),
  'records.get': method({
    summary: 'One record with every version of it',
    access: 'signed-in',
    input: z.object({ recordId: id }),
    output: z.object({ record: chronologyRecord, history: z.array(chronologyRecord) }),
  }),
  'chronology.list': method({
    summary: "A case's chronology, filtered, in date order, with the gaps in contact",
    access: 'signed-in',
    input: chronologyQuery,
    output: z.object({
      entries: z.array(chronologyEntry),
      gaps: z.array(chronologyGap),
      /** The case's warnings and decisions on their dates (not records: they open the Checklist); none while a type, party or search filter is on. */
      casework: z.array(z.object({ id, kind: z.enum(['warning', 'decision']), date: isoDate, label: z.string() })),
      total: z.number().int(),
    }),
  }),
  'issues.merge': method({
    summary: 'Merge two issues of a case into one',
    access: ['director', 'client_manager'],
    input: z.object({ keepId: id, mergeId: id, reason: z.string().trim().min(1, 'is required').max(2000) }),
    output: chronologyRecord,
  }),
  'access.list': method({
    summary: 'Who opened which case or restricted record, and when',
    access: ['director'],
    input: z.object({ caseId: id.optional(), limit: z.number().int().min(1).max(5000).default(500) }),
    output: z.array(
      z.object({ at: isoDateTime, user: z.object({ userId: id, fullName: z.string() }), kind: z.enum(['case', 'restricted_record']), caseId: id, recordId: id.nullable() }),
    ),
  }),
};
