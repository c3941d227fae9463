// Bundles carry casework (format 2): every kind of action travels with its id, target, payload,
// time and author; a new store shows the same checklist; a second import matches everything; a
// format 1 bundle (no casework) still imports; a bad action is refused at its path, writing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleAction, type CaseBundle, type CaseSummary } from '../../electron/core/contract';
import { PAYLOADS, type ActionKind } from '../../electron/core/decisions/actions';
import { ok, setUpStore, type TestStore } from './support/temp-store';
import { setUpTeam, type Team, type TeamClock } from './support/team';

const clock: TeamClock = { at: new Date('2026-03-01T12:00:00Z') };
const NO_NEED = { needOrDisability: false, explainsBehaviour: false };
let t: Team;
let bundle: CaseBundle;
const cases: CaseSummary[] = [];
const stores: TestStore[] = [];

/** A store with the team's people as users (same logins and names), its director signed in. */
async function freshStore(): Promise<TestStore> {
  const store = await setUpStore({ clock: { now: () => clock.at } });
  stores.push(store);
  const roles = [['clientManager', 'client_manager'], ['clinicalLead', 'clinical_lead'], ['appeals', 'appeals_officer']] as const;
  for (const [member, role] of roles) await ok(store.core, 'users.add', { fullName: t.users[member].fullName, login: t.users[member].login, role });
  return store;
}

/** A W-1 case through the whole ladder to a restriction, appealed and the appeal dismissed. */
async function ladderCase(): Promise<CaseSummary> {
  const { core } = t.store;
  const kase = await t.newCase('online_tuition', 'Dana Whitfield');
  const late = (day: string) =>
    ok(core, 'records.create', {
      caseId: kase.id,
      type: 'contact',
      occurredAt: `${day}T21:30:00Z`,
      fact: 'Phoned the tutor late in the evening.',
      details: { medium: 'phone_call', line: 'practice_mobile', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [t.tutor.id], purpose: 'tuition_or_support', withinAllocatedTimes: false },
    });
  await t.as('clientManager');
  await t.today('2026-03-24');
  const first = await late('2026-03-02');
  await ok(core, 'ladder.warn', { caseId: kase.id, level: 'informal', criteria: ['W-1'], evidence: [first.id], issuedOn: '2026-03-03', summary: 'Talked about allocated times.' });
  await late('2026-03-20');
  await ok(core, 'ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: '2026-03-23', summary: 'Verbal warning about late calls.', adjustments: NO_NEED, confirmation: { on: '2026-03-24', how: 'letter' } });
  await t.as('director');
  await t.today('2026-05-01');
  await late('2026-04-28');
  await ok(core, 'ladder.warn', { caseId: kase.id, level: 'written', criteria: ['W-1'], issuedOn: '2026-05-01', summary: 'Written warning about late calls.', adjustments: NO_NEED });
  await t.today('2026-06-11');
  const after = await late('2026-06-10');
  const proposal = await ok(core, 'decisions.propose', { caseId: kase.id, outcome: 'restrict', criteria: ['W-1'], evidence: [after.id], rationale: 'Late calls persisted after both warnings.', restriction: { blockedLines: ['practice_mobile'] }, adjustments: NO_NEED });
  await ok(core, 'decisions.decide', { proposalId: proposal.id, approve: true, reasons: 'The practice mobile is blocked; the main desk stays open.' });
  await t.as('clientManager');
  await t.today('2026-07-01');
  const appeal = await ok(core, 'appeals.lodge', { againstId: proposal.id, lodgedOn: '2026-07-01', grounds: 'The calls were about homework.' });
  await t.as('director');
  await ok(core, 'appeals.assign', { appealId: appeal.id, userId: t.users.appeals.id });
  await t.as('appeals');
  await t.today('2026-07-02');
  await ok(core, 'appeals.decide', { appealId: appeal.id, outcome: 'dismissed', reasons: 'The restriction leaves every other line open.' });
  await t.as('director');
  return kase;
}

/** The director renews the restriction at its review, last of all (the log's order is the clock's). */
async function renew(kase: CaseSummary): Promise<void> {
  await t.today('2026-11-30');
  const list = await ok(t.store.core, 'checklist.get', { caseId: kase.id });
  await ok(t.store.core, 'restrictions.review', { decisionId: list.restrictions[0]!.id, action: 'renew', reasons: 'Late calls to the main desk continue.' });
}

/** A W-7 counselling case: three missed sessions, a risk check, the assessment, a proposal approved by the clinical lead, awaiting the director. */
async function counsellingCase(): Promise<CaseSummary> {
  const { core } = t.store;
  await t.today('2026-10-05');
  const kase = await t.newCase('counselling_short_term', 'Lee Tonkin');
  const missed: string[] = [];
  for (const [day, outcome] of [['2026-09-02', 'attended'], ['2026-09-09', 'did_not_attend'], ['2026-09-16', 'did_not_attend'], ['2026-09-23', 'attended'], ['2026-09-30', 'did_not_attend']] as const) {
    const s = await ok(core, 'records.create', { caseId: kase.id, type: 'session', occurredAt: `${day}T17:00:00Z`, fact: `Session: ${outcome}.`, details: { workerId: t.counsellor.id, kind: 'Counselling session', location: 'practice', outcome } });
    if (outcome === 'did_not_attend') missed.push(s.id);
  }
  await t.as('clinicalLead');
  await ok(core, 'checklist.riskCheck', { caseId: kase.id, checkedOn: '2026-10-02', risks: 'None found on the call.', safeguardingConcerns: false });
  await ok(core, 'checklist.assess', { caseId: kase.id, criterion: 'W-7', finding: 'met', counsellorView: 'He has stopped engaging.', rationale: 'Three missed in a month.', evidence: missed });
  await t.as('clientManager');
  const proposal = await ok(core, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-7'], evidence: missed, rationale: 'Three sessions missed without due cause.', adjustments: NO_NEED });
  await t.as('clinicalLead');
  await ok(core, 'decisions.consult', { proposalId: proposal.id, approves: true, rationale: 'Agreed, after the risk check.' });
  await t.as('director');
  return kase;
}

/** Replaces one store's user and person ids with the other's (matched by login), so views from two stores compare. */
function mapped(value: unknown, from: CaseBundle, to: CaseBundle): unknown {
  let text = JSON.stringify(value);
  for (const u of from.users) {
    const same = to.users.find((x) => x.login === u.login)!;
    text = text.replaceAll(u.id, same.id).replaceAll(u.personId, same.personId);
  }
  return JSON.parse(text);
}

const checklists = async (store: TestStore, ids: readonly string[]) => Promise.all(ids.map((caseId) => ok(store.core, 'checklist.get', { caseId })));

beforeAll(async () => {
  t = await setUpTeam(clock);
  cases.push(await ladderCase(), await counsellingCase());
  await renew(cases[0]!);
  bundle = await ok(t.store.core, 'bundles.export', { caseIds: cases.map((c) => c.id), includeRestricted: true });
}, 240_000);
afterAll(() => {
  stores.forEach((s) => s.cleanup());
  t?.store.cleanup();
});

describe('bundles carry casework', () => {
  it('exports every action in log order, with its kind, target, payload, time and author, as format 3', () => {
    expect(bundle.formatVersion).toBe(3);
    const [ladder, counselling] = bundle.cases.map((c) => c.actions.map((a) => a.kind));
    expect(ladder).toEqual(['warning', 'warning', 'warning', 'proposal', 'decision', 'appeal', 'appeal_assignment', 'appeal_decision', 'restriction_review']);
    expect(counselling).toEqual(['risk_check', 'assessment', 'proposal', 'consultation']);
    const byLogin = (id: string) => bundle.users.find((u) => u.id === id)!.login;
    expect(bundle.cases[0]!.actions.map((a) => byLogin(a.recordedBy))).toEqual([t.users.clientManager.login, t.users.clientManager.login, 'mokafor', 'mokafor', 'mokafor', t.users.clientManager.login, 'mokafor', t.users.appeals.login, 'mokafor']);
    expect(bundle.cases.map((c) => c.status)).toEqual(['restricted', 'under_review']);
  });

  it('validates payloads with the casework API’s own schemas', () => {
    for (const option of bundleAction.options) {
      const kind = option.shape.kind.value as ActionKind;
      expect(option.shape.payload, kind).toBe(PAYLOADS[kind]);
    }
    expect(bundleAction.options.map((o) => o.shape.kind.value).sort()).toEqual(Object.keys(PAYLOADS).sort());
  });

  it('round-trips into a new store: the same actions, checklists and statuses, audited; a second import matches everything', async () => {
    const target = await freshStore();
    const result = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(bundle) });
    expect(result).toMatchObject({ cases: { created: cases.map((c) => c.id) }, actions: { created: 13, matched: 0 }, recordedByImporter: [] });
    const again = await ok(target.core, 'bundles.export', { caseIds: cases.map((c) => c.id), includeRestricted: true });
    expect(mapped({ ...again, exported: null }, again, bundle)).toEqual({ ...bundle, exported: null });
    expect(mapped(await checklists(target, result.cases.created), again, bundle)).toEqual(await checklists(t.store, result.cases.created));
    const statuses = async (store: TestStore) => Object.fromEntries((await ok(store.core, 'cases.list', {})).map((c) => [c.id, c.status]));
    expect(await statuses(target)).toEqual({ [cases[0]!.id]: 'restricted', [cases[1]!.id]: 'under_review' });
    const trail = await ok(target.core, 'audit.forCase', { caseId: cases[0]!.id });
    expect(trail.filter((e) => e.action === 'casework.import')).toHaveLength(9);
    expect((await ok(target.core, 'audit.verify', {})).ok).toBe(true);

    const rows = (await ok(target.core, 'audit.verify', {})).rows;
    const twice = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(bundle) });
    expect(twice).toMatchObject({ cases: { created: [], matched: cases.map((c) => c.id) }, records: { created: 0 }, actions: { created: 0, matched: 13 } });
    expect((await ok(target.core, 'audit.verify', {})).rows).toBe(rows + 1); // the import itself, nothing else
    expect(mapped(await checklists(target, result.cases.created), again, bundle)).toEqual(await checklists(t.store, result.cases.created));

    const edited = structuredClone(bundle);
    const decision = edited.cases[0]!.actions.find((a) => a.kind === 'decision')!;
    if (decision.kind === 'decision') decision.payload.reasons = 'Other reasons.';
    const conflict = await target.core.invoke('bundles.import', { bundle: JSON.stringify(edited) });
    expect(conflict).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'cases[0].actions[4].id', message: "differs from this store's copy" }] } });
  });

  it('still imports a format 1 bundle, which has no casework, and refuses casework in one', async () => {
    const v1 = { ...structuredClone(bundle), formatVersion: 1, cases: bundle.cases.map(({ actions: _, letters: _l, ...c }) => c) };
    const target = await freshStore();
    const withActions = await target.core.invoke('bundles.import', { bundle: JSON.stringify({ ...v1, cases: bundle.cases }) });
    expect(withActions).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'cases[0]', message: 'Unrecognized keys: "actions", "letters"' }, { path: 'cases[1]' }] } });
    const result = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(v1) });
    expect(result).toMatchObject({ cases: { created: cases.map((c) => c.id) }, records: { created: bundle.cases.reduce((n, c) => n + c.records.length, 0) }, actions: { created: 0 } });
    // With no casework here, the cases are active: the status follows the casework a store holds.
    expect((await ok(target.core, 'cases.list', {})).map((c) => c.status)).toEqual(['active', 'active']);
  });

  it('refuses a bad action at its JSON path and writes nothing', async () => {
    const target = await freshStore();
    const rows = (await ok(target.core, 'audit.verify', {})).rows;
    const refuse = async (edit: (b: { cases: { actions: Record<string, unknown>[] }[] }) => void, issues: { path: string; message: unknown }[]) => {
      const broken = structuredClone(bundle) as unknown as { cases: { actions: Record<string, unknown>[] }[] };
      edit(broken);
      expect(await target.core.invoke('bundles.import', { bundle: JSON.stringify(broken) })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues } });
    };
    const payload = (b: { cases: { actions: Record<string, unknown>[] }[] }, ci: number, ai: number) => b.cases[ci]!.actions[ai]!.payload as Record<string, unknown>;
    await refuse((b) => void (payload(b, 0, 1).level = 'stern'), [{ path: 'cases[0].actions[1].payload.level', message: expect.stringMatching(/^Invalid option/) }]);
    await refuse((b) => void ((payload(b, 0, 1).confirmation as Record<string, unknown>).hwo = 'letter'), [{ path: 'cases[0].actions[1].payload.confirmation', message: 'Unrecognized key: "hwo"' }]);
    await refuse((b) => void (b.cases[0]!.actions[4]!.targetId = b.cases[0]!.actions[0]!.id), [{ path: 'cases[0].actions[4].targetId', message: 'must be an earlier proposal of this case' }]);
    await refuse((b) => void (b.cases[0]!.actions[3]!.targetId = b.cases[0]!.actions[0]!.id), [{ path: 'cases[0].actions[3].targetId', message: 'must be null: a proposal acts on no other action' }]);
    await refuse((b) => void b.cases[0]!.actions.push({ ...b.cases[0]!.actions[4]!, id: '6f1d8f0e-1111-4111-8111-111111111111' }), [{ path: 'cases[0].actions[9].targetId', message: expect.stringMatching(/^repeats the decision/) }]);
    await refuse((b) => void (payload(b, 1, 1).evidence = [bundle.cases[0]!.records[0]!.id]), [{ path: 'cases[1].actions[1].payload.evidence[0]', message: 'is a record of another case' }]);
    await refuse((b) => void (payload(b, 1, 1).evidence = ['6f1d8f0e-2222-4222-8222-222222222222']), [{ path: 'cases[1].actions[1].payload.evidence[0]', message: expect.stringMatching(/^must be a record of this case/) }]);
    expect(await ok(target.core, 'cases.list', {})).toEqual([]);
    expect((await ok(target.core, 'audit.verify', {})).rows).toBe(rows);
  });

  it('never gives casework to the importer: whoever acted must be a user here, in the role the act needs', async () => {
    const target = await setUpStore({ clock: { now: () => clock.at } });
    stores.push(target);
    await ok(target.core, 'users.add', { fullName: t.users.clientManager.fullName, login: t.users.clientManager.login, role: 'client_manager' });
    await ok(target.core, 'users.add', { fullName: t.users.appeals.fullName, login: t.users.appeals.login, role: 'client_manager' });
    const refused = await target.core.invoke('bundles.import', { bundle: JSON.stringify({ ...bundle, cases: [bundle.cases[0]] }) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (refused.ok) return;
    const issues = refused.error.issues ?? [];
    expect(issues).toContainEqual({ path: 'cases[0].actions[6].payload.userId', message: expect.stringMatching(/who is not an appeals officer or the director or a clinical lead in this store$/) });
    expect(issues).toContainEqual({ path: 'cases[0].actions[7].recordedBy', message: expect.stringMatching(/who is not an appeals officer or the director or a clinical lead in this store$/) });
    const counselling = await target.core.invoke('bundles.import', { bundle: JSON.stringify({ ...bundle, cases: [bundle.cases[1]] }) });
    expect(counselling).toMatchObject({ ok: false, error: { issues: expect.arrayContaining([{ path: 'cases[0].actions[0].recordedBy', message: expect.stringContaining('who is not a user of this store: casework is never re-attributed') }]) } });
  });
});
