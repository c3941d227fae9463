// After a lock, whether asked for or after the idle time, the core holds no key: every method
// that needs a signed-in user answers not_signed_in, however well-formed the request, until
// someone unlocks again. Each request below passes its method's own input schema, so the
// refusal comes from the lock and not from validation.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Input, type MethodName } from '../../electron/core/contract';
import type { Core } from '../../electron/core';
import { caseFixture, contactInput, type CaseFixture } from './support/case-fixture';
import { DIRECTOR, ORGANISATION, ok, setUpStore, type TestStore } from './support/temp-store';

type Requests = { [M in MethodName]?: Input<M> };

/** A well-formed request for every method that needs a signed-in user. */
function wellFormedRequests(f: CaseFixture, ids: { recordId: string; issueIds: [string, string]; folder: string }): Requests {
  const caseId = f.kase.id;
  const contact = contactInput(f, '2026-09-02T10:00:00Z', 'Rang about the timetable.');
  const csv = 'Date,Time,Type,Direction,Agent,Duration,Notes\r\n01/10/2026,16:30,Phone call,Inbound,Tom Pascoe,4:32,Asked about homework.\r\n';
  const { caseId: _omitted, ...correctionFields } = contact;
  return {
    'session.changePassphrase': { current: DIRECTOR.passphrase, next: 'harbour lantern quietly 77' },
    'users.list': {},
    'users.add': { fullName: 'Priya Shah', login: 'pshah', role: 'client_manager' },
    'users.remove': { userId: randomUUID(), reason: 'Left the service.' },
    'people.listStaff': {},
    'people.addStaff': { fullName: 'Sam Lee', staffRole: 'mentor' },
    'cases.list': {},
    'cases.recent': {},
    'cases.create': { clientName: 'Leo Grant', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: f.tutor.id, clientManagerId: f.director.id },
    'cases.get': { caseId },
    'cases.update': { caseId, allocatedWorkerId: f.tutor.id },
    'cases.close': { caseId, closedOn: '2026-11-01', reason: 'Tuition finished.' },
    'people.addClientSide': { caseId, kind: 'student', fullName: 'Noor Haddad' },
    'records.create': contact,
    'records.correct': { ...correctionFields, recordId: ids.recordId, expectedVersion: 1, reason: 'The time was wrong.' },
    'records.get': { recordId: ids.recordId },
    'chronology.list': { caseId },
    'issues.merge': { keepId: ids.issueIds[0], mergeId: ids.issueIds[1], reason: 'The same issue.' },
    'access.list': { caseId },
    'flags.forCase': { caseId },
    'complaints.history': { caseId },
    'flags.dashboard': {},
    'policy.get': {},
    'policy.updateFlag': { id: 'BND-1', services: ['online_tuition'], params: {} },
    'policy.resetFlag': { id: 'BND-1' },
    'policy.setExtraHolidays': { holidays: [] },
    'pairing.get': { caseId },
    'contacts.previewImport': { caseId, csv },
    'contacts.import': { caseId, csv },
    'bundles.export': { caseIds: [caseId] },
    'bundles.import': { bundle: '{"format":"threshold-case-bundle"}' },
    'audit.verify': {},
    'org.get': {},
    'org.update': { ...ORGANISATION, autoLockMinutes: 10 },
    'backup.create': { destination: join(ids.folder, 'backup') },
    'backup.verify': { path: join(ids.folder, 'backup') },
    'dataProtection.subjectAccess.draft': { clientId: f.kase.clientId },
    'dataProtection.subjectAccess.release': { draftId: randomUUID(), redactionsConfirmed: true, outDir: ids.folder },
    'dataProtection.erase': { clientId: f.kase.clientId, reason: 'Asked to be forgotten.' },
    'dataProtection.erasures': {},
    'dataProtection.holds.set': { target: { kind: 'case', caseId }, reason: 'A complaint is open.' },
    'dataProtection.holds.clear': { holdId: randomUUID(), reason: 'The complaint is closed.' },
    'dataProtection.holds.list': {},
    'dataProtection.retention.get': {},
    'dataProtection.retention.set': { yearsAfterClosure: 6 },
    'dataProtection.retentionDue': {},
    'audit.forCase': { caseId },
    'checklist.get': { caseId },
    'ladder.warn': { caseId, level: 'verbal', criteria: ['W-1'], issuedOn: '2026-09-03', summary: 'Verbal warning.', adjustments: { needOrDisability: false, explainsBehaviour: false } },
    'checklist.assess': { caseId, criterion: 'W-6', finding: 'not_met', counsellorView: 'Fine.', rationale: 'No impact.' },
    'checklist.riskCheck': { caseId, checkedOn: '2026-09-03', risks: 'None known.', safeguardingConcerns: false },
    'decisions.propose': { caseId, outcome: 'no_action', rationale: 'Nothing needed.' },
    'decisions.decideNow': { caseId, outcome: 'no_action', rationale: 'Nothing needed.', reasons: 'Agreed.' },
    'decisions.consult': { proposalId: randomUUID(), approves: true, rationale: 'Agreed.' },
    'decisions.decide': { proposalId: randomUUID(), approve: false, reasons: 'Not needed.' },
    'restrictions.review': { decisionId: randomUUID(), action: 'lift', reasons: 'No longer needed.' },
    'appeals.lodge': { againstId: randomUUID(), lodgedOn: '2026-09-03', grounds: 'Unfair.' },
    'appeals.assign': { appealId: randomUUID(), userId: randomUUID() },
    'appeals.decide': { appealId: randomUUID(), outcome: 'dismissed', reasons: 'Stands.' },
    'registers.restrictions': {},
    'registers.oversight': { from: '2026-01-01', to: '2026-12-31' },
    'queues.mine': {},
    'letters.list': { caseId },
    'letters.options': { caseId },
    'letters.draft': { caseId, type: 'missed_sessions_notice' },
    'letters.get': { letterId: randomUUID() },
    'letters.update': { letterId: randomUUID(), expectedRevision: 1, content: { letterDate: '2026-09-03', recipient: { name: 'A Client' }, salutation: 'Dear A Client', subject: 'Sessions', inOrganisationName: false, reasons: [], sections: [], signOff: { name: 'B', title: 'Client manager' } } },
    'letters.preview': { letterId: randomUUID() },
    'letters.sign': { letterId: randomUUID(), expectedRevision: 1, passphrase: 'not this one' },
    'letters.void': { letterId: randomUUID(), reason: 'Sent in error.' },
    'letters.export': { letterId: randomUUID(), outPath: join(ids.folder, 'letter.pdf') },
    'letters.verify': {},
    'letters.awaitingSignature': {},
    'letterhead.get': {},
    'letterhead.set': { appealDays: 28 },
    'documents.reviewPack': { caseId },
    'documents.oversightRegister': { from: '2026-01-01', to: '2026-12-31' },
    'documents.restrictionRegister': {},
  };
}

const signedInMethods = (): MethodName[] => (Object.keys(contract) as MethodName[]).filter((m) => contract[m].access !== 'anyone').sort();

async function everyAnswer(core: Core, requests: Requests): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const method of signedInMethods()) {
    const result = await core.invokeUnknown(method, requests[method]);
    answers[method] = result.ok ? 'ok' : result.error.code;
  }
  return answers;
}

let f: CaseFixture;
let requests: Requests;
beforeEach(async () => {
  f = await caseFixture();
  const record = await ok(f.store.core, 'records.create', contactInput(f, '2026-09-01T09:00:00Z', 'Asked about the timetable.'));
  const issue = (title: string) => ok(f.store.core, 'records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-09-03T09:00:00Z', fact: title, details: { title, openedOn: '2026-09-03' } });
  const issueIds: [string, string] = [(await issue('Exam arrangements')).id, (await issue('Access arrangements')).id];
  requests = wellFormedRequests(f, { recordId: record.id, issueIds, folder: f.store.dir });
});
afterEach(() => f.store.cleanup());

describe('a locked core', () => {
  it('has a well-formed request here for every method that needs a signed-in user', () => {
    const missing = signedInMethods().filter((method) => requests[method] === undefined);
    expect(missing, 'add a well-formed request for these methods to wellFormedRequests in test/core/lock.test.ts').toEqual([]);
    for (const method of signedInMethods()) {
      const parsed = contract[method].input.safeParse(requests[method]);
      expect(parsed.success ? 'valid' : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), method).toBe('valid');
    }
  });

  it('answers not_signed_in to every one of them after session.lock, and serves again after an unlock', async () => {
    const core = f.store.core;
    expect(await core.invoke('cases.get', { caseId: f.kase.id })).toMatchObject({ ok: true, value: { clientName: 'Amira Haddad' } });
    expect(await core.invoke('session.lock', {})).toMatchObject({ ok: true, value: { state: 'locked', user: null, organisationName: null } });

    const answers = await everyAnswer(core, requests);
    expect(answers).toEqual(Object.fromEntries(signedInMethods().map((m) => [m, 'not_signed_in'])));

    await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect(await core.invoke('cases.get', { caseId: f.kase.id })).toMatchObject({ ok: true, value: { clientName: 'Amira Haddad' } });
  });
});

describe('the idle lock', () => {
  let store: TestStore;
  let now = Date.parse('2026-11-20T09:00:00Z');
  beforeEach(async () => {
    now = Date.parse('2026-11-20T09:00:00Z');
    store = await setUpStore({ clock: { now: () => new Date(now) } });
    await ok(store.core, 'org.update', { ...ORGANISATION, autoLockMinutes: 5 });
  });
  afterEach(() => store.cleanup());

  it("locks the core after the organisation's idle time: the next call is refused and the status says locked", async () => {
    const core = store.core;
    now += 4 * 60_000;
    expect(await core.invoke('cases.list', {})).toMatchObject({ ok: true });
    now += 5 * 60_000 + 1000;
    expect(await core.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await core.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked', user: null } });
    expect(await core.invoke('org.get', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });
});
