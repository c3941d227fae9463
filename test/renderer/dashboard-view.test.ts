// First: virtual lists need a ResizeObserver that reports a size (the chronology is one).
import './support/resize-observer';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseSummary } from '../../electron/core/contract';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { addUser, anotherCase, minorIncidents, personalText } from './support/flag-seed';
import { byTestId, choose, chosenLabel, click, mountApp, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;
let texting: CaseSummary;
let quiet: CaseSummary;
let incidents: string[];
let textId: string;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  seed = await seedCase(host);
  const manager = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
  incidents = await minorIncidents(host, seed, ['2026-02-02', '2026-02-20', '2026-03-10']);
  texting = await anotherCase(host, seed, 'Ben Kitto', { clientManagerId: manager.personId });
  textId = await personalText(host, seed, texting, '2026-06-04T18:30:00Z');
  quiet = await anotherCase(host, seed, 'Cara Penrose', { service: 'counselling_open_ended' });
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

const shown = () => [...document.querySelectorAll<HTMLElement>('[data-testid="dashboard-row"]')].map((r) => r.dataset.reference);
const row = (reference: string) => document.querySelector<HTMLElement>(`[data-testid="dashboard-row"][data-reference="${reference}"]`);
const chronologyIds = () => [...document.querySelectorAll<HTMLElement>('[data-testid="chronology-row"]')].map((r) => r.dataset.recordId);

describe('the dashboard', () => {
  it('lists every open case with its flags, newest finding first, and sorts and filters them', { timeout: 60_000 }, async () => {
    app = await mountApp('/dashboard');
    await vi.waitFor(() => expect(shown()).toEqual([texting.reference, seed.kase.reference, quiet.reference]));
    expect(byTestId('dashboard-summary')?.textContent).toMatch(/^3 cases, 2 with flags, as of/);

    // Each flag a tag naming it; its sentence in its accessible name and under "Why".
    const tag = row(seed.kase.reference)?.querySelector<HTMLAnchorElement>('[data-testid="dashboard-flag"][data-flag="BND-1"]');
    expect(tag?.textContent?.replace(/\s+/g, ' ').trim()).toBe('BND-1 Boundary transgressions accumulating');
    expect(tag?.getAttribute('aria-label')).toContain('3 minor boundary incidents involving Tom Pascoe');
    row(seed.kase.reference)?.querySelector<HTMLButtonElement>('[data-testid="dashboard-why"]')?.click();
    await vi.waitFor(() => expect(row(seed.kase.reference)?.querySelector('[data-testid="dashboard-why-list"]')?.textContent).toContain('3 minor boundary incidents'));
    expect(row(quiet.reference)?.textContent).toContain('No flags');

    await choose('dashboard-filter-flag', 'PAIR-2 · Out-of-channel contact');
    await vi.waitFor(() => expect(shown()).toEqual([texting.reference]));
    click('dashboard-filter-clear');
    await vi.waitFor(() => expect(shown()).toHaveLength(3));

    await choose('dashboard-filter-service', 'Counselling (open-ended)');
    await vi.waitFor(() => expect(shown()).toEqual([quiet.reference]));
    click('dashboard-filter-clear');

    // The director manages two of the three; one of those has a flag.
    byTestId('dashboard-only-mine')?.click();
    await vi.waitFor(() => expect(shown()).toEqual([seed.kase.reference, quiet.reference]));
    byTestId('dashboard-only-flagged')?.click();
    await vi.waitFor(() => expect(shown()).toEqual([seed.kase.reference]));
    click('dashboard-filter-clear');
    await choose('dashboard-filter-manager', 'Daniel Trevithick');
    await vi.waitFor(() => expect(shown()).toEqual([texting.reference]));
    click('dashboard-filter-clear');

    await choose('dashboard-sort', 'Reference');
    await vi.waitFor(() => expect(shown()).toEqual([seed.kase.reference, texting.reference, quiet.reference]));
    await choose('dashboard-sort', 'Client name');
    await vi.waitFor(() => expect(shown()).toEqual([seed.kase.reference, texting.reference, quiet.reference]));
    await choose('dashboard-sort', 'Newest finding first');
    await vi.waitFor(() => expect(shown()).toEqual([texting.reference, seed.kase.reference, quiet.reference]));
    // A header sorts too: the number of flags, most first (ties by reference), then fewest first.
    const header = () => [...document.querySelectorAll<HTMLElement>('.n-data-table-th')].find((th) => th.textContent?.includes('Number of flags'));
    header()?.click();
    await vi.waitFor(() => expect(shown()).toEqual([seed.kase.reference, texting.reference, quiet.reference]));
    expect(chosenLabel('dashboard-sort')).toBe('Most flags first');
    header()?.click();
    await vi.waitFor(() => expect(shown()).toEqual([quiet.reference, seed.kase.reference, texting.reference]));

    byTestId('dashboard-include-closed')?.click();
    await flushPromises();
    await vi.waitFor(() => expect(shown()).toHaveLength(3));
  });

  it("opens a flag's evidence in the case's chronology, and the whole chronology from there", { timeout: 60_000 }, async () => {
    await ok(host, 'records.create', {
      caseId: texting.id,
      type: 'contact',
      occurredAt: '2026-06-01T09:00:00Z',
      fact: 'Phoned the desk.',
      details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [texting.clientId], staffParties: [seed.tutor.id], purpose: 'enquiry' },
    });
    app = await mountApp('/dashboard');
    await vi.waitFor(() => expect(shown()).toHaveLength(3));

    row(texting.reference)?.querySelector<HTMLAnchorElement>('[data-flag="PAIR-2"]')?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.params.caseId).toBe(texting.id));
    expect(app.router.currentRoute.value.query).toMatchObject({ tab: 'chronology', records: textId, flag: 'PAIR-2' });
    await vi.waitFor(() => expect(chronologyIds()).toEqual([textId]));
    expect(byTestId('chronology-evidence')?.textContent).toContain('Showing the 1 record behind PAIR-2');
    expect(byTestId('chronology-count')?.textContent).toBe('1 of 2 records');

    click('chronology-evidence-clear');
    await vi.waitFor(() => expect(chronologyIds()).toHaveLength(2));
    expect(byTestId('chronology-evidence')).toBeNull();
    expect(app.router.currentRoute.value.query.records).toBeUndefined();

    // Back on the dashboard, the BND-1 evidence of the other case: all three incidents.
    await app.router.push('/dashboard');
    await vi.waitFor(() => expect(shown()).toHaveLength(3));
    row(seed.kase.reference)?.querySelector<HTMLAnchorElement>('[data-flag="BND-1"]')?.click();
    await vi.waitFor(() => expect(chronologyIds()).toEqual(incidents));
  });
});
