// First: virtual lists need a ResizeObserver that reports a size (the chronology is one).
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
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
    expect(text('home-not-yet')).toContain('letters awaiting your signature');
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

  it('gives the clinical lead counselling cases with an assessment flag, and says honestly what the queues do not hold yet', { timeout: 60_000 }, async () => {
    const lead = await addUser(host, 'Rhiannon Pryce', 'rpryce', 'clinical_lead');
    const officer = await addUser(host, 'Jago Nance', 'jnance', 'appeals_officer');
    // A counselling case with an out-of-channel contact only: not one of the clinical lead's flags.
    const counselling = await anotherCase(host, seed, 'Dylan Rowe', { service: 'counselling_open_ended' });
    await personalText(host, seed, counselling, '2026-06-04T18:30:00Z');
    const missing = await anotherCase(host, seed, 'Eira Jenkin', { service: 'counselling_short_term' });
    await signInAs(host, lead);

    app = await mountApp('/');
    expect(heading()).toBe('To assess');
    expect(text('home-not-yet')).toContain('W-4 to W-7 assessment');
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
    await vi.waitFor(() => expect(text('home-empty')).toContain('No appeals.'));
    expect(byTestId('home-queue')).toBeNull();
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
