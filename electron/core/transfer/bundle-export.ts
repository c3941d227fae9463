// Exporting cases as a bundle: each case with its client-side people, every record with every
// version (oldest first), its casework log (bundle-export-actions.ts), its signed letters
// (bundle-export-letters.ts), and the staff and users
// they refer to. Safeguarding notes leave the
// encrypted store only when asked for and only to a user allowed to read them; either way the
// export is audited, and each restricted record exported is written to the access log.
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, bundleRecord, type BundleCase, type BundleRecord, type CaseBundle, type ParsedInput, type RecordType } from '../contract';
import { CoreError } from '../errors';
import { logAccess } from '../records/access-log';
import { listClientSide } from '../records/people';
import type { Writer } from '../records/record-service';
import { readVersions } from '../records/record-rows';
import { caseKeyFor, mayReadRestricted } from '../records/restricted-keys';
import { exportActions } from './bundle-export-actions';
import { exportLetters } from './bundle-export-letters';
import { refsOf } from './bundle-refs';

interface CaseRow {
  id: string;
  reference: string;
  service: BundleCase['service'];
  status: BundleCase['status'];
  start_date: string;
  created_at: string;
  created_by: string;
  client_id: string;
  student_id: string | null;
  allocated_worker_id: string;
  client_manager_id: string;
  mentor_id: string | null;
  boundaries_explained_on: string | null;
}

/** Who and what a bundle refers to, gathered while its cases are read. */
interface Referenced {
  readonly staff: Set<string>;
  readonly users: Set<string>;
}

export function exportBundle(w: Writer, input: ParsedInput<'bundles.export'>): CaseBundle {
  return w.db.transaction(() => {
    const refs: Referenced = { staff: new Set(), users: new Set() };
    const caseIds = [...new Set(input.caseIds)];
    let leftOut = 0;
    const cases = caseIds.map((caseId, i) => {
      const exported = exportCase(w, caseId, i, input.includeRestricted, refs);
      leftOut += exported.leftOut;
      return exported.kase;
    });
    cases.sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
    const org = w.db.prepare('SELECT name FROM organisation WHERE id = 1').get() as { name: string } | undefined;
    const records = cases.reduce((n, c) => n + c.records.length, 0);
    const actions = cases.reduce((n, c) => n + c.actions.length, 0);
    const letters = cases.reduce((n, c) => n + c.letters.length, 0);
    appendAudit(w.db, { actorUserId: w.user.id, action: 'bundle.export', entity: 'bundle', entityId: null, keyId: ORG_KEY, before: null, after: { caseIds, records, actions, letters, includeRestricted: input.includeRestricted, restrictedLeftOut: leftOut } }, w.at);
    return {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      exported: { at: w.at.toISOString(), by: { login: w.user.login, fullName: w.user.fullName }, organisation: org?.name ?? '', restricted: input.includeRestricted ? 'included' : 'left_out', restrictedLeftOut: leftOut },
      users: readUsers(w, refs.users),
      staff: readStaff(w, refs.staff),
      cases,
    } satisfies CaseBundle;
  })();
}

function exportCase(w: Writer, caseId: string, index: number, includeRestricted: boolean, refs: Referenced): { kase: BundleCase; leftOut: number } {
  const row = w.db
    .prepare(
      `SELECT id, reference, service, status, start_date, created_at, created_by, client_id, student_id, allocated_worker_id,
              client_manager_id, mentor_id, boundaries_explained_on FROM cases WHERE id = ?`,
    )
    .get(caseId) as CaseRow | undefined;
  if (!row) throw new CoreError('not_found', `Case ${caseId} does not exist, so nothing was exported.`, [{ path: `caseIds.${index}`, message: 'is not a case' }]);
  const heads = w.db.prepare('SELECT id, type, restricted, merged_into FROM records WHERE case_id = ? ORDER BY occurred_at, id').all(caseId) as {
    id: string;
    type: RecordType;
    restricted: 0 | 1;
    merged_into: string | null;
  }[];
  const restricted = heads.filter((h) => h.restricted === 1);
  if (includeRestricted && restricted.length && !mayReadRestricted(w.db, w.user, caseId)) {
    throw new CoreError('forbidden', `Case ${row.reference} has safeguarding notes, which only the director and the case's client manager may export. Export it without them.`);
  }
  const key = includeRestricted && restricted.length ? caseKeyFor(w.db, w.vault, caseId, false) : null;
  const records: BundleRecord[] = [];
  for (const head of heads) {
    if (head.restricted === 1 && !key) continue;
    if (head.restricted === 1) logAccess(w.db, w.at, w.user.id, 'restricted_record', caseId, head.id);
    const versions = readVersions(w.db, head.id, key).reverse();
    for (const v of versions) {
      refs.users.add(v.recordedBy.userId);
      for (const ref of refsOf(v)) {
        if (ref.kind === 'staff') refs.staff.add(ref.id);
        if (ref.kind === 'user' || ref.kind === 'clinical_lead') refs.users.add(ref.id);
      }
    }
    // Parsing against the contract types the record by `type` and proves the export readable.
    records.push(
      bundleRecord.parse({
        id: head.id,
        type: head.type,
        mergedInto: head.merged_into,
        versions: versions.map((v) => ({ version: v.version, occurredAt: v.occurredAt, significant: v.significant, fact: v.fact, analysis: v.analysis, details: v.details, recordedAt: v.recordedAt, recordedBy: v.recordedBy.userId, correctionReason: v.correctionReason })),
      }),
    );
  }
  for (const id of [row.allocated_worker_id, row.client_manager_id, row.mentor_id]) if (id) refs.staff.add(id);
  refs.users.add(row.created_by);
  const casework = exportActions(w, caseId, row.status, refs.users);
  const kase: BundleCase = {
    id: row.id,
    reference: row.reference,
    service: row.service,
    status: casework.status,
    startDate: row.start_date,
    createdAt: row.created_at,
    createdBy: row.created_by,
    clientId: row.client_id,
    studentId: row.student_id,
    allocatedWorkerId: row.allocated_worker_id,
    clientManagerId: row.client_manager_id,
    mentorId: row.mentor_id,
    boundariesExplainedOn: row.boundaries_explained_on,
    clientSide: listClientSide(w.db, caseId),
    records,
    actions: casework.actions,
    letters: exportLetters(w, caseId, refs.users),
  };
  return { kase, leftOut: includeRestricted ? 0 : restricted.length };
}

function readUsers(w: Writer, ids: ReadonlySet<string>): CaseBundle['users'] {
  const select = w.db.prepare('SELECT u.id, u.person_id, u.login, p.full_name, u.role FROM users u JOIN people p ON p.id = u.person_id WHERE u.id = ?');
  const rows = [...ids].map((id) => select.get(id) as { id: string; person_id: string; login: string; full_name: string; role: CaseBundle['users'][number]['role'] });
  return rows
    .map((r) => ({ id: r.id, personId: r.person_id, login: r.login, fullName: r.full_name, role: r.role }))
    .sort((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : a.id < b.id ? -1 : 1));
}

function readStaff(w: Writer, ids: ReadonlySet<string>): CaseBundle['staff'] {
  const select = w.db.prepare("SELECT id, full_name, staff_role FROM people WHERE id = ? AND kind = 'staff'");
  const rows = [...ids].map((id) => select.get(id) as { id: string; full_name: string; staff_role: CaseBundle['staff'][number]['staffRole'] });
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, staffRole: r.staff_role })).sort((a, b) => a.fullName.localeCompare(b.fullName, 'en-GB') || (a.id < b.id ? -1 : 1));
}
