// The demo organisation: built through the API on first run, it holds a case for each situation
// the five policies describe and casework on them (a warning ladder, a restriction awaiting the
// director, a withdrawal under appeal, a risk check, an assessment), its users sign in with the
// published passphrase, and a bundle of it imported into a new store yields the same records,
// casework and checklists. Built on other days, it shows the same states.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../electron/core/calendar';
import { DEMO_PASSPHRASE, DEMO_USERS, type BundleCase, type BundleRecord, type CaseBundle } from '../../electron/core/contract';
import { ok, tempDir } from './support/temp-store';
import { openCore, type Core } from '../../electron/core';

const NOW = new Date('2026-11-18T12:00:00Z'); // a Wednesday
const clock = { now: () => NOW };
const temp = tempDir('threshold-demo-');
let core: Core;
let bundle: CaseBundle;
let created: Awaited<ReturnType<typeof build>>;
let summary: Awaited<ReturnType<typeof caseworkSummary>>;

async function build() {
  return ok(core, 'demo.create', {});
}

/** Per client: the case's flags and status, and the states of its casework, as the director sees them. */
async function caseworkSummary(c: Core) {
  const out: Record<string, unknown> = {};
  for (const kase of await ok(c, 'cases.list', {})) {
    const list = await ok(c, 'checklist.get', { caseId: kase.id });
    out[kase.clientName] = {
      flags: (await ok(c, 'flags.forCase', { caseId: kase.id })).flags.map((f) => f.id),
      status: list.status,
      criteria: Object.fromEntries(list.criteria.filter((k) => k.state !== 'not_applicable').map((k) => [k.id, k.state])),
      ladder: Object.fromEntries(list.ladder.filter((l) => l.step !== 'none').map((l) => [l.criterion, l.step])),
      warnings: list.warnings.map((w) => `${w.level}:${w.state}`),
      proposals: list.proposals.map((p) => `${p.outcome}:${p.stage}`),
      appeals: list.appeals.map((a) => `${a.against.kind}:${a.assignedTo?.fullName ?? 'unassigned'}:${a.decision?.outcome ?? 'undecided'}`),
      restrictions: list.restrictions.map((r) => `${r.kind}:${r.state}`),
      advisories: list.advisories.length,
    };
  }
  return out;
}

beforeAll(async () => {
  core = openCore({ storeDir: temp.dir, clock });
  created = await build();
  summary = await caseworkSummary(core);
  const cases = await ok(core, 'cases.list', {});
  bundle = await ok(core, 'bundles.export', { caseIds: cases.map((c) => c.id), includeRestricted: true });
}, 120_000);
afterAll(() => {
  core?.close();
  temp.remove();
});

type Of<T extends BundleRecord['type']> = Extract<BundleRecord, { type: T }>;
const byClient = (name: string): BundleCase => bundle.cases.find((c) => c.clientSide[0]!.fullName === name)!;
const only =
  <T extends BundleRecord['type']>(type: T) =>
  (r: BundleRecord): r is Of<T> =>
    r.type === type;
/** The current version of each record, with its id. */
const latestOf = <V,>(records: readonly { id: string; versions: readonly V[] }[]): (V & { id: string })[] => records.map((r) => ({ ...r.versions.at(-1)!, id: r.id }));
const days = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const staffId = (name: string): string => bundle.staff.find((s) => s.fullName === name)!.id;

describe('demo organisation', () => {
  it('signs the director in and publishes every login with the demo passphrase; a second build is refused', async () => {
    expect(created.session).toMatchObject({ state: 'unlocked', user: { login: 'director', role: 'director' }, organisationName: 'Westcountry Learning Partnership' });
    expect(created.users.map((u) => [u.login, u.role, u.passphrase])).toEqual(DEMO_USERS.map((u) => [u.login, u.role, DEMO_PASSPHRASE]));
    expect(created.cases).toBe(7);
    expect(await core.invoke('demo.create', {})).toMatchObject({ ok: false, error: { code: 'store_exists' } });
    expect((await ok(core, 'audit.verify', {})).ok).toBe(true);
  });

  it('has the isolated pair: contact concentrating on the tutor, a reassuring call with the client manager, then a complaint seeking his replacement', () => {
    const kase = byClient('Rebecca Hendy');
    const [owen, daniel] = [staffId('Owen Jago'), staffId('Daniel Kessell')];
    const contacts = latestOf(kase.records.filter(only('contact'))).filter((c) => c.details.direction === 'from_client_side');
    const complaint = latestOf(kase.records.filter(only('complaint'))).find((c) => c.details.seeksReplacement && c.details.aboutPersonId === owen)!;
    const call = contacts.find((c) => c.details.staffParties.includes(daniel) && c.occurredAt < complaint.occurredAt)!;
    expect(days(call.occurredAt, complaint.occurredAt)).toBeLessThanOrEqual(14);
    const before = contacts.filter((c) => c.occurredAt < call.occurredAt);
    expect(before.filter((c) => c.details.staffParties.includes(owen)).length).toBeGreaterThanOrEqual(15);
    expect(before.filter((c) => c.details.staffParties.includes(daniel))).toHaveLength(0);
  });

  it('has the persistent caller: the same issue by several channels on five consecutive working days, long emails, a threat, copies', () => {
    const kase = byClient('Deborah Retallick');
    const contacts = latestOf(kase.records.filter(only('contact'))).filter((c) => c.details.direction === 'from_client_side');
    const issueId = latestOf(kase.records.filter(only('issue')))[0]!.id;
    const same = contacts.filter((c) => c.details.issueId === issueId);
    const dates = [...new Set(same.map((c) => londonDate(c.occurredAt)))].sort();
    const runs = dates.map((d, i) => dates.slice(i, i + 5)).filter((run) => run.length === 5 && run.every((x, j) => j === 0 || days(run[j - 1]!, x) === 1));
    expect(runs.map((r) => r.map((d) => new Date(d).getUTCDay()))).toContainEqual([1, 2, 3, 4, 5]);
    expect(new Set(same.map((c) => c.details.line))).toEqual(new Set(['helpline', 'service_inbox', 'company_email', 'main_desk_phone']));
    expect(same.some((c) => c.details.toneMarkers.includes('threatening'))).toBe(true);
    expect(same.filter((c) => c.details.length?.unit === 'words' && c.details.length.value > 1500).length).toBeGreaterThanOrEqual(3);
    expect(contacts.filter((c) => c.details.copiedInWithoutNeed)).toHaveLength(2);
    expect(latestOf(kase.records.filter(only('communication_agreement')))).toHaveLength(1);
  });

  it('has three missed counselling sessions within three months, and a restricted safeguarding note on that case', () => {
    const kase = byClient('Craig Nankervis');
    const missed = latestOf(kase.records.filter(only('session'))).filter((s) => ['did_not_attend', 'cancelled_by_client_without_due_cause'].includes(s.details.outcome));
    expect(missed).toHaveLength(3);
    expect(days(missed[0]!.occurredAt, missed[2]!.occurredAt)).toBeLessThanOrEqual(92);
    expect(kase.service).toMatch(/^counselling/);
    expect(latestOf(kase.records.filter(only('safeguarding_note')))).toHaveLength(1);
  });

  it('has a counselling case over seven months whose latest review finds no clarity and no progress', () => {
    const kase = byClient('Linda Carne');
    expect(days(kase.startDate, NOW.toISOString())).toBeGreaterThan(213);
    const latest = latestOf(kase.records.filter(only('counselling_review'))).sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1)).at(-1)!;
    expect(latest.details).toMatchObject({ clarityOfAims: false, progressAgainstAims: false, assessedByUserId: bundle.users.find((u) => u.login === 'clinicallead')!.id });
  });

  it('has threats with a serious risk to staff, a tutor’s accumulating transgressions, and failed online lessons with replacements', () => {
    expect(latestOf(byClient('Gary Pengelly').records.filter(only('behaviour_incident'))).some((b) => b.details.kind === 'threatening_behaviour' && b.details.riskToStaff === 'serious')).toBe(true);
    const kinds = latestOf(byClient('Natalie Coad').records.filter(only('boundary_incident'))).map((b) => b.details.kind);
    expect(kinds).toEqual(expect.arrayContaining(['personal_number_given', 'text_from_personal_phone', 'gift']));
    const sessions = latestOf(byClient('Sophie Angove').records.filter(only('session'))).sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1));
    expect(sessions[0]!.details).toMatchObject({ outcome: 'technology_failure', abandonedAndReported: true });
    const gaps = sessions.filter((s) => s.details.replacementForId).map((s) => days(sessions.find((f) => f.id === s.details.replacementForId)!.occurredAt, s.occurredAt));
    expect(gaps.some((g) => g <= 7)).toBe(true);
    expect(gaps.some((g) => g > 7)).toBe(true);
  });

  it('lets another client manager sign in with the published passphrase, without the safeguarding note of a case not theirs', async () => {
    await ok(core, 'session.unlock', { login: 'clientmanager', passphrase: DEMO_PASSPHRASE });
    const craig = byClient('Craig Nankervis');
    const seen = await ok(core, 'chronology.list', { caseId: craig.id });
    expect(seen.entries.some((e) => e.type === 'safeguarding_note')).toBe(false);
    expect(seen.total).toBe(craig.records.length - 1);
  });

  it('raises on each case the flags of the situation it shows, and no others', async () => {
    const found: Record<string, string[]> = {};
    for (const c of await ok(core, 'cases.list', {})) found[c.reference] = (await ok(core, 'flags.forCase', { caseId: c.id })).flags.map((f) => f.id);
    expect(found).toEqual({
      'TH-0001': ['PAIR-1', 'PAIR-4'], // the isolated pair, then the complaint about the tutor
      'TH-0002': ['COMM-1', 'COMM-2', 'COMM-5', 'COMM-6'], // the persistent caller, who then breaks the agreement
      'TH-0003': ['SESS-1'], // missed counselling sessions
      'TH-0004': ['SESS-2'], // long counselling without progress
      'TH-0005': ['COMM-5'], // threats to staff (W-3 is the checklist's, not a flag)
      'TH-0006': ['PAIR-2', 'BND-1'], // a worker's boundaries slipping
      'TH-0007': ['TECH-1', 'TECH-2', 'TECH-3'], // technology failures and replacements
    });
  });

  it('exports to a bundle that a new store imports as the same records', async () => {
    const other = tempDir('threshold-demo-copy-');
    const copy = openCore({ storeDir: other.dir, clock });
    try {
      // The new store has the demo's people as users (matched by login and full name); they need never sign in.
      const [director, ...rest] = DEMO_USERS;
      await ok(copy, 'session.setup', { organisation: { name: 'Another store', address: 'Elsewhere' }, director: { fullName: director.fullName, login: director.login, passphrase: 'a different passphrase 7' } });
      for (const u of rest.filter((x) => bundle.users.some((b) => b.login === x.login))) await ok(copy, 'users.add', { fullName: u.fullName, login: u.login, role: u.role });
      const result = await ok(copy, 'bundles.import', { bundle: JSON.stringify(bundle) });
      expect(result).toMatchObject({ recordedByImporter: [], managedByImporter: [], renumbered: [] });
      expect(result.cases.created).toHaveLength(7);
      expect(result.actions.created).toBe(bundle.cases.reduce((n, c) => n + c.actions.length, 0));
      // The signed letters travel byte for byte and verify in the new store; the drafts stay behind.
      expect(result.letters).toEqual({ created: 4, matched: 0, voided: 0, renumbered: [] });
      expect(await ok(copy, 'letters.verify', {})).toMatchObject({ checked: 4, valid: 4, failures: [] });
      const again = await ok(copy, 'bundles.export', { caseIds: result.cases.created, includeRestricted: true });
      expect(comparable(again, bundle)).toEqual(comparable(bundle, bundle));
      // The same checklists, both read by the director (who can read every safeguarding note).
      await ok(core, 'session.unlock', { login: 'director', passphrase: DEMO_PASSPHRASE });
      for (const caseId of result.cases.created) {
        expect(mapped(await ok(copy, 'checklist.get', { caseId }), again, bundle)).toEqual(await ok(core, 'checklist.get', { caseId }));
      }
      // The imported cases raise exactly the same flags, with the same evidence.
      // (Only flags and evidence are compared: the two sessions are different users.)
      const flagsOf = async (c: Core, caseId: string) => (({ flags, notApplicable }) => ({ flags, notApplicable }))(await ok(c, 'flags.forCase', { caseId }));
      for (const caseId of result.cases.created) expect(await flagsOf(copy, caseId)).toEqual(await flagsOf(core, caseId));
    } finally {
      copy.close();
      other.remove();
    }
  });

  it('has casework built through the API, by the users whose work it is', async () => {
    await ok(core, 'session.unlock', { login: 'director', passphrase: DEMO_PASSPHRASE });
    const list = async (name: string) => ok(core, 'checklist.get', { caseId: byClient(name).id });
    const natalie = await list('Natalie Coad');
    // The ladder on W-1: an informal word and a verbal warning (confirmed) from Daniel, a written one from Helen; the texts stopped after it.
    expect(natalie.warnings.map((w) => [w.level, w.state, w.issuedBy.fullName])).toEqual([['informal', 'informal', 'Daniel Kessell'], ['verbal', 'live', 'Daniel Kessell'], ['written', 'live', 'Helen Treloar']]);
    expect(natalie).toMatchObject({ status: 'warned', advisories: [] });
    expect(natalie.ladder.find((l) => l.criterion === 'W-1')?.step).toBe('written');
    expect(natalie.criteria.find((k) => k.id === 'W-1')?.state).toBe('not_met');

    const deborah = await list('Deborah Retallick');
    expect(deborah.criteria.find((k) => k.id === 'W-8')).toMatchObject({ state: 'met', flags: ['COMM-6'] });
    expect(deborah.proposals).toMatchObject([{ outcome: 'restrict', criteria: ['W-8'], stage: 'awaiting_decision', restriction: { blockedLines: ['helpline', 'company_email'] }, proposedBy: { fullName: 'Daniel Kessell' } }]);
    expect(deborah.restrictions.map((r) => [r.kind, r.state])).toEqual([['communication_agreement', 'in_force']]);
    expect(deborah.status).toBe('under_review');

    const gary = await list('Gary Pengelly');
    expect(gary.criteria.find((k) => k.id === 'W-3')?.state).toBe('met');
    expect(gary.warnings.map((w) => [w.level, w.state])).toEqual([['verbal', 'live']]);
    expect(gary.proposals).toMatchObject([{ outcome: 'withdraw', stage: 'approved', proposedBy: { fullName: 'Daniel Kessell' }, decision: { by: { fullName: 'Helen Treloar' } } }]);
    expect(gary.appeals).toMatchObject([{ against: { kind: 'decision', id: gary.proposals[0]!.id }, assignedTo: { fullName: 'Robert Nance', role: 'appeals_officer' }, decision: null }]);
    expect(gary.status).toBe('withdrawn');

    const craig = await list('Craig Nankervis');
    expect(craig.riskChecks).toMatchObject([{ by: { fullName: 'Dr Ruth Menheniott' }, safeguardingConcerns: true }]);
    expect(craig.criteria.find((k) => k.id === 'W-7')).toMatchObject({ state: 'needs_judgement', assessment: null });
    expect(craig.criteria.find((k) => k.id === 'W-7')?.prerequisites.every((p) => p.satisfied)).toBe(true);

    const linda = await list('Linda Carne');
    expect(linda.criteria.find((k) => k.id === 'W-4')).toMatchObject({ state: 'met', assessment: { finding: 'met', by: { fullName: 'Dr Ruth Menheniott' } } });
    for (const name of ['Rebecca Hendy', 'Sophie Angove']) expect(await list(name)).toMatchObject({ status: 'active', warnings: [], proposals: [], appeals: [] });
  });

  it("puts that casework in each role's home queue", async () => {
    const queue = async (login: string) => {
      await ok(core, 'session.unlock', { login, passphrase: DEMO_PASSPHRASE });
      return (await ok(core, 'queues.mine', {})).items.map((i) => [i.kind, i.clientName]);
    };
    expect(await queue('director')).toEqual([['proposal_to_decide', 'Deborah Retallick']]);
    expect(await queue('clinicallead')).toEqual([['assessment_needed', 'Craig Nankervis']]);
    expect(await queue('appeals')).toEqual([['appeal_to_decide', 'Gary Pengelly']]);
    expect(await queue('clientmanager')).toEqual([]);
  });

  it('builds the same casework states whatever the day it is built (the dates are relative to it)', async () => {
    // A Monday in spring (GMT), a Sunday evening in summer (BST), a Saturday at New Year.
    for (const at of ['2027-03-01T08:00:00Z', '2026-06-07T20:30:00Z', '2027-01-02T11:00:00Z']) {
      const dir = tempDir('threshold-demo-day-');
      const other = openCore({ storeDir: dir.dir, clock: { now: () => new Date(at) } });
      try {
        await ok(other, 'demo.create', {});
        expect(await caseworkSummary(other), at).toEqual(summary);
      } finally {
        other.close();
        dir.remove();
      }
    }
  }, 180_000);
});

/** The bundle without what differs between stores by design: export metadata, and users' store-local ids. */
function comparable(b: CaseBundle, like: CaseBundle): unknown {
  return mapped({ ...b, exported: null }, b, like);
}

/** A value from one store with its users' ids (and their people's) replaced by another store's, matched by login. */
function mapped(value: unknown, from: CaseBundle, to: CaseBundle): unknown {
  let text = JSON.stringify(value);
  for (const u of from.users) {
    const same = to.users.find((x) => x.login === u.login)!;
    text = text.replaceAll(u.id, same.id).replaceAll(u.personId, same.personId);
  }
  return JSON.parse(text);
}
