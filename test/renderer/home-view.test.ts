// First: virtual lists need a ResizeObserver that reports a size (the chronology is one).
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { addDays, format, parseISO, subMonths } from 'date-fns';
import { todayIso } from '../../src/dates';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { counsellingCase, missedSessions, NO_NEED } from './support/casework-seed';
import { addUser, anotherCase, minorIncidents, personalText, signInAs } from './support/flag-seed';
import { byTestId, click, mountApp, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  seed = await seedCase(host);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const heading = () => document.querySelector('h1')?.textContent?.trim();
const queued = (testId = 'home-queue') => [...(byTestId(testId)?.querySelectorAll<HTMLElement>('[data-testid="queue-case"]') ?? [])].map((c) => c.dataset.reference);
const items = () => [...document.querySelectorAll<HTMLElement>('[data-testid="queue-item"]')];
const kinds = () => items().map((i) => i.dataset.kind);
const itemOf = (kind: string) => items().find((i) => i.dataset.kind === kind);
const chronologyIds = () => [...document.querySelectorAll<HTMLElement>('[data-testid="chronology-row"]')].map((r) => r.dataset.recordId);

describe('the home screen', () => {
  it("is the director's landing page: every flagged case, newest finding first, each flag's sentence and its evidence", { timeout: 60_000 }, async () => {
    const incidents = await minorIncidents(host, seed, ['2026-02-02', '2026-02-20', '2026-03-10']);
    const texting = await anotherCase(host, seed, 'Ben Kitto');
    await personalText(host, seed, texting, '2026-06-04T18:30:00Z');
    const quiet = await anotherCase(host, seed, 'Cara Penrose');

    app = await mountApp('/');
    expect(app.router.currentRoute.value.name).toBe('home');
    expect(heading()).toBe('To decide and sign');
    expect(byTestId('nav-home')).not.toBeNull();
    expect(byTestId('nav-cases')).not.toBeNull();
    expect(byTestId('home-not-yet')).toBeNull();
    await vi.waitFor(() => expect(text('home-letters')).toContain('No letter is waiting for your signature'));
    await vi.waitFor(() => expect(queued()).toEqual([texting.reference, seed.kase.reference]));
    expect(queued()).not.toContain(quiet.reference);

    const bnd = document.querySelector<HTMLElement>(`[data-reference="${seed.kase.reference}"] [data-flag="BND-1"]`);
    expect(bnd?.textContent).toContain('Boundary transgressions accumulating');
    expect(bnd?.querySelector('[data-testid="queue-sentence"]')?.textContent).toContain('3 minor boundary incidents involving Tom Pascoe');
    const evidence = bnd?.querySelector<HTMLAnchorElement>('[data-testid="queue-evidence"]');
    expect(evidence?.textContent).toBe('Evidence (3 records)');

    evidence?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.name).toBe('case'));
    expect(app.router.currentRoute.value.query).toMatchObject({ tab: 'chronology', records: incidents.join(','), flag: 'BND-1' });
    await vi.waitFor(() => expect(chronologyIds()).toEqual(incidents));
    expect(text('chronology-evidence')).toContain('Showing the 3 records behind BND-1');
  });

  it("shows a client manager their own cases, flagged first, and not other people's", { timeout: 60_000 }, async () => {
    const manager = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
    const flagged = await anotherCase(host, seed, 'Ben Kitto', { clientManagerId: manager.personId });
    await personalText(host, seed, flagged, '2026-06-04T18:30:00Z');
    const calm = await anotherCase(host, seed, 'Cara Penrose', { clientManagerId: manager.personId });
    await minorIncidents(host, seed, ['2026-02-02', '2026-02-20', '2026-03-10']); // the director's case
    await signInAs(host, manager);

    app = await mountApp('/');
    expect(heading()).toBe('My cases');
    await vi.waitFor(() => expect(queued()).toEqual([flagged.reference]));
    expect(queued('home-quiet')).toEqual([calm.reference]);
    expect(text('home-queue')).toContain('Contact through a text message from a personal phone on');
    expect(byTestId('home-quiet')?.textContent).toContain('No flags as of');
  });

  it('gives the clinical lead counselling cases with an assessment flag, and the appeals officer an empty list of appeals', { timeout: 60_000 }, async () => {
    const lead = await addUser(host, 'Rhiannon Pryce', 'rpryce', 'clinical_lead');
    const officer = await addUser(host, 'Jago Nance', 'jnance', 'appeals_officer');
    // A counselling case with an out-of-channel contact only: not one of the clinical lead's flags.
    const counselling = await anotherCase(host, seed, 'Dylan Rowe', { service: 'counselling_open_ended' });
    await personalText(host, seed, counselling, '2026-06-04T18:30:00Z');
    const missing = await anotherCase(host, seed, 'Eira Jenkin', { service: 'counselling_short_term' });
    await signInAs(host, lead);

    app = await mountApp('/');
    expect(heading()).toBe('To assess');
    // Assessments and approvals are here now: nothing says they are still to come.
    expect(byTestId('home-not-yet')).toBeNull();
    await vi.waitFor(() => expect(text('home-casework-empty')).toContain('No proposal waits for your approval'));
    await vi.waitFor(() => expect(text('home-empty')).toMatch(/^No counselling case has a flag that calls for an assessment as of \d{1,2} [A-Z][a-z]{2} \d{4}\.$/));
    expect(queued()).toEqual([]);
    app.unmount();

    // Three missed sessions within three months (SESS-1): the case is there, with that flag only.
    for (const day of ['2026-04-06', '2026-04-20', '2026-05-11']) {
      await ok(host, 'records.create', { caseId: missing.id, type: 'session', occurredAt: `${day}T14:00:00Z`, fact: 'Did not come.', details: { workerId: seed.tutor.id, kind: 'Counselling', location: 'practice', outcome: 'did_not_attend' } });
    }
    await personalText(host, seed, missing, '2026-05-12T18:30:00Z');
    app = await mountApp('/');
    await vi.waitFor(() => expect(queued()).toEqual([missing.reference]));
    const flags = [...document.querySelectorAll<HTMLElement>('[data-testid="queue-flag"]')].map((f) => f.dataset.flag);
    expect(flags).toEqual(['SESS-1']);
    app.unmount();

    await signInAs(host, officer);
    app = await mountApp('/');
    expect(heading()).toBe('Appeals');
    await vi.waitFor(() => expect(text('home-casework-empty')).toMatch(/^No appeal is waiting for a decision as of /));
    expect(byTestId('home-queue')).toBeNull();
    expect(byTestId('home-not-yet')).toBeNull();
  });

  it('re-evaluates as of an earlier date: a finding after it is not there yet', { timeout: 60_000 }, async () => {
    await minorIncidents(host, seed, ['2026-02-02', '2026-02-20', '2026-03-10']);
    app = await mountApp('/home');
    await vi.waitFor(() => expect(queued()).toEqual([seed.kase.reference]));

    const input = byTestId('home-as-of')?.querySelector('input');
    if (!input) throw new Error('No as-of input');
    input.value = '1 Mar 2026';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('blur'));
    await vi.waitFor(() => expect(text('home-empty')).toBe('No case has a flag as of 1 Mar 2026.'));
    click('home-as-of-today');
    await vi.waitFor(() => expect(queued()).toEqual([seed.kase.reference]));
  });
});

describe('the casework on the home screen (queues.mine)', () => {
  it("puts the director's proposal to decide and appeal to assign first, each with its sentence and a link to the Checklist tab; the appeals officer gets the appeal", { timeout: 90_000 }, async () => {
    const officer = await addUser(host, 'Jago Nance', 'jnance', 'appeals_officer');
    await ok(host, 'decisions.propose', { caseId: seed.kase.id, outcome: 'no_action', rationale: 'The calls have stopped since the timetable changed.' });
    const warning = await ok(host, 'ladder.warn', { caseId: seed.kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: todayIso(), summary: 'Calls only in the allocated times, please.', adjustments: NO_NEED });
    await ok(host, 'appeals.lodge', { againstId: warning.id, lodgedOn: todayIso(), grounds: 'The calls were about a timetable change.' });

    app = await mountApp('/');
    expect(heading()).toBe('To decide and sign');
    await vi.waitFor(() => expect(kinds()).toEqual(['proposal_to_decide', 'appeal_to_assign']));
    expect(items().every((i) => i.dataset.reference === seed.kase.reference)).toBe(true);
    const decide = itemOf('proposal_to_decide');
    expect(decide?.textContent).toContain('Proposal to decide');
    expect(decide?.querySelector('[data-testid="queue-item-sentence"]')?.textContent).toBe('No action proposed by Margaret Okafor on no criterion.');
    expect(itemOf('appeal_to_assign')?.querySelector('[data-testid="queue-item-sentence"]')?.textContent).toMatch(/^An appeal lodged on .+ needs someone who took no part in the decision\.$/);
    // Casework comes before the flagged cases.
    const sections = [...document.querySelectorAll<HTMLElement>('section[data-testid]')].map((e) => e.dataset.testid);
    expect(sections.indexOf('home-casework')).toBeLessThan(sections.indexOf('home-queue'));

    decide?.querySelector<HTMLAnchorElement>('[data-testid="queue-item-link"]')?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.query).toMatchObject({ tab: 'checklist' }));
    expect(app.router.currentRoute.value.params.caseId).toBe(seed.kase.id);
    await vi.waitFor(() => expect(document.querySelector<HTMLElement>('[data-testid="proposal"]')?.dataset.stage).toBe('awaiting_decision'));
    expect(byTestId('proposal-decide')).not.toBeNull();
    app.unmount();

    await signInAs(host, officer);
    app = await mountApp('/');
    expect(heading()).toBe('Appeals');
    await vi.waitFor(() => expect(kinds()).toEqual(['appeal_to_decide']));
    expect(itemOf('appeal_to_decide')?.querySelector('[data-testid="queue-item-sentence"]')?.textContent).toMatch(/^An appeal lodged on .+ awaits a decision\.$/);
  });

  it('gives the clinical lead the proposal to approve or refuse and the criterion needing an assessment', { timeout: 90_000 }, async () => {
    const lead = await addUser(host, 'Rhiannon Pryce', 'rpryce', 'clinical_lead');
    const kase = await counsellingCase(host, seed, 'Eira Jenkin');
    const sessions = await missedSessions(host, seed, kase, ['2026-09-02', '2026-09-23', '2026-10-14']);
    await ok(host, 'checklist.riskCheck', { caseId: kase.id, checkedOn: '2026-10-20', risks: 'No current risk.', safeguardingConcerns: false });
    await ok(host, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-7'], evidence: sessions, rationale: 'Three sessions missed without due cause.', adjustments: NO_NEED });
    await signInAs(host, lead);

    app = await mountApp('/');
    expect(heading()).toBe('To assess');
    await vi.waitFor(() => expect(kinds().sort()).toEqual(['assessment_needed', 'proposal_to_consult']));
    expect(itemOf('proposal_to_consult')?.querySelector('[data-testid="queue-item-sentence"]')?.textContent).toBe('Withdrawal of service proposed by Margaret Okafor on W-7: your approval or refusal is needed.');
    expect(itemOf('assessment_needed')?.querySelector('[data-testid="queue-item-sentence"]')?.textContent).toMatch(/^W-7 Missed sessions \(SESS-1\): 3 planned sessions were missed.*It needs the clinical lead's assessment/);
    expect(itemOf('assessment_needed')?.dataset.reference).toBe(kase.reference);
    // The flag queue below still shows the case with its SESS-1 finding.
    expect(queued()).toEqual([kase.reference]);
  });

  it("shows a client manager their warning about to stop being live, with the date it is due", { timeout: 90_000 }, async () => {
    const manager = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
    await ok(host, 'cases.update', { caseId: seed.kase.id, clientManagerId: manager.personId });
    await signInAs(host, manager);
    // Six months live: issued six months less ten days ago, it stops being live in nine days.
    const issued = format(addDays(subMonths(parseISO(todayIso()), 6), 10), 'yyyy-MM-dd');
    const warning = await ok(host, 'ladder.warn', { caseId: seed.kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: issued, summary: 'Calls only in the allocated times, please.', adjustments: NO_NEED });

    app = await mountApp('/');
    expect(heading()).toBe('My cases');
    await vi.waitFor(() => expect(kinds()).toEqual(['warning_expiring']));
    const item = itemOf('warning_expiring');
    expect(item?.querySelector('[data-testid="queue-item-sentence"]')?.textContent).toMatch(/^Verbal warning on W-1 stops being live after .+\.$/);
    expect(item?.querySelector('[data-testid="queue-item-due"]')?.textContent?.trim()).toBe(`due ${format(parseISO(warning.liveUntil ?? ''), 'd MMM yyyy')}`);
    expect(byTestId('home-not-yet')).toBeNull();
  });
});

describe('recent cases on the home screen (cases.recent)', () => {
  it('lists the cases this user opened lately, the latest first, each linking to its case', { timeout: 60_000 }, async () => {
    const other = await anotherCase(host, seed, 'Ben Kitto');
    app = await mountApp('/');
    await vi.waitFor(() => expect(text('home-recent')).toContain('The cases you open will be listed here'));
    await app.router.push(`/cases/${seed.kase.id}`);
    await vi.waitFor(() => expect(document.body.textContent).toContain('Amira Haddad'));
    await app.router.push(`/cases/${other.id}`);
    await vi.waitFor(() => expect(document.body.textContent).toContain('Ben Kitto'));
    await app.router.push('/');
    const recent = () => [...document.querySelectorAll<HTMLElement>('[data-testid="home-recent-case"]')].map((c) => c.dataset.reference);
    await vi.waitFor(() => expect(recent()).toEqual([other.reference, seed.kase.reference]));
    const link = document.querySelector<HTMLAnchorElement>(`[data-testid="home-recent-case"][data-reference="${seed.kase.reference}"] a`);
    expect(link?.textContent).toContain('Amira Haddad');
    expect(text('home-recent')).toMatch(/opened \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d/);
    link?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.params['caseId']).toBe(seed.kase.id));
  });
});
