// Case bundles: lossless export and import between stores, validation before anything is written,
// idempotent re-import, conflicts, and the rules for users a store does not have.
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseBundle } from '../../electron/core/contract';
import { caseFixture, contactInput, type CaseFixture } from './support/case-fixture';
import { DIRECTOR, ok, setUpStore, type TestStore } from './support/temp-store';

let f: CaseFixture | undefined;
const others: TestStore[] = [];
afterEach(() => {
  f?.store.cleanup();
  f = undefined;
  others.splice(0).forEach((s) => s.cleanup());
});

const LEAD = { fullName: 'Dr Fiona Penrose', login: 'fpenrose', role: 'clinical_lead' as const };

/** A case with a student, a mentor, a merged issue, a corrected contact, a session, a complaint, a counselling review and a safeguarding note. */
async function richCase(): Promise<{ f: CaseFixture; leadUserId: string }> {
  f = await caseFixture();
  const { core } = f.store;
  const lead = await ok(core, 'users.add', LEAD);
  const mentor = await ok(core, 'people.addStaff', { fullName: 'Jenny Hocking', staffRole: 'mentor' });
  const student = await ok(core, 'people.addClientSide', { caseId: f.kase.id, kind: 'student', fullName: 'Yusuf Haddad', asStudent: true });
  await ok(core, 'cases.update', { caseId: f.kase.id, mentorId: mentor.id, boundariesExplainedOn: '2026-09-01' });
  const issue = await ok(core, 'records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-10-01T09:00:00Z', fact: 'Raised exam arrangements.', details: { title: 'Exam arrangements', openedOn: '2026-10-01' } });
  const twin = await ok(core, 'records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-10-02T09:00:00Z', fact: 'Raised access arrangements.', details: { title: 'Access arrangements', openedOn: '2026-10-02' } });
  await ok(core, 'issues.merge', { keepId: issue.id, mergeId: twin.id, reason: 'The same matter' });
  const call = await ok(core, 'records.create', { ...contactInput(f, '2026-10-03T16:30:00Z', 'Parent phoned twice.', { issueId: issue.id, clientParties: [f.kase.clientId, student.id] }), analysis: 'Anxious about the exam.' });
  const { caseId: _, ...fix } = contactInput(f, '2026-10-03T16:30:00+01:00', 'Parent phoned three times.', { issueId: issue.id, toneMarkers: ['rude'] });
  await ok(core, 'records.correct', { ...fix, recordId: call.id, expectedVersion: 1, reason: 'The call log shows a third call.' });
  const lesson = await ok(core, 'records.create', { caseId: f.kase.id, type: 'session', occurredAt: '2026-10-08T15:00:00Z', fact: 'No sound from the student’s side.', details: { workerId: f.tutor.id, kind: 'Maths lesson', location: 'online_from_home', outcome: 'technology_failure', technologyFailure: 'no_sound' } });
  await ok(core, 'records.create', { caseId: f.kase.id, type: 'session', occurredAt: '2026-10-10T15:00:00Z', fact: 'Replacement lesson.', details: { workerId: f.tutor.id, kind: 'Maths lesson', location: 'online_from_home', outcome: 'attended', replacementForId: lesson.id, reportFiled: true } });
  await ok(core, 'records.create', { caseId: f.kase.id, type: 'complaint', occurredAt: '2026-10-20T09:00:00Z', fact: 'Complained that fractions were not taught.', significant: true, details: { route: 'email', aboutPersonId: f.tutor.id, issueId: issue.id, investigationStatus: 'received', seeksReplacement: true } });
  await ok(core, 'records.create', { caseId: f.kase.id, type: 'counselling_review', occurredAt: '2026-10-21T09:00:00Z', fact: 'Reviewed with the counsellor.', details: { clarityOfAims: false, progressAgainstAims: false, assessedByUserId: lead.user.id } });
  await ok(core, 'records.create', { caseId: f.kase.id, type: 'safeguarding_note', occurredAt: '2026-10-22T14:00:00Z', fact: 'Disclosed thoughts of self-harm.', details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false, clinicalLeadConsultedOn: '2026-10-23' } });
  return { f, leadUserId: lead.user.id };
}

/** A second store with the same director (login and name) and, if asked, the same clinical lead. */
async function otherStore(withLead: boolean): Promise<TestStore> {
  const store = await setUpStore();
  others.push(store);
  if (withLead) await ok(store.core, 'users.add', LEAD);
  return store;
}

/** The bundle without what differs between stores by design: export metadata, and users' store-local ids. */
function comparable(bundle: CaseBundle, like: CaseBundle): unknown {
  let text = JSON.stringify({ ...bundle, exported: null });
  for (const u of bundle.users) {
    const same = like.users.find((x) => x.login === u.login)!;
    text = text.replaceAll(u.id, same.id).replaceAll(u.personId, same.personId);
  }
  return JSON.parse(text);
}

describe('case bundles', () => {
  it('round-trips a case losslessly into a new store: ids, every version, merged issues, restricted notes when asked', async () => {
    const { f } = await richCase();
    const first = await ok(f.store.core, 'bundles.export', { caseIds: [f.kase.id], includeRestricted: true });
    expect(first.exported).toMatchObject({ restricted: 'included', restrictedLeftOut: 0, by: { login: DIRECTOR.login } });
    expect(first.cases[0]!.records).toHaveLength(8);
    expect(first.cases[0]!.records.find((r) => r.type === 'contact')!.versions.map((v) => v.correctionReason)).toEqual([null, 'The call log shows a third call.']);

    const target = await otherStore(true);
    const result = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(first) });
    expect(result).toMatchObject({ cases: { created: [f.kase.id], matched: [] }, records: { created: 8, matched: 0 }, recordedByImporter: [], renumbered: [], managedByImporter: [] });
    const second = await ok(target.core, 'bundles.export', { caseIds: [f.kase.id], includeRestricted: true });
    expect(comparable(second, first)).toEqual(comparable(first, first));
    expect((await ok(target.core, 'chronology.list', { caseId: f.kase.id })).entries.map((e) => e.summary)).toEqual(
      (await ok(f.store.core, 'chronology.list', { caseId: f.kase.id })).entries.map((e) => e.summary),
    );
    expect((await ok(target.core, 'audit.verify', {})).ok).toBe(true);
  });

  it('leaves safeguarding notes out unless asked for, and says how many', async () => {
    const { f } = await richCase();
    const bundle = await ok(f.store.core, 'bundles.export', { caseIds: [f.kase.id] });
    expect(bundle.exported).toMatchObject({ restricted: 'left_out', restrictedLeftOut: 1 });
    expect(bundle.cases[0]!.records.some((r) => r.type === 'safeguarding_note')).toBe(false);
  });

  it('checks everything first and reports each problem at its JSON path, writing nothing', async () => {
    const { f } = await richCase();
    const bundle = await ok(f.store.core, 'bundles.export', { caseIds: [f.kase.id] });
    const broken = structuredClone(bundle) as unknown as { cases: { records: { type: string; versions: { details: Record<string, unknown> }[] }[] }[] };
    const records = broken.cases[0]!.records;
    const contact = records.findIndex((r) => r.type === 'contact');
    records[contact]!.versions[0]!.details.medium = 'carrier pigeon';
    const complaint = records.findIndex((r) => r.type === 'complaint');
    records[complaint]!.versions[0]!.details.aboutPersonId = '00000000-0000-4000-8000-000000000000';
    const target = await otherStore(true);
    const auditBefore = (await ok(target.core, 'audit.verify', {})).rows;

    const schema = await target.core.invoke('bundles.import', { bundle: JSON.stringify(broken) });
    expect(schema).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: `cases[0].records[${contact}].versions[0].details.medium`, message: expect.stringMatching(/^Invalid option/) }] } });
    records[contact]!.versions[0]!.details.medium = 'phone_call';
    // The details schemas drop keys they do not know; a bundle refuses them, so a typo is not lost.
    records[contact]!.versions[0]!.details.staffPartys = [];
    const stray = await target.core.invoke('bundles.import', { bundle: JSON.stringify(broken) });
    expect(stray).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: `cases[0].records[${contact}].versions[0].details`, message: 'Unrecognized key: "staffPartys"' }] } });
    delete records[contact]!.versions[0]!.details.staffPartys;
    const refs = await target.core.invoke('bundles.import', { bundle: JSON.stringify(broken) });
    expect(refs).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: `cases[0].records[${complaint}].versions[0].details.aboutPersonId`, message: 'must be a staff person listed in staff' }] } });
    expect(await target.core.invoke('bundles.import', { bundle: '{"format": "threshold-case-bundle", ' })).toMatchObject({ ok: false, error: { issues: [{ path: '(bundle)', message: expect.stringMatching(/^is not JSON/) }] } });

    expect(await ok(target.core, 'cases.list', {})).toEqual([]);
    expect((await ok(target.core, 'audit.verify', {})).rows).toBe(auditBefore);
  });

  it('imports the same bundle twice without duplicating anything, and refuses the same id with other content as a conflict', async () => {
    const { f } = await richCase();
    const bundle = await ok(f.store.core, 'bundles.export', { caseIds: [f.kase.id] });
    const again = await ok(f.store.core, 'bundles.import', { bundle: JSON.stringify(bundle) });
    expect(again).toMatchObject({ cases: { created: [], matched: [f.kase.id] }, people: { created: [] }, records: { created: 0, matched: 7 } });
    // Seven records apart from the merged issue, which the chronology folds into the one it was merged into.
    expect((await ok(f.store.core, 'chronology.list', { caseId: f.kase.id })).total).toBe(7);

    const changed = structuredClone(bundle);
    changed.cases[0]!.records[0]!.versions[0]!.fact = 'Something else entirely.';
    const conflict = await f.store.core.invoke('bundles.import', { bundle: JSON.stringify(changed) });
    expect(conflict).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'cases[0].records[0].id', message: "differs from this store's copy in version 1" }] } });
  });

  it('gives records whose author is no user here to the importer, but never an assessment or a sign-off', async () => {
    const { f } = await richCase();
    const bundle = await ok(f.store.core, 'bundles.export', { caseIds: [f.kase.id] });
    const target = await otherStore(false);
    const refused = await target.core.invoke('bundles.import', { bundle: JSON.stringify(bundle) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: expect.stringMatching(/^cases\[0\]\.records\[\d+\]\.versions\[0\]\.details\.assessedByUserId$/), message: expect.stringContaining('Dr Fiona Penrose (login fpenrose), who is not a user of this store') }] } });

    const withoutReview = structuredClone(bundle);
    withoutReview.cases[0]!.records = withoutReview.cases[0]!.records.filter((r) => r.type !== 'counselling_review');
    withoutReview.users = withoutReview.users.filter((u) => u.login !== LEAD.login);
    const renamed = withoutReview.users.find((u) => u.login === DIRECTOR.login)!;
    renamed.login = 'margaret';
    const result = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(withoutReview) });
    expect(result.recordedByImporter).toEqual([{ login: 'margaret', fullName: DIRECTOR.fullName }]);
    expect(result.managedByImporter).toEqual([f.kase.id]);
  });
});
