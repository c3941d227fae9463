// The casework workflow through the real core: the W-1 ladder from verbal to written warning to
// the director's withdrawal, and a counselling withdrawal (W-7) through the clinical lead's
// assessment and approval to the director; the case's status and the audit trail follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../electron/core/contract';
import { ok } from '../support/temp-store';
import { setUpTeam, type Team, type TeamClock } from '../support/team';

const clock: TeamClock = { at: new Date('2026-11-30T12:00:00Z') };
let t: Team;
const NO_NEED = { needOrDisability: false, explainsBehaviour: false };

beforeAll(async () => {
  t = await setUpTeam(clock);
}, 60_000);
afterAll(() => t.store.cleanup());

async function outOfHours(kase: CaseSummary, day: string, extra: Record<string, unknown> = {}) {
  return ok(t.store.core, 'records.create', {
    caseId: kase.id,
    type: 'contact',
    occurredAt: `${day}T21:30:00Z`,
    fact: 'Phoned the tutor late in the evening.',
    details: { medium: 'phone_call', line: 'practice_mobile', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [t.tutor.id], purpose: 'tuition_or_support', withinAllocatedTimes: false, ...extra },
  });
}

describe('W-1 through the ladder', () => {
  it('verbal then written warning, contact persists, the director withdraws; status follows', async () => {
    const { core } = t.store;
    await t.today('2026-03-01');
    const kase = await t.newCase('online_tuition');
    await t.as('clientManager');
    await t.today('2026-03-24');
    const first = await outOfHours(kase, '2026-03-02');
    await ok(core, 'ladder.warn', { caseId: kase.id, level: 'informal', criteria: ['W-1'], evidence: [first.id], issuedOn: '2026-03-03', summary: 'Talked about allocated times.' });
    await outOfHours(kase, '2026-03-20');
    const verbal = await ok(core, 'ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: '2026-03-23', summary: 'Verbal warning about calls outside allocated times.', adjustments: NO_NEED, confirmation: { on: '2026-03-24', how: 'letter' } });
    expect(verbal).toMatchObject({ state: 'live', livePeriodMonths: 6, liveUntil: '2026-09-22' });
    expect((await ok(core, 'cases.get', { caseId: kase.id })).status).toBe('warned');

    const refused = await core.invoke('ladder.warn', { caseId: kase.id, level: 'written', criteria: ['W-1'], issuedOn: '2026-05-01', summary: 'Written warning.', adjustments: NO_NEED });
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard_refused' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/^G-5/);

    await t.as('director');
    await t.today('2026-05-01');
    await outOfHours(kase, '2026-04-28');
    await ok(core, 'ladder.warn', { caseId: kase.id, level: 'written', criteria: ['W-1'], issuedOn: '2026-05-01', summary: 'Written warning about calls outside allocated times.', adjustments: NO_NEED });
    let list = await ok(core, 'checklist.get', { caseId: kase.id });
    expect(list.criteria.find((c) => c.id === 'W-1')?.state).toBe('not_met');
    expect(list.ladder.find((l) => l.criterion === 'W-1')?.step).toBe('written');

    await t.today('2026-06-11');
    const after = await outOfHours(kase, '2026-06-10');
    list = await ok(core, 'checklist.get', { caseId: kase.id });
    expect(list.criteria.find((c) => c.id === 'W-1')).toMatchObject({ state: 'met' });
    expect(list.criteria.find((c) => c.id === 'W-1')?.prerequisites.every((p) => p.satisfied)).toBe(true);

    const proposal = await ok(core, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-1'], evidence: [after.id], rationale: 'Contact persisted after both warnings.', adjustments: NO_NEED });
    expect(proposal.stage).toBe('awaiting_decision');
    expect((await ok(core, 'cases.get', { caseId: kase.id })).status).toBe('under_review');
    // The written warning (1 May, 12 months) is live on 30 November: the decision stands.
    await t.today('2026-11-30');
    const decided = await ok(core, 'decisions.decide', { proposalId: proposal.id, approve: true, reasons: 'Withdrawn under 4.1.' });
    expect(decided).toMatchObject({ stage: 'approved', decision: { decidedOn: '2026-11-30' } });
    expect((await ok(core, 'cases.get', { caseId: kase.id })).status).toBe('withdrawn');

    // The ladder shows on the pairing chart beside the contact that led to it.
    const chart = await ok(core, 'pairing.get', { caseId: kase.id, from: '2026-03-01', to: '2026-11-30' });
    expect(chart.markers.filter((m) => m.kind === 'warning' || m.kind === 'decision').map((m) => [m.kind, m.date, m.label])).toEqual([
      ['warning', '2026-03-03', 'Informal conversation (W-1)'],
      ['warning', '2026-03-23', 'Verbal warning (W-1)'],
      ['warning', '2026-05-01', 'Written warning (W-1)'],
      ['decision', '2026-11-30', 'Withdrawal of service (W-1)'],
    ]);

    // And in the chronology, on their dates, unless a filter narrows it to some records.
    expect((await ok(core, 'chronology.list', { caseId: kase.id })).casework.map((c) => c.kind)).toEqual(['warning', 'warning', 'warning', 'decision']);
    expect((await ok(core, 'chronology.list', { caseId: kase.id, types: ['contact'] })).casework).toEqual([]);

    // The audit trail of the case holds every step, by whom.
    const trail = await ok(core, 'audit.forCase', { caseId: kase.id });
    expect(trail.filter((e) => e.action.startsWith('casework.')).map((e) => [e.action, e.actor])).toEqual([
      ['casework.warning', 'Priya Natarajan'],
      ['casework.warning', 'Priya Natarajan'],
      ['casework.warning', 'Margaret Okafor'],
      ['casework.proposal', 'Margaret Okafor'],
      ['casework.decision', 'Margaret Okafor'],
    ]);
    expect(trail.filter((e) => e.action === 'case.status').length).toBe(3); // warned, under review, withdrawn
  });
});

describe('the status follows the date', () => {
  it('a verbal warning that stops being live leaves the case active again, once anyone looks', async () => {
    await t.today('2026-03-01');
    const kase = await t.newCase('online_tuition', 'Expiring Client');
    await ok(t.store.core, 'ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: '2026-03-01', summary: 'Verbal warning.', adjustments: NO_NEED });
    expect((await ok(t.store.core, 'cases.get', { caseId: kase.id })).status).toBe('warned');
    await t.today('2026-09-01'); // live until 31 August
    expect((await ok(t.store.core, 'cases.get', { caseId: kase.id })).status).toBe('warned'); // nothing has looked yet
    await ok(t.store.core, 'queues.mine', {});
    expect((await ok(t.store.core, 'cases.get', { caseId: kase.id })).status).toBe('active');
  });
});

describe('the clinical lead’s queue', () => {
  it('asks for the risk and safeguarding check when SESS-1 is met, then for the W-7 assessment', async () => {
    await t.today('2026-11-30');
    const kase = await t.newCase('counselling_open_ended', 'Queue Client');
    for (const day of ['2026-09-07', '2026-09-21', '2026-10-05']) {
      await ok(t.store.core, 'records.create', { caseId: kase.id, type: 'session', occurredAt: `${day}T10:00:00Z`, fact: 'Did not attend.', details: { workerId: t.counsellor.id, kind: 'counselling', location: 'practice', outcome: 'did_not_attend' } });
    }
    await t.as('clinicalLead');
    const before = (await ok(t.store.core, 'queues.mine', {})).items.filter((i) => i.caseId === kase.id);
    expect(before.map((i) => i.kind)).toEqual(['assessment_needed']);
    expect(before[0]!.summary).toMatch(/^W-7 Missed sessions \(SESS-1\): first a risk and safeguarding check recorded on or after 7 September 2026/);
    await ok(t.store.core, 'checklist.riskCheck', { caseId: kase.id, checkedOn: '2026-11-30', risks: 'None known.', safeguardingConcerns: false });
    const after = (await ok(t.store.core, 'queues.mine', {})).items.filter((i) => i.caseId === kase.id);
    expect(after.map((i) => i.summary)).toEqual([expect.stringMatching(/It needs the clinical lead's assessment/)]);
  });
});
