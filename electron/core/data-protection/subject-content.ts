// Builds the content of a subject access export: every case where the subject is the client (all
// its records) or on the client side (the records naming them as a party or by name), each
// record's current version, redacted; and the letters sent to them (subject-letters.ts).
// Safeguarding notes are left out unless the director chose
// to include them. Deterministic: the same store and draft give the same content, which is how a
// release proves it is what the director reviewed.
import { SUBJECT_ACCESS_FORMAT, type CaseStatus, type ChronologyRecord, type Service, type SubjectAccessCase, type SubjectAccessContent } from '../contract';
import { CoreError } from '../errors';
import { logAccess } from '../records/access-log';
import { listClientSide } from '../records/people';
import type { Writer } from '../records/record-service';
import { readCurrent } from '../records/record-rows';
import { caseKeyFor } from '../records/restricted-keys';
import { createRedactor, noCounts, type RedactionCounts } from './redactor';
import { REDACTION_RULE } from './redaction-rule';
import { caseCast, readCast, riskToStaffRecorded, type StoreCast } from './subject-people';
import { subjectLetters } from './subject-letters';
import { toSubjectRecord } from './subject-records';
import { requireSubject, type Subject } from './subject';

export interface DraftParams {
  readonly draftId: string;
  readonly subjectId: string;
  readonly preparedAt: string;
  readonly includeRestricted: boolean;
  readonly extraRedactions: readonly string[];
}

interface CaseRow {
  id: string;
  reference: string;
  service: Service;
  status: CaseStatus;
  start_date: string;
  closed_on: string | null;
  client_id: string;
  allocated_worker_id: string;
  client_manager_id: string;
  mentor_id: string | null;
  boundaries_explained_on: string | null;
}

interface Tally {
  readonly counts: RedactionCounts;
  leftOut: number;
  included: number;
}

export function subjectCases(w: Pick<Writer, 'db'>, subjectId: string): CaseRow[] {
  return w.db
    .prepare(
      `SELECT id, reference, service, status, start_date, closed_on, client_id, allocated_worker_id, client_manager_id, mentor_id, boundaries_explained_on
       FROM cases WHERE (client_id = @id OR id IN (SELECT case_id FROM case_people WHERE person_id = @id))
         AND id NOT IN (SELECT case_id FROM erased_cases)
       ORDER BY start_date, reference`,
    )
    .all({ id: subjectId }) as CaseRow[];
}

interface Head {
  readonly id: string;
  readonly restricted: boolean;
  /** The subject is a client-side party of the record. */
  readonly named: boolean;
}

function recordHeads(w: Writer, caseId: string, subjectId: string): Head[] {
  const rows = w.db
    .prepare(
      `SELECT r.id, r.restricted, EXISTS (SELECT 1 FROM record_parties p WHERE p.record_id = r.id AND p.person_id = ? AND p.side = 'client') AS named
       FROM records r WHERE r.case_id = ? ORDER BY r.occurred_at, r.id`,
    )
    .all(subjectId, caseId) as { id: string; restricted: 0 | 1; named: 0 | 1 }[];
  return rows.map((r) => ({ id: r.id, restricted: r.restricted === 1, named: r.named === 1 }));
}

function mentions(record: ChronologyRecord, subject: Subject): boolean {
  const name = subject.fullName.toLowerCase();
  return record.fact.toLowerCase().includes(name) || record.analysis.toLowerCase().includes(name);
}

function buildCase(w: Writer, row: CaseRow, subject: Subject, cast: StoreCast, params: DraftParams, tally: Tally): SubjectAccessCase {
  const clientSide = listClientSide(w.db, row.id);
  const namedManager = riskToStaffRecorded(w.db, row.id) ? null : row.client_manager_id;
  const who = caseCast(cast, subject.id, new Set(clientSide.map((p) => p.id)), namedManager);
  const redactor = createRedactor(subject.fullName, who.names, params.extraRedactions, tally.counts);
  // The subject's own case: every record. A case where they are someone else's client-side person:
  // the records naming them as a party or by name; a safeguarding note there is about its client,
  // so when left out it is not counted either (its existence is that person's information).
  const own = row.client_id === subject.id;
  let key: Buffer | null = null;
  const records = [];
  for (const head of recordHeads(w, row.id, subject.id)) {
    if (head.restricted && !params.includeRestricted) {
      if (own) tally.leftOut++;
      continue;
    }
    if (head.restricted) {
      key ??= caseKeyFor(w.db, w.vault, row.id, false);
      logAccess(w.db, w.at, w.user.id, 'restricted_record', row.id, head.id);
    }
    const record = readCurrent(w.db, head.id, head.restricted ? key : null);
    if (!own && !head.named && !mentions(record, subject)) continue;
    if (head.restricted) tally.included++;
    records.push(toSubjectRecord(record, who, redactor));
  }
  return {
    id: row.id,
    reference: row.reference,
    service: row.service,
    status: row.status,
    startDate: row.start_date,
    closedOn: row.closed_on,
    subjectRole: own ? 'client' : 'client_side',
    client: who.personLabel(row.client_id),
    allocatedWorker: who.personLabel(row.allocated_worker_id),
    clientManager: who.personLabel(row.client_manager_id),
    mentor: row.mentor_id ? who.personLabel(row.mentor_id) : null,
    boundariesExplainedOn: row.boundaries_explained_on,
    otherClientSidePeople: clientSide.filter((p) => p.id !== subject.id).length,
    records,
    // Letters are sent to the case's client: released to them, not to others on the client side.
    letters: own ? subjectLetters(w, row.id, row.reference, redactor) : [],
  };
}

export function buildContent(w: Writer, params: DraftParams): SubjectAccessContent {
  const subject = requireSubject(w.db, params.subjectId);
  const cast = readCast(w.db);
  const tally: Tally = { counts: noCounts(), leftOut: 0, included: 0 };
  const cases = subjectCases(w, subject.id).map((row) => buildCase(w, row, subject, cast, params, tally));
  if (!cases.length) throw new CoreError('not_found', 'This person is on no case, so there is nothing to export.');
  const org = w.db.prepare('SELECT name FROM organisation WHERE id = 1').get() as { name: string } | undefined;
  return {
    format: SUBJECT_ACCESS_FORMAT,
    formatVersion: 2,
    draftId: params.draftId,
    organisation: org?.name ?? '',
    preparedAt: params.preparedAt,
    subject: { id: subject.id, fullName: subject.fullName, phone: subject.phone, email: subject.email, address: subject.address },
    redaction: {
      rule: REDACTION_RULE,
      ...tally.counts,
      restricted: params.includeRestricted ? 'included' : 'left_out',
      restrictedLeftOut: tally.leftOut,
      restrictedIncluded: tally.included,
    },
    cases,
    releasedAt: null,
  };
}
