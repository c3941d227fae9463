// The guards G-1..G-7 of SPEC section 4 through the real core, as each role would meet them: each
// refuses exactly where the policy forbids (code guard_refused, the message naming the guard and
// citing the policy) and allows where it permits; nothing is written when it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary, Input, Result } from '../../../electron/core/contract';
import { clientFacingViolations } from '../../../electron/core/policy/guards';
import { ok } from '../support/temp-store';
import { setUpTeam, type Team } from '../support/team';

let t: Team;
const NO_NEED = { needOrDisability: false, explainsBehaviour: false };

beforeAll(async () => {
  t = await setUpTeam();
}, 60_000);
afterAll(() => t.store.cleanup());

function refusedBy<T>(result: Result<T>, guard: string, words?: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('guard_refused');
  expect(result.error.message.startsWith(`${guard} (`)).toBe(true);
  if (words) expect(result.error.message).toMatch(words);
}

async function record(kase: CaseSummary, input: Omit<Input<'records.create'>, 'caseId'>) {
  return ok(t.store.core, 'records.create', { caseId: kase.id, ...input } as Input<'records.create'>);
}

const complaint = (kase: CaseSummary, day: string, extra: Record<string, unknown> = {}) =>
  record(kase, { type: 'complaint', occurredAt: `${day}T10:00:00Z`, fact: 'Complained about the tutor.', details: { route: 'email', aboutPersonId: t.tutor.id, investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: day, ...extra } });

const contact = (kase: CaseSummary, day: string, extra: Record<string, unknown> = {}) =>
  record(kase, { type: 'contact', occurredAt: `${day}T10:00:00Z`, fact: 'Phoned.', details: { medium: 'phone_call', line: 'helpline', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [t.tutor.id], purpose: 'enquiry', ...extra } });

const auditCount = async (caseId: string) => (await ok(t.store.core, 'audit.forCase', { caseId })).length;

describe('G-1 complaints are never by themselves grounds', () => {
  it('G-1: a complaint cited under W-1 or W-3 is refused, and nothing is written', async () => {
    await t.as('director');
    const kase = await t.newCase('online_tuition', 'G1 Client');
    const c = await complaint(kase, '2026-10-01');
    const before = await auditCount(kase.id);
    refusedBy(await t.store.core.invoke('decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-1'], evidence: [c.id], rationale: 'Complains a lot.', adjustments: NO_NEED }), 'G-1', /Sue Lambert Trust.*4\.3/);
    refusedBy(await t.store.core.invoke('decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-3'], evidence: [c.id], rationale: 'False complaint.', adjustments: NO_NEED }), 'G-1', /knowingly false/);
    const byContact = await contact(kase, '2026-10-02', { purpose: 'complaint' });
    refusedBy(await t.store.core.invoke('ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-1'], evidence: [byContact.id], issuedOn: '2026-10-03', summary: 'Warned.', adjustments: NO_NEED }), 'G-1');
    expect(await auditCount(kase.id)).toBe(before + 1); // only the contact recorded since
    expect((await ok(t.store.core, 'checklist.get', { caseId: kase.id })).warnings).toEqual([]);
  });

  it('G-1: complaints may be cited under W-2 only with COMP-1 or COMP-2 met', async () => {
    await t.as('director');
    const kase = await t.newCase('online_tuition', 'G1 Repeat');
    const issue = await record(kase, { type: 'issue', occurredAt: '2026-09-01T09:00:00Z', fact: 'Tutor changes.', details: { title: 'Tutor changes', openedOn: '2026-09-01' } });
    const first = await complaint(kase, '2026-09-02', { issueId: issue.id, procedureCompletedOn: '2026-09-20' });
    refusedBy(await t.store.core.invoke('ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-2'], evidence: [first.id], issuedOn: '2026-09-25', summary: 'Warned.', adjustments: NO_NEED }), 'G-1', /COMP-1/);
    const repeat = await complaint(kase, '2026-10-05', { issueId: issue.id, investigationStatus: 'received', outcome: null, procedureCompletedOn: null });
    const warned = await ok(t.store.core, 'ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-2'], evidence: [first.id, repeat.id], issuedOn: '2026-10-06', summary: 'Warned about repeat complaints.', adjustments: NO_NEED });
    expect(warned.state).toBe('live');
  });
});

describe('G-2 a suicide or self-harm disclosure is never grounds', () => {
  it('G-2: refused as evidence for a warning, a proposal or a W-6 assessment', async () => {
    await t.as('director');
    const kase = await t.newCase('counselling_open_ended', 'G2 Client');
    const note = await record(kase, { type: 'safeguarding_note', occurredAt: '2026-10-01T10:00:00Z', fact: 'Disclosed self-harm.', details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false, clinicalLeadConsultedOn: '2026-10-02' } });
    refusedBy(await t.store.core.invoke('ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-6'], evidence: [note.id], issuedOn: '2026-10-03', summary: 'Warned.', adjustments: NO_NEED }), 'G-2', /4\.2/);
    refusedBy(await t.store.core.invoke('decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-6'], evidence: [note.id], rationale: 'Impact on the counsellor.', adjustments: NO_NEED }), 'G-2');
    await t.as('clinicalLead');
    refusedBy(await t.store.core.invoke('checklist.assess', { caseId: kase.id, criterion: 'W-6', finding: 'met', counsellorView: 'Distressing.', rationale: 'Impact.', evidence: [note.id] }), 'G-2');
  });
});

describe('G-3 prerequisites, with warnings live at the decision', () => {
  it('G-3: a withdrawal under W-1 with only a verbal warning is refused at the decision, saying what is missing', async () => {
    await t.as('director');
    const kase = await t.newCase('online_tuition', 'G3 Client');
    const late = await contact(kase, '2026-10-01', { withinAllocatedTimes: false });
    await ok(t.store.core, 'ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-1'], evidence: [late.id], issuedOn: '2026-10-02', summary: 'Warned.', adjustments: NO_NEED });
    const p = await ok(t.store.core, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-1'], evidence: [late.id], rationale: 'Persists.', adjustments: NO_NEED });
    refusedBy(await t.store.core.invoke('decisions.decide', { proposalId: p.id, approve: true, reasons: 'Withdraw.' }), 'G-3', /W-1 is not met.*written warning/);
    const rejected = await ok(t.store.core, 'decisions.decide', { proposalId: p.id, approve: false, reasons: 'The ladder is not complete.' });
    expect(rejected.stage).toBe('rejected');
  });

  it('G-3: W-3 needs no prerequisite: a withdrawal may be decided at once', async () => {
    await t.as('director');
    const kase = await t.newCase('in_practice_tuition', 'G3 Threats');
    const incident = await record(kase, { type: 'behaviour_incident', occurredAt: '2026-11-20T15:00:00Z', fact: 'Threatened the tutor.', details: { kind: 'threatening_behaviour', riskToStaff: 'serious' } });
    const p = await ok(t.store.core, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-3'], evidence: [incident.id], rationale: 'Risk to staff.', adjustments: NO_NEED });
    expect((await ok(t.store.core, 'decisions.decide', { proposalId: p.id, approve: true, reasons: 'Withdrawn under 4.4.' })).stage).toBe('approved');
    expect((await ok(t.store.core, 'cases.get', { caseId: kase.id })).status).toBe('withdrawn');
  });
});

describe('G-4 no counselling withdrawal without the clinical lead', () => {
  it('G-4: refused before the clinical lead approves and after they refuse; allowed once approved and the criterion is met', async () => {
    await t.as('director');
    const kase = await t.newCase('counselling_open_ended', 'G4 Client');
    const ids: string[] = [];
    for (const day of ['2026-09-01', '2026-09-15', '2026-10-06']) {
      ids.push((await record(kase, { type: 'session', occurredAt: `${day}T10:00:00Z`, fact: 'Did not attend.', details: { workerId: t.counsellor.id, kind: 'counselling', location: 'practice', outcome: 'did_not_attend' } })).id);
    }
    await t.as('clientManager');
    const p = await ok(t.store.core, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-7'], evidence: ids, rationale: 'Three missed sessions.', adjustments: NO_NEED });
    expect(p.stage).toBe('awaiting_clinical_lead');
    await t.as('director');
    refusedBy(await t.store.core.invoke('decisions.decide', { proposalId: p.id, approve: true, reasons: 'Withdraw.' }), 'G-4', /clinical lead/);
    await t.as('clinicalLead');
    const refused = await ok(t.store.core, 'decisions.consult', { proposalId: p.id, approves: false, rationale: 'Not yet: offer a review session.' });
    expect(refused.stage).toBe('refused_by_clinical_lead');
    await t.as('director');
    refusedBy(await t.store.core.invoke('decisions.decide', { proposalId: p.id, approve: true, reasons: 'Withdraw.' }), 'G-4', /refused/);
    await ok(t.store.core, 'decisions.decide', { proposalId: p.id, approve: false, reasons: 'As the clinical lead advised.' });

    await t.as('clinicalLead');
    await ok(t.store.core, 'checklist.riskCheck', { caseId: kase.id, checkedOn: '2026-11-01', risks: 'No known risk.', safeguardingConcerns: false });
    await ok(t.store.core, 'checklist.assess', { caseId: kase.id, criterion: 'W-7', finding: 'met', counsellorView: 'The client has disengaged.', rationale: 'Three missed without cause.' });
    const mine = await ok(t.store.core, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-7'], evidence: ids, rationale: 'Discharge for non-attendance.', adjustments: NO_NEED });
    expect(mine).toMatchObject({ stage: 'awaiting_decision', consultation: { approves: true } });
    await t.as('director');
    expect((await ok(t.store.core, 'decisions.decide', { proposalId: mine.id, approve: true, reasons: 'Discharged.' })).stage).toBe('approved');
  });
});

describe('G-5 only the director decides; appeals by someone not involved', () => {
  it('G-5: a client manager cannot decide or issue a written warning', async () => {
    await t.as('director');
    const kase = await t.newCase('online_tuition', 'G5 Client');
    const p = await ok(t.store.core, 'decisions.propose', { caseId: kase.id, outcome: 'no_action', rationale: 'Nothing to do.' });
    await t.as('clientManager');
    expect(await t.store.core.invoke('decisions.decide', { proposalId: p.id, approve: true, reasons: 'Done.' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    refusedBy(await t.store.core.invoke('ladder.warn', { caseId: kase.id, level: 'written', criteria: ['W-1'], issuedOn: '2026-11-01', summary: 'Written.', adjustments: NO_NEED }), 'G-5', /director/);
  });

  it('G-5: an appeal is assigned to and decided by someone who took no part', async () => {
    await t.as('director');
    const kase = await t.newCase('in_practice_tuition', 'G5 Appeal');
    const incident = await record(kase, { type: 'behaviour_incident', occurredAt: '2026-11-20T15:00:00Z', fact: 'Pushed the tutor.', details: { kind: 'physical_aggression', riskToStaff: 'serious' } });
    const p = await ok(t.store.core, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-3'], evidence: [incident.id], rationale: 'Risk to staff.', adjustments: NO_NEED });
    await ok(t.store.core, 'decisions.decide', { proposalId: p.id, approve: true, reasons: 'Withdrawn.' });
    const appeal = await ok(t.store.core, 'appeals.lodge', { againstId: p.id, lodgedOn: '2026-11-30', grounds: 'It was an accident.' });
    refusedBy(await t.store.core.invoke('appeals.assign', { appealId: appeal.id, userId: t.users.director.id }), 'G-5', /took no part/);
    refusedBy(await t.store.core.invoke('appeals.decide', { appealId: appeal.id, outcome: 'dismissed', reasons: 'Stands.' }), 'G-5');
    await ok(t.store.core, 'appeals.assign', { appealId: appeal.id, userId: t.users.appeals.id });
    await t.as('clinicalLead');
    expect(await t.store.core.invoke('appeals.decide', { appealId: appeal.id, outcome: 'dismissed', reasons: 'Stands.' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.as('appeals');
    const decided = await ok(t.store.core, 'appeals.decide', { appealId: appeal.id, outcome: 'upheld', reasons: 'The incident was not deliberate.' });
    expect(decided.decision).toMatchObject({ outcome: 'upheld', by: { role: 'appeals_officer' } });
    await t.as('director');
    expect((await ok(t.store.core, 'cases.get', { caseId: kase.id })).status).toBe('active');
    expect((await ok(t.store.core, 'checklist.get', { caseId: kase.id })).proposals[0]!.overturned).toBe(true);
  });
});

describe('G-6 client-facing text quotes only fact fields', () => {
  it('G-6: finds a quoted analysis field or restricted record, whatever the case and spacing, and passes fact-only text', () => {
    const forbidden = [
      { recordId: 'a', field: 'analysis' as const, text: 'Mother appears to be seeking to isolate the tutor from the team.' },
      { recordId: 'b', field: 'restricted' as const, text: 'Disclosed thoughts of self-harm during the session on Monday.' },
    ];
    expect(clientFacingViolations('On 3 March you telephoned the tutor at 21:30.', forbidden)).toEqual([]);
    expect(clientFacingViolations('We note that mother appears to be SEEKING to   isolate the tutor.', forbidden)).toEqual([{ recordId: 'a', field: 'analysis', quoted: 'mother appears to be seeking to' }]);
    expect(clientFacingViolations('You disclosed thoughts of self-harm during the session.', forbidden).map((v) => v.recordId)).toEqual(['b']);
  });
});

describe('G-7 W-8 never rests on legitimate contact', () => {
  it('G-7: new information on an open issue is refused as W-8 evidence; W-8 restricts, never withdraws', async () => {
    await t.as('director');
    const kase = await t.newCase('information_advice', 'G7 Client');
    const issue = await record(kase, { type: 'issue', occurredAt: '2026-10-01T09:00:00Z', fact: 'EHCP deadline.', details: { title: 'EHCP deadline', openedOn: '2026-10-01' } });
    const agreement = await record(kase, { type: 'communication_agreement', occurredAt: '2026-10-02T09:00:00Z', fact: 'Agreed one point of contact.', details: { singlePointOfContactId: t.tutor.id, startsOn: '2026-10-02', reviewOn: '2027-04-02' } });
    const news = await contact(kase, '2026-10-05', { issueId: issue.id, bringsNewInformation: true, line: 'main_desk_phone', staffParties: [], restrictionChecked: true });
    const breach = await contact(kase, '2026-10-06', { line: 'main_desk_phone', staffParties: [], restrictionChecked: true });
    const restrict = { blockedLines: ['main_desk_phone' as const] };
    refusedBy(await t.store.core.invoke('decisions.propose', { caseId: kase.id, outcome: 'restrict', criteria: ['W-8'], evidence: [agreement.id, news.id, breach.id], rationale: 'Persistent.', restriction: restrict, adjustments: NO_NEED }), 'G-7', /new information/);
    refusedBy(await t.store.core.invoke('decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-8'], evidence: [agreement.id, breach.id], rationale: 'Persistent.', adjustments: NO_NEED }), 'W-8', /restriction of contact channels/);
    const p = await ok(t.store.core, 'decisions.propose', { caseId: kase.id, outcome: 'restrict', criteria: ['W-8'], evidence: [agreement.id, breach.id], rationale: 'Persistent after the agreement.', restriction: restrict, adjustments: NO_NEED });
    expect((await ok(t.store.core, 'decisions.decide', { proposalId: p.id, approve: true, reasons: 'Desk line blocked.' })).stage).toBe('approved');
    const list = await ok(t.store.core, 'checklist.get', { caseId: kase.id });
    expect(list.status).toBe('restricted');
    expect(list.restrictions.find((r) => r.kind === 'contact_restriction')).toMatchObject({ state: 'in_force', reviewOn: '2027-05-30' });
  });
});
