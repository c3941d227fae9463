// The Registers screen through a real core: the restriction register with the agreements due for
// review or past it first and marked, each linking to its case's Checklist tab; the oversight
// register for the director over a period; a client manager sees the restriction register only.
import './support/resize-observer';
import { addDays, format, parseISO } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseSummary } from '../../electron/core/contract';
import type { CoreHost } from '../e2e/support/core-host-types';
import { todayIso } from '../../src/dates';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { NO_NEED } from './support/casework-seed';
import { addUser, anotherCase, signInAs } from './support/flag-seed';
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

const squash = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';
const day = (offset: number) => format(addDays(parseISO(todayIso()), offset), 'yyyy-MM-dd');
const registerRows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="register-row"]')];

/** A communication agreement on a case, started long enough ago to be on the register. */
function agreement(kase: CaseSummary, reviewOn: string) {
  return ok(host, 'records.create', {
    caseId: kase.id,
    type: 'communication_agreement',
    occurredAt: `${day(-200)}T10:00:00Z`,
    fact: 'Agreed to email the office once a week.',
    details: { allowedChannels: ['company_email'], startsOn: day(-200), reviewOn },
  });
}

describe('the Registers screen', () => {
  it('lists agreements due for review or past it first and marked, and gives the director the oversight register for a period', { timeout: 60_000 }, async () => {
    const later = await anotherCase(host, seed, 'Ben Kitto');
    const soon = await anotherCase(host, seed, 'Cara Penrose');
    const past = await anotherCase(host, seed, 'Dylan Rowe');
    await agreement(later, day(90));
    await agreement(soon, day(7));
    await agreement(past, day(-3));
    await ok(host, 'ladder.warn', { caseId: seed.kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: todayIso(), summary: 'Calls only in the allocated times, please.', adjustments: NO_NEED });

    app = await mountApp('/home');
    click('nav-registers');
    await vi.waitFor(() => expect(registerRows()).toHaveLength(3));
    // Past its review date unrenewed (lapsed) and due within 14 days first, then in force.
    expect(registerRows().map((r) => [r.dataset.reference, r.dataset.state])).toEqual([
      [past.reference, 'lapsed'],
      [soon.reference, 'review_due'],
      [later.reference, 'in_force'],
    ]);
    expect(registerRows().map((r) => r.classList.contains('due'))).toEqual([true, true, false]);
    expect(squash(registerRows()[0]?.textContent)).toContain('⚠ Lapsed: review date passed');
    expect(squash(registerRows()[2]?.textContent)).toContain('In force');
    expect(squash(byTestId('restriction-register-summary')?.textContent)).toMatch(/^3 on the register as of .+; 2 need a review\.$/);

    // The oversight register: the verbal warning issued today is in the last twelve months.
    await vi.waitFor(() => expect(document.querySelectorAll('[data-testid="oversight-row"]')).toHaveLength(1));
    const row = document.querySelector<HTMLElement>('[data-testid="oversight-row"]');
    expect(row?.dataset).toMatchObject({ kind: 'warning', reference: seed.kase.reference });
    expect(squash(row?.textContent)).toContain('Warning: Verbal warning (6 months)');
    expect(squash(row?.textContent)).toContain('Margaret Okafor');

    // A case's link opens its Checklist tab.
    registerRows()[0]?.querySelector<HTMLAnchorElement>('a')?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.query).toMatchObject({ tab: 'checklist' }));
    expect(app.router.currentRoute.value.params.caseId).toBe(past.id);
    await vi.waitFor(() => expect(document.querySelector<HTMLElement>('[data-testid="restriction"]')?.dataset.state).toBe('lapsed'));
    // An agreement is renewed by correcting its record: the case says so where it has lapsed.
    expect(byTestId('agreement-review-hint')?.textContent).toContain('by correcting its record in the chronology');
  });

  it('gives a client manager the restriction register but not the oversight register', { timeout: 60_000 }, async () => {
    const manager = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
    await agreement(seed.kase, day(30));
    await signInAs(host, manager);

    app = await mountApp('/registers');
    await vi.waitFor(() => expect(registerRows()).toHaveLength(1));
    expect(registerRows()[0]?.dataset.state).toBe('in_force');
    expect(byTestId('oversight-register')).toBeNull();
    expect(await host.invoke('registers.oversight', { from: day(-30), to: todayIso() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
