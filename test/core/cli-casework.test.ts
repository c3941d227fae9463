// Casework on the command line, as scenario scripts drive it: each command in a child process, as
// a named user with the passphrase from the environment, on a real encrypted store. The store is
// built through the core (a team of users, three cases and their records) with dates counted back
// from today, because the command line runs on the real clock and nothing may be dated ahead of it.
// Each run starts Node with tsx and derives a key, a few seconds on a busy machine: hence the timeouts.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary, ChecklistView, Input, ProposalView, WarningView } from '../../electron/core/contract';
import { londonDate } from '../../electron/core/calendar';
import { DIRECTOR, ok } from './support/temp-store';
import { setUpTeam, type Team } from './support/team';

/** team.ts gives every member but the director this passphrase (it does not export it). */
const TEAM_PASSPHRASE = 'copper meadow violin 77';
const TODAY = londonDate(new Date());
const daysAgo = (n: number): string => new Date(Date.parse(`${TODAY}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

let t: Team;
let tuition: CaseSummary;
let counselling: CaseSummary;
let risky: CaseSummary;
const ids = { contact60: '', contact45: '', contact10: '', complaint: '', disclosure: '', remark: '', assault: '' };

beforeAll(async () => {
  t = await setUpTeam({ at: new Date() });
  const { core } = t.store;
  tuition = await t.newCase('online_tuition', 'Dana Whitfield');
  counselling = await t.newCase('counselling_open_ended', 'Lewis Carrow');
  risky = await t.newCase('online_tuition', 'Bryony Hale');
  await t.as('director');
  const record = async (input: Input<'records.create'>) => (await ok(core, 'records.create', input)).id;
  const lateCall = (days: number) =>
    record({
      caseId: tuition.id,
      type: 'contact',
      occurredAt: `${daysAgo(days)}T21:30:00Z`,
      fact: 'Phoned the tutor late in the evening.',
      details: { medium: 'phone_call', line: 'practice_mobile', direction: 'from_client_side', clientParties: [tuition.clientId], staffParties: [t.tutor.id], purpose: 'tuition_or_support', withinAllocatedTimes: false },
    });
  ids.contact60 = await lateCall(60);
  ids.contact45 = await lateCall(45);
  ids.contact10 = await lateCall(10);
  ids.complaint = await record({
    caseId: tuition.id,
    type: 'complaint',
    occurredAt: `${daysAgo(20)}T10:00:00Z`,
    fact: 'Complained that sessions started late.',
    details: { route: 'email', aboutWhat: 'sessions starting late', investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: daysAgo(15) },
  });
  ids.disclosure = await record({
    caseId: counselling.id,
    type: 'safeguarding_note',
    occurredAt: `${daysAgo(15)}T14:00:00Z`,
    fact: 'Disclosed thoughts of self-harm in session.',
    details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false, clinicalLeadConsultedOn: daysAgo(14) },
  });
  ids.remark = await record({
    caseId: counselling.id,
    type: 'behaviour_incident',
    occurredAt: `${daysAgo(12)}T15:00:00Z`,
    fact: 'Made repeated demeaning remarks about the counsellor.',
    details: { kind: 'verbal_aggression', riskToStaff: 'none' },
  });
  ids.assault = await record({
    caseId: risky.id,
    type: 'behaviour_incident',
    occurredAt: `${daysAgo(5)}T16:00:00Z`,
    fact: 'Pushed the tutor against a door at the end of the session.',
    details: { kind: 'physical_aggression', riskToStaff: 'serious', protectiveSteps: 'Sessions moved online.' },
  });
  // The command line opens the store itself; the core here lets go of it.
  t.store.core.close();
}, 120_000);
afterAll(() => t.store.cleanup());

type Who = 'director' | 'clientManager' | 'clinicalLead' | 'appeals';

function cli(who: Who, command: string[], args: string[]) {
  const login = who === 'director' ? DIRECTOR.login : t.users[who].login;
  const passphrase = who === 'director' ? DIRECTOR.passphrase : TEAM_PASSPHRASE;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...command, '--store', t.store.dir, '--login', login, ...args], {
    encoding: 'utf8',
    env: { ...process.env, THRESHOLD_PASSPHRASE: passphrase },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^Warning: taking the passphrase.*\n/m, '') };
}

/** Runs with --json and expects success: the method's output, parsed. */
function done<T>(who: Who, command: string[], args: string[]): T {
  const run = cli(who, command, [...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(run.stdout) as T;
}

/** Runs with --json and expects a refusal: exit 1, the typed error on stdout, one line on stderr. */
function refused(who: Who, command: string[], args: string[]) {
  const run = cli(who, command, [...args, '--json']);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^threshold: [^\n]+\n$/);
  const out = JSON.parse(run.stdout) as { error: { code: string; message: string }; proposal?: { id: string; stage: string } };
  expect(run.stderr).toContain(out.error.message);
  return out;
}

function checklistOf(reference: string, at?: string): ChecklistView {
  const out = done<{ asOf: string; cases: ChecklistView[] }>('director', ['checklist'], ['--case', reference, ...(at ? ['--at', at] : [])]);
  expect(out.cases).toHaveLength(1);
  expect(out.asOf).toBe(at ?? TODAY);
  return out.cases[0]!;
}

const NO_NEED = ['--need', 'no'];

describe('command line: the W-1 warning ladder', () => {
  it('a client manager records the informal and verbal steps and is refused a written warning (G-5); the director issues it', () => {
    const ref = tuition.reference;
    const informal = done<WarningView>('clientManager', ['warn'], ['--case', ref, '--level', 'informal', '--criteria', 'W-1', '--evidence', ids.contact60, '--issued', daysAgo(58), '--summary', 'Talked about the allocated times.']);
    expect(informal).toMatchObject({ level: 'informal', state: 'informal', livePeriodMonths: null, evidence: [ids.contact60] });

    const verbal = done<WarningView>('clientManager', ['warn'], [
      '--case', ref, '--level', 'verbal', '--criteria', 'W-1', '--evidence', ids.contact45, '--issued', daysAgo(44), '--summary', 'Verbal warning about calls outside allocated times.',
      '--confirmed-on', daysAgo(43), '--confirmed-how', 'letter', ...NO_NEED,
    ]);
    expect(verbal).toMatchObject({ level: 'verbal', state: 'live', livePeriodMonths: 6, issuedBy: { role: 'client_manager' }, confirmation: { on: daysAgo(43), how: 'letter' } });

    let list = checklistOf(ref);
    expect(list.ladder.find((l) => l.criterion === 'W-1')).toMatchObject({ step: 'verbal', warnings: [informal.id, verbal.id] });
    expect(list.criteria.find((c) => c.id === 'W-1')?.prerequisites.map((p) => p.satisfied)).toEqual([true, false, false]);

    const written = ['--case', ref, '--level', 'written', '--criteria', 'W-1', '--issued', daysAgo(30), '--summary', 'Written warning: the service may be withdrawn if the calls continue.', ...NO_NEED];
    const g5 = refused('clientManager', ['warn'], written);
    expect(g5.error.code).toBe('guard_refused');
    expect(g5.error.message).toMatch(/^G-5 \(SPEC section 4; Sue Lambert Trust 4\.1\): only the director issues and signs a written warning/);

    const signed = done<WarningView>('director', ['warn'], written);
    expect(signed).toMatchObject({ level: 'written', state: 'live', livePeriodMonths: 12, issuedBy: { role: 'director' } });

    // Before the late call of ten days ago the contact had not persisted since the written warning; after it, W-1 is met.
    list = checklistOf(ref, daysAgo(20));
    expect(list.ladder.find((l) => l.criterion === 'W-1')?.step).toBe('written');
    expect(list.criteria.find((c) => c.id === 'W-1')).toMatchObject({ state: 'not_met' });
    list = checklistOf(ref);
    const w1 = list.criteria.find((c) => c.id === 'W-1')!;
    expect(w1.state).toBe('met');
    expect(w1.prerequisites.every((p) => p.satisfied)).toBe(true);
    expect(w1.prerequisites[2]?.evidence).toEqual([ids.contact10]);
    expect(list.status).toBe('warned');
  }, 120_000);

  it('prints the checklist for people: states, prerequisites, evidence counts, the ladder and the warnings', () => {
    const run = cli('clientManager', ['checklist'], ['--case', tuition.reference]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${tuition.reference} (online tuition): warned, as of ${TODAY}`);
    expect(run.stdout).toMatch(/ {2}W-1 Contact outside allocated times persists: met \(Sue Lambert Trust[^)]*; the director decides\)/);
    expect(run.stdout).toContain('[x] a verbal warning naming W-1');
    expect(run.stdout).toContain('evidence: 3 record(s)');
    expect(run.stdout).toContain('ladder: written. Next: If the behaviour persists');
    expect(run.stdout).toMatch(/Written warning [0-9a-f-]{36} of \d{4}-\d{2}-\d{2} on W-1 by Margaret Okafor: live until/);
    expect(run.stdout).toContain('Proposals: none');
  }, 60_000);
});

describe('command line: proposals and decisions', () => {
  it('G-1 refuses a withdrawal citing a complaint under W-1, and nothing is proposed', () => {
    const out = refused('director', ['decide'], ['--case', tuition.reference, '--outcome', 'withdraw', '--criteria', 'W-1', '--evidence', `${ids.contact10},${ids.complaint}`, '--reasons', 'Withdrawn.', ...NO_NEED]);
    expect(out.error.code).toBe('guard_refused');
    expect(out.error.message).toMatch(/^G-1 \(Sue Lambert Trust[^)]*4\.3\): raising a complaint is never by itself grounds/);
    expect(out.proposal).toBeUndefined();
    expect(checklistOf(tuition.reference).proposals).toEqual([]);
  }, 60_000);

  it('a client manager proposes but may not decide, by either form of decide; the director decides', () => {
    const ref = tuition.reference;
    const proposal = done<ProposalView>('clientManager', ['propose'], ['--case', ref, '--outcome', 'withdraw', '--criteria', 'W-1', '--evidence', ids.contact10, '--rationale', 'The calls persisted after both warnings.', ...NO_NEED]);
    expect(proposal).toMatchObject({ stage: 'awaiting_decision', proposedBy: { role: 'client_manager' }, evidence: [ids.contact10] });

    const forbidden = refused('clientManager', ['decide'], ['--proposal', proposal.id, '--approve', '--reasons', 'Withdrawn under 4.1.']);
    expect(forbidden.error.code).toBe('forbidden');
    const oneShot = refused('clientManager', ['decide'], ['--case', ref, '--outcome', 'withdraw', '--criteria', 'W-1', '--evidence', ids.contact10, '--reasons', 'Withdrawn.', ...NO_NEED]);
    expect(oneShot.error.code).toBe('forbidden');
    // The one-shot was refused and wrote nothing.
    expect(checklistOf(ref).proposals.map((p) => p.id)).toEqual([proposal.id]);

    const decided = done<ProposalView>('director', ['decide'], ['--proposal', proposal.id, '--approve', '--reasons', 'Withdrawn under 4.1 after both warnings.']);
    expect(decided).toMatchObject({ stage: 'approved', decision: { approve: true, decidedOn: TODAY, by: { role: 'director' } } });
    const list = checklistOf(ref);
    expect(list.status).toBe('withdrawn');
    expect(list.ladder.find((l) => l.criterion === 'W-1')?.step).toBe('decided');
  }, 120_000);

  it('the director withdraws at once on W-3 (risk to staff) in one command', () => {
    const decided = done<ProposalView>('director', ['decide'], ['--case', risky.reference, '--outcome', 'withdraw', '--criteria', 'W-3', '--evidence', ids.assault, '--reasons', 'The tutor was assaulted: withdrawn under 4.4.', '--on', TODAY, ...NO_NEED]);
    expect(decided).toMatchObject({ outcome: 'withdraw', criteria: ['W-3'], stage: 'approved', rationale: 'The tutor was assaulted: withdrawn under 4.4.', proposedBy: { role: 'director' }, decision: { decidedOn: TODAY } });
    const list = checklistOf(risky.reference);
    expect(list.criteria.find((c) => c.id === 'W-3')).toMatchObject({ state: 'met', evidence: [ids.assault] });
    expect(list.status).toBe('withdrawn');
  }, 60_000);
});

describe('command line: counselling criteria', () => {
  it('G-2 refuses a self-harm disclosure as evidence under W-6', () => {
    const out = refused('director', ['propose'], ['--case', counselling.reference, '--outcome', 'withdraw', '--criteria', 'W-6', '--evidence', ids.disclosure, '--rationale', 'Affecting the counsellor.', ...NO_NEED]);
    expect(out.error.code).toBe('guard_refused');
    expect(out.error.message).toMatch(/^G-2 \(Sue Lambert Trust[^)]*4\.2\): a suicide or self-harm disclosure is never grounds/);
  }, 60_000);

  it('a one-shot W-6 withdrawal is refused by G-4 and writes nothing; proposed, the clinical lead approves and assesses, then the director decides', () => {
    const ref = counselling.reference;
    const g4 = refused('director', ['decide'], ['--case', ref, '--outcome', 'withdraw', '--criteria', 'W-6', '--evidence', ids.remark, '--reasons', 'The remarks are harming the counsellor.', ...NO_NEED]);
    expect(g4.error.code).toBe('guard_refused');
    expect(g4.error.message).toMatch(/^G-4 /);
    expect(checklistOf(ref).proposals).toEqual([]);
    const proposalId = done<ProposalView>('director', ['propose'], ['--case', ref, '--outcome', 'withdraw', '--criteria', 'W-6', '--evidence', ids.remark, '--rationale', 'The remarks are harming the counsellor.', ...NO_NEED]).id;

    expect(done<ProposalView>('clinicalLead', ['consult'], ['--proposal', proposalId, '--approve', '--rationale', 'The counsellor cannot continue.', '--counsellor-view', 'I dread the sessions.'])).toMatchObject({ stage: 'awaiting_decision', consultation: { approves: true } });
    // Approval is not the assessment: W-6 still needs the clinical lead's judgement (G-3).
    const g3 = refused('director', ['decide'], ['--proposal', proposalId, '--approve', '--reasons', 'Withdrawn under 4.5.']);
    expect(g3.error.message).toMatch(/^G-3 .*W-6 is not met at the decision date/);

    done('clinicalLead', ['assess'], ['--case', ref, '--criterion', 'W-6', '--finding', 'met', '--counsellor-view', 'I dread the sessions.', '--rationale', 'Repeated demeaning remarks.', '--evidence', ids.remark]);
    expect(checklistOf(ref).criteria.find((c) => c.id === 'W-6')?.state).toBe('met');
    expect(done<ProposalView>('director', ['decide'], ['--proposal', proposalId, '--approve', '--reasons', 'Withdrawn under 4.5.'])).toMatchObject({ stage: 'approved' });
  }, 180_000);
});

describe('command line: casework options', () => {
  it('refuses a bad value in one line naming the option, before unlocking', () => {
    const base = ['--case', tuition.reference, '--level', 'verbal', '--criteria', 'W-1', '--summary', 'x'];
    const badDate = refused('clientManager', ['warn'], [...base, '--issued', '31/12/2026']);
    expect(badDate.error).toEqual({ code: 'invalid_input', message: '--issued must be a date written YYYY-MM-DD, such as 2026-03-31 (got "31/12/2026").' });
    expect(refused('clientManager', ['warn'], [...base, '--issued', TODAY, '--criteria', 'W-9']).error.message).toBe('--criteria takes criteria W-1 to W-8 separated by commas, such as W-1,W-2 (got "W-9").');
    expect(refused('clientManager', ['warn'], ['--case', tuition.reference, '--level', 'stern', '--criteria', 'W-1', '--issued', TODAY, '--summary', 'x']).error.message).toBe('--level must be one of informal, verbal, written (got "stern").');
    expect(refused('clientManager', ['warn'], [...base, '--issued', TODAY, '--need', 'maybe']).error.message).toBe('--need must be yes or no (got "maybe").');
    expect(refused('clientManager', ['warn'], [...base, '--issued', TODAY, '--outcome', 'withdraw']).error.message).toBe('warn does not take --outcome. Run with --help for its options.');
    expect(refused('director', ['propose'], ['--case', tuition.reference, '--outcome', 'restrict', '--criteria', 'W-1', '--rationale', 'x']).error.message).toMatch(/^--block LINE\[,LINE\] is required with --outcome restrict/);
  }, 120_000);

  it('names the option when the core refuses a field, and lists the oversight register', () => {
    // A formal warning without the reasonable-adjustments answer: the core's refusal, with the option to add.
    const run = cli('director', ['warn'], ['--case', counselling.reference, '--level', 'verbal', '--criteria', 'W-6', '--issued', TODAY, '--summary', 'Verbal warning about remarks.']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^threshold: Before a verbal warning, record whether the client has a communication or support need .* \(--need \/ --explains\)\n$/);

    const noFlag = refused('director', ['propose'], ['--case', risky.reference, '--outcome', 'no_action', '--rationale', 'Noted.', '--evidence-from-flag', 'COMM-6']);
    expect(noFlag.error).toEqual({ code: 'invalid_input', message: `--evidence-from-flag: COMM-6 is not found on ${risky.reference} as of ${TODAY}, so it has no evidence to cite.` });

    const register = done<{ entries: { kind: string; reference: string }[] }>('director', ['register', 'oversight'], ['--from', daysAgo(90), '--to', TODAY]);
    expect(register.entries.filter((e) => e.kind === 'withdrawal').map((e) => e.reference).sort()).toEqual([tuition.reference, counselling.reference, risky.reference].sort());
  }, 120_000);
});
