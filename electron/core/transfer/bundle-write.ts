// Step four of an import: write what the plan says, inside the caller's one transaction, through
// the same row writers as the chronology (insertPerson, insertVersion, replaceParties,
// checkReferences as a last guard) with an audit row for everything created; then the casework
// (bundle-action-write.ts) and the statuses it gives, and the signed letters (bundle-letter-write.ts).
import { appendAudit } from '../audit/chain';
import { ORG_KEY, personKeyId } from '../audit/data-keys';
import type { CaseBundle } from '../contract';
import { insertPerson } from '../records/people';
import type { Writer } from '../records/record-service';
import { insertVersion, replaceParties } from '../records/record-rows';
import { checkReferences } from '../records/references';
import { caseKeyFor } from '../records/restricted-keys';
import { syncStatuses, writeActions } from './bundle-action-write';
import { writeLetters } from './bundle-letter-write';
import type { CaseToWrite, ImportPlan, RecordToWrite } from './bundle-plan';

export function writePlan(w: Writer, plan: ImportPlan, bundle: CaseBundle, formatVersion: number): void {
  for (const s of plan.people.staffToCreate) insertPerson(w.db, { id: s.id, kind: 'staff', fullName: s.fullName, staffRole: s.staffRole }, w.user.id, w.at);
  for (const p of plan.people.clientSideToCreate) insertPerson(w.db, { id: p.id, kind: p.kind, fullName: p.fullName, phone: p.phone, email: p.email, address: p.address }, w.user.id, w.at);
  for (const c of plan.cases) writeCase(w, c);
  // Every head first, so a record may point at any issue or session of its case whatever their order.
  const head = w.db.prepare('INSERT INTO records (id, case_id, type, version, occurred_at, significant, restricted) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const r of plan.records) {
    const last = r.record.versions.at(-1)!;
    head.run(r.record.id, r.caseId, r.record.type, last.version, last.occurredAt, last.significant ? 1 : 0, r.restricted ? 1 : 0);
  }
  for (const r of plan.records) writeVersions(w, r, bundle);
  const merge = w.db.prepare('UPDATE records SET merged_into = ? WHERE id = ?');
  for (const r of plan.records) if (r.record.mergedInto) merge.run(r.record.mergedInto, r.record.id);
  writeActions(w, plan.actions);
  syncStatuses(w, [...plan.cases.map((c) => c.kase.id), ...plan.actions.map((a) => a.caseId)]);
  writeLetters(w, plan.letters, plan.voids);
  appendAudit(
    w.db,
    { actorUserId: w.user.id, action: 'bundle.import', entity: 'bundle', entityId: null, keyId: ORG_KEY, before: null, after: { formatVersion, exported: bundle.exported, ...plan.result } },
    w.at,
  );
}

function writeCase(w: Writer, c: CaseToWrite): void {
  const row = {
    id: c.kase.id,
    reference: c.reference,
    client_id: c.kase.clientId,
    service: c.kase.service,
    status: c.kase.status,
    start_date: c.kase.startDate,
    allocated_worker_id: c.allocatedWorkerId,
    client_manager_id: c.clientManagerId,
    created_at: c.kase.createdAt,
    created_by: c.createdBy,
    student_id: c.kase.studentId,
    mentor_id: c.mentorId,
    boundaries_explained_on: c.kase.boundariesExplainedOn,
  };
  w.db
    .prepare(
      `INSERT INTO cases (id, reference, client_id, service, status, start_date, allocated_worker_id, client_manager_id, created_at, created_by, student_id, mentor_id, boundaries_explained_on)
       VALUES (@id, @reference, @client_id, @service, @status, @start_date, @allocated_worker_id, @client_manager_id, @created_at, @created_by, @student_id, @mentor_id, @boundaries_explained_on)`,
    )
    .run(row);
  const link = w.db.prepare('INSERT INTO case_people (case_id, person_id) VALUES (?, ?)');
  for (const p of c.kase.clientSide) if (p.id !== c.kase.clientId) link.run(c.kase.id, p.id);
  appendAudit(w.db, { actorUserId: w.user.id, action: 'case.import', entity: 'case', entityId: row.id, keyId: personKeyId(row.client_id), before: null, after: { ...row, bundleReference: c.kase.reference } }, w.at);
}

function writeVersions(w: Writer, r: RecordToWrite, bundle: CaseBundle): void {
  const key = r.restricted ? caseKeyFor(w.db, w.vault, r.caseId, true) : null;
  let parties: ReturnType<typeof checkReferences> = [];
  for (const v of r.versions) {
    const s = v.source;
    parties = checkReferences(w.db, r.caseId, r.clientId, { ...v.payload, caseId: r.caseId, occurredAt: s.occurredAt, fact: s.fact, analysis: s.analysis, significant: s.significant });
    insertVersion(
      w.db,
      { recordId: r.record.id, version: s.version, occurredAt: s.occurredAt, significant: s.significant, fact: s.fact, analysis: s.analysis, details: v.payload.details, recordedAt: s.recordedAt, recordedBy: v.recordedBy ?? w.user.id, correctionReason: s.correctionReason },
      key,
    );
  }
  replaceParties(w.db, r.record.id, parties);
  // Who wrote each version in the bundle's store, where this store has no such user (the record names the importer).
  const reattributed = r.versions.flatMap((v) => {
    const u = v.recordedBy === null ? bundle.users.find((x) => x.id === v.source.recordedBy) : undefined;
    return u ? [{ version: v.source.version, login: u.login, fullName: u.fullName }] : [];
  });
  // Restricted content never goes into the audit payload, whose key is not restricted.
  const after = r.restricted
    ? { type: r.record.type, versions: r.versions.length, restricted: true, reattributed }
    : { type: r.record.type, caseId: r.caseId, versions: r.versions.map((v) => ({ ...v.source, details: v.payload.details, recordedBy: v.recordedBy ?? w.user.id })), reattributed };
  appendAudit(w.db, { actorUserId: w.user.id, action: 'record.import', entity: r.record.type, entityId: r.record.id, keyId: personKeyId(r.clientId), before: null, after }, w.at);
}
