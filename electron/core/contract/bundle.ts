// Case bundles: one or more cases with every version of every record, the casework log (warnings,
// assessments, proposals, decisions, appeals...), the signed letters and the people they refer to, as versioned JSON
// that another Threshold store can import losslessly (docs/bundle-format.md). The schema is strict
// (unknown keys are errors) so a typo in a hand-edited bundle is reported, not silently dropped.
import { z } from 'zod';
import {
  appealAssignmentPayload,
  appealDecisionPayload,
  appealPayload,
  assessmentPayload,
  consultationPayload,
  decisionPayload,
  proposalPayload,
  restrictionReviewPayload,
  riskCheckPayload,
  warningPayload,
} from './casework';
import { method } from './define';
import { LETTER_SOURCE_KINDS, letterContent, letterType } from './letters';
import * as d from './record-details';
import { caseStatus, service } from './records';
import { id, isoDate, isoDateTime, role, staffRole } from './schemas';

export const BUNDLE_FORMAT = 'threshold-case-bundle';
/**
 * 2 added each case's casework (`actions`); 3 added its signed letters (`letters`). Bundles of
 * versions 1 and 2, which have none, still import.
 */
export const BUNDLE_FORMAT_VERSION = 3;
export const BUNDLE_FORMAT_VERSIONS_READ = [1, 2, 3] as const;
/** A bundle is read whole into memory; this bounds what one import may ask of the core. */
export const BUNDLE_MAX_CHARS = 64 * 1024 * 1024;

const text = z.string().max(20_000, 'must be at most 20,000 characters');
const name = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');

/** A user a bundle refers to (as a record's author, assessor or signatory). Users are never created by an import. */
export const bundleUser = z.strictObject({ id, personId: id, login: z.string().min(1), fullName: name, role });

export const bundleStaff = z.strictObject({ id, fullName: name, staffRole });

export const bundleClientSide = z.strictObject({
  id,
  kind: z.enum(['client', 'student']),
  fullName: name,
  phone: z.string().max(50).nullable(),
  email: z.string().max(200).nullable(),
  address: z.string().max(1000).nullable(),
});

const versionFields = {
  version: z.number().int().min(1),
  occurredAt: isoDateTime,
  significant: z.boolean(),
  fact: text.min(1, 'is required'),
  analysis: text,
  recordedAt: isoDateTime,
  /** A user id from the bundle's `users`. */
  recordedBy: id,
  correctionReason: z.string().max(2000).nullable(),
};

/** A record with every version, oldest first; `mergedInto` is set on an issue merged into another. */
function recordOf<T extends d.RecordType, S extends z.ZodType>(type: T, details: S) {
  return z.strictObject({
    id,
    type: z.literal(type),
    mergedInto: id.nullable(),
    versions: z.array(z.strictObject({ ...versionFields, details })).min(1, 'needs at least one version'),
  });
}

export const bundleRecord = z.discriminatedUnion('type', [
  recordOf('contact', d.contactDetails),
  recordOf('session', d.sessionDetails),
  recordOf('complaint', d.complaintDetails),
  recordOf('issue', d.issueDetails),
  recordOf('boundary_incident', d.boundaryIncidentDetails),
  recordOf('behaviour_incident', d.behaviourIncidentDetails),
  recordOf('safeguarding_note', d.safeguardingNoteDetails),
  recordOf('counselling_review', d.counsellingReviewDetails),
  recordOf('communication_agreement', d.communicationAgreementDetails),
  recordOf('case_review', d.caseReviewDetails),
]);
export type BundleRecord = z.output<typeof bundleRecord>;

/**
 * One row of the case's append-only casework log, oldest first. The payload is the kind's own
 * contract schema (the same ones the core validates every new action against), so a bundle can
 * hold exactly what the casework API can record.
 */
function actionOf<K extends string, S extends z.ZodType>(kind: K, payload: S) {
  return z.strictObject({
    id,
    kind: z.literal(kind),
    /** The earlier action of the same case it acts on (a decision's proposal, an appeal's warning or decision). */
    targetId: id.nullable(),
    payload,
    recordedAt: isoDateTime,
    /** A user id from the bundle's `users`: who did it, never re-attributed on import. */
    recordedBy: id,
  });
}

export const bundleAction = z.discriminatedUnion('kind', [
  actionOf('warning', warningPayload),
  actionOf('assessment', assessmentPayload),
  actionOf('risk_check', riskCheckPayload),
  actionOf('proposal', proposalPayload),
  actionOf('consultation', consultationPayload),
  actionOf('decision', decisionPayload),
  actionOf('restriction_review', restrictionReviewPayload),
  actionOf('appeal', appealPayload),
  actionOf('appeal_assignment', appealAssignmentPayload),
  actionOf('appeal_decision', appealDecisionPayload),
]);
export type BundleAction = z.output<typeof bundleAction>;
export type BundleActionKind = BundleAction['kind'];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 as 64 lowercase hexadecimal digits');
const base64 = z.string().min(1, 'is required').regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64');

/**
 * A signed letter (SPEC section 5), exactly as stored: the PDF that was sent, its SHA-256, and
 * everything needed to verify it in another store (the render input it was drawn from, the
 * signed statement as its JSON text, the director's Ed25519 signature and the public key it
 * verifies with). `renderInput` and `statement` are the stored JSON texts, byte for byte: the
 * statement's hash and signature are over those exact bytes. Drafts, and drafts discarded before
 * signing, do not travel (docs/bundle-format.md).
 */
export const bundleLetter = z.strictObject({
  id,
  /** The letter's number in its case: its reference is the case's, then `/L` and this. */
  number: z.number().int().min(1),
  type: letterType,
  source: z.strictObject({ kind: z.enum(LETTER_SOURCE_KINDS), id: z.string().min(1).max(100).nullable() }),
  /** The content as signed: the same as `renderInput`'s. */
  content: letterContent,
  revision: z.number().int().min(1),
  createdAt: isoDateTime,
  /** A user id from the bundle's `users`: who drafted it. */
  createdBy: id,
  signed: z.strictObject({
    at: isoDateTime,
    /** A user id from the bundle's `users`: who signed it, never re-attributed on import. */
    by: id,
    role,
    /** The stored PDF, base64. */
    pdf: base64,
    sha256: sha256Hex,
    renderInput: z.string().min(2),
    statement: z.string().min(2),
    /** The director's Ed25519 signature over `statement` (base64), with the public key it verifies with; null for a client manager's letter. */
    signature: z.string().min(1).nullable(),
    publicKey: z.string().min(1).nullable(),
  }),
  voided: z.strictObject({ at: isoDateTime, by: id, reason: z.string().trim().min(1, 'is required').max(2000) }).nullable(),
});
export type BundleLetter = z.output<typeof bundleLetter>;

const caseFields = {
  id,
  reference: z.string().min(1).max(50),
  service,
  status: caseStatus,
  startDate: isoDate,
  createdAt: isoDateTime,
  /** A user id from the bundle's `users`. */
  createdBy: id,
  /** Person ids: the client and student from `clientSide`, staff from the bundle's `staff`. */
  clientId: id,
  studentId: id.nullable(),
  allocatedWorkerId: id,
  clientManagerId: id,
  mentorId: id.nullable(),
  boundariesExplainedOn: isoDate.nullable(),
  /** The client first, then everyone else on the client side of the case. */
  clientSide: z.array(bundleClientSide).min(1, 'needs at least the client'),
  records: z.array(bundleRecord),
};

export const bundleCase = z.strictObject({ ...caseFields, actions: z.array(bundleAction), letters: z.array(bundleLetter) });
export type BundleCase = z.output<typeof bundleCase>;

/** Who made the bundle and what it leaves out; not part of what an import compares or writes. */
export const bundleExport = z.strictObject({
  at: isoDateTime,
  by: z.strictObject({ login: z.string(), fullName: z.string() }),
  organisation: z.string(),
  /** Restricted (safeguarding) records are left out unless the exporter asked for them and may read them. */
  restricted: z.enum(['left_out', 'included']),
  restrictedLeftOut: z.number().int().min(0),
});

const bundleFields = {
  exported: bundleExport,
  users: z.array(bundleUser),
  staff: z.array(bundleStaff),
};

export const caseBundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION, `must be ${BUNDLE_FORMAT_VERSIONS_READ.join(' or ')}: the bundle formats this version of Threshold reads`),
  ...bundleFields,
  cases: z.array(bundleCase),
});
export type CaseBundle = z.output<typeof caseBundle>;

/** Format 1, from before casework travelled: the same, with no `actions` or `letters` on a case. Read, never written. */
export const caseBundleV1 = z.strictObject({ format: z.literal(BUNDLE_FORMAT), formatVersion: z.literal(1), ...bundleFields, cases: z.array(z.strictObject(caseFields)) });

/** Format 2, from before letters travelled: the same, with no `letters` on a case. Read, never written. */
export const caseBundleV2 = z.strictObject({ format: z.literal(BUNDLE_FORMAT), formatVersion: z.literal(2), ...bundleFields, cases: z.array(z.strictObject({ ...caseFields, actions: z.array(bundleAction) })) });

const idsByOutcome = z.object({ created: z.array(id), matched: z.array(id) });

export const bundleImportResult = z.object({
  cases: idsByOutcome,
  /** Clients, students and staff. A staff person who is a user here is "matched" under this store's id. */
  people: idsByOutcome,
  records: z.object({ created: z.number().int(), matched: z.number().int() }),
  /** Casework actions (warnings, proposals, decisions, appeals...). */
  actions: z.object({ created: z.number().int(), matched: z.number().int() }),
  /**
   * Signed letters. A letter keeps its number in its case unless this store's copy of the case
   * already has a letter of that number: then it takes the case's next, listed in `renumbered`
   * (its PDF still shows the reference it was signed under). A matched letter that was voided
   * since is voided here too (`voided`).
   */
  letters: z.object({
    created: z.number().int(),
    matched: z.number().int(),
    voided: z.number().int(),
    renumbered: z.array(z.object({ letterId: id, from: z.string(), to: z.string() })),
  }),
  /** Bundle users with no user here: their records now name the importing user; the audit keeps who they were. */
  recordedByImporter: z.array(z.object({ login: z.string(), fullName: z.string() })),
  /** New cases whose client manager is no client manager here: the importer manages them now. */
  managedByImporter: z.array(id),
  /** New cases get this store's next reference; those that differ from the bundle's are listed. */
  renumbered: z.array(z.object({ caseId: id, from: z.string(), to: z.string() })),
});
export type BundleImportResult = z.output<typeof bundleImportResult>;

const MOVERS = ['director', 'client_manager'] as const;

export const bundleMethods = {
  'bundles.export': method({
    summary: 'Export cases with every record version, their casework, their signed letters and the people they refer to as a case bundle',
    access: MOVERS,
    input: z.object({
      caseIds: z.array(id).min(1, 'choose at least one case').max(10_000),
      /** Safeguarding notes leave the encrypted store only when asked for, and only for users who may read them. */
      includeRestricted: z.boolean().default(false),
    }),
    output: caseBundle,
  }),
  'bundles.import': method({
    summary: 'Import a case bundle: everything is checked first, then written in one transaction',
    access: MOVERS,
    input: z.object({ bundle: z.string().min(1, 'is empty').max(BUNDLE_MAX_CHARS, 'is too large to import in one go') }),
    output: bundleImportResult,
  }),
};
