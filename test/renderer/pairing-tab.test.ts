// First: Naive UI's resize delegate and vue-echarts' autoresize need a ResizeObserver that reports.
import './support/resize-observer';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../electron/core/contract';
import type { CoreHost } from '../e2e/support/core-host-types';
import { usePairingStore } from '../../src/stores/pairing';
import { contact, ok, seedCase, type SeededCase } from './support/case-seed';
import { byTestId, mountApp, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;

/** A contact with the client manager (the director, by staff role, here), or with nobody named (the desk). */
function contactWith(staffParties: string[], occurredAt: string, fact: string): Input<'records.create'> {
  return {
    caseId: seed.kase.id,
    type: 'contact',
    occurredAt,
    fact,
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [seed.kase.clientId], staffParties, purpose: 'enquiry' },
  } satisfies Input<'records.create'>;
}

/**
 * The isolated pair in miniature: the client manager and the desk in the first week, then only
 * the tutor, more each week, a boundary crossed, and a complaint about the tutor.
 */
async function seedPairing(): Promise<{ complaintId: string }> {
  const { kase, tutor, director } = seed;
  await ok(host, 'records.create', contactWith([director.id], '2026-01-06T10:00:00Z', 'Asked the client manager about the timetable.'));
  await ok(host, 'records.create', contactWith([], '2026-01-07T10:00:00Z', 'Rang the desk.'));
  for (const at of ['2026-01-13T17:00:00Z', '2026-01-20T17:00:00Z', '2026-01-22T17:00:00Z', '2026-01-26T17:00:00Z', '2026-01-27T17:00:00Z', '2026-01-28T17:00:00Z']) {
    await ok(host, 'records.create', contact(seed, at, 'Phoned the tutor about homework.'));
  }
  await ok(host, 'records.create', { caseId: kase.id, type: 'boundary_incident', occurredAt: '2026-01-29T12:00:00Z', fact: 'The tutor gave the parent a personal number.', details: { workerId: tutor.id, kind: 'personal_number_given', severity: 'moderate' } });
  const complaint = await ok(host, 'records.create', { caseId: kase.id, type: 'complaint', occurredAt: '2026-02-04T09:00:00Z', fact: 'Complained that fractions were not taught.', details: { route: 'email', aboutPersonId: tutor.id, investigationStatus: 'received' } });
  return { complaintId: complaint.id };
}

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  seed = await seedCase(host);
});

afterEach(async () => {
  // The ResizeObserver stand-in reports on a timer even after disconnect (a browser does not):
  // let its reports reach the charts while they exist, not after they are disposed.
  await new Promise((resolve) => setTimeout(resolve, 20));
  app?.unmount();
  app = undefined;
  host.dispose();
});

const cells = (row: Element | null | undefined): string[] => [...(row?.querySelectorAll('th, td') ?? [])].map((c) => c.textContent?.trim() ?? '');
const tableRows = (): Element[] => [...document.querySelectorAll('[data-testid="pairing-table-row"]')];

describe('the pairing store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('asks the core for the whole case, then for a period, and says why it could not', { timeout: 30_000 }, async () => {
    await seedPairing();
    const pairing = usePairingStore();
    await pairing.openCase(seed.kase.id);
    expect(pairing.error).toBeNull();
    expect(pairing.loading).toBe(false);
    expect(pairing.data).toMatchObject({ caseId: seed.kase.id, clientName: 'Amira Haddad', from: '2026-01-05', to: '2026-02-04' });
    expect(pairing.data?.weeks.map((w) => w.week)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02']);
    expect(pairing.data?.edges).toEqual(expect.arrayContaining([{ staffId: seed.tutor.id, contacts: 6 }, { staffId: seed.director.id, contacts: 1 }]));

    await pairing.choosePeriod(['2026-01-19', '2026-01-31']);
    expect(pairing.data?.weeks.map((w) => w.week)).toEqual(['2026-01-19', '2026-01-26']);
    expect(pairing.data?.edges).toEqual(expect.arrayContaining([{ staffId: seed.tutor.id, contacts: 5 }, { staffId: seed.director.id, contacts: 0 }]));
    expect(pairing.data?.markers.map((m) => m.kind)).toEqual(['boundary_incident']);
    // Coming back to the same case asks again and keeps the period.
    await pairing.openCase(seed.kase.id);
    expect(pairing.period).toEqual(['2026-01-19', '2026-01-31']);
    expect(pairing.data?.weeks).toHaveLength(2);

    await pairing.choosePeriod(['2026-02-01', '2026-01-01']);
    expect(pairing.data).toBeNull();
    expect(pairing.error).toMatch(/period must start on or before its end/);

    await pairing.choosePeriod(null);
    expect(pairing.error).toBeNull();
    expect(pairing.data?.from).toBe('2026-01-05');
  });
});

describe('the pairing tab', () => {
  it('comes after Chronology on the case page', { timeout: 30_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}`);
    await vi.waitFor(() => expect(byTestId('tab-pairing')).not.toBeNull());
    const tabs = [...document.querySelectorAll<HTMLElement>('[data-testid^="tab-"]')].map((t) => t.dataset.testid);
    expect(tabs.indexOf('tab-pairing')).toBe(tabs.indexOf('tab-chronology') + 1);
  });

  it('gives the weekly contacts per staff person and the markers as a table and a list', { timeout: 30_000 }, async () => {
    const { complaintId } = await seedPairing();
    app = await mountApp(`/cases/${seed.kase.id}?tab=pairing`);
    await vi.waitFor(() => expect(tableRows()).toHaveLength(5));

    expect(byTestId('pairing-span')?.textContent).toBe('5 Jan 2026 to 4 Feb 2026');
    expect(byTestId('pairing-table')?.querySelector('caption')?.textContent).toContain('5 Jan 2026 to 4 Feb 2026');
    const header = cells(byTestId('pairing-table')?.querySelector('thead tr'));
    expect(header).toEqual(['Week', 'Tom PascoeTutor', 'Margaret OkaforDirector', 'Unnamed (desk, inbox)', 'Total', 'Marked']);
    const rows = tableRows().map(cells);
    expect(rows[0]).toEqual(['w/c 5 Jan', '0', '1', '1', '2', '']);
    expect(rows[1]).toEqual(['w/c 12 Jan', '1', '0', '0', '1', '']);
    expect(rows[2]).toEqual(['w/c 19 Jan', '2', '0', '0', '2', '']);
    expect(rows[3]).toEqual(['w/c 26 Jan', '3', '0', '0', '3', 'Boundary incident: Boundary: personal number given (Tom Pascoe)']);
    expect(rows[4]).toEqual(['w/c 2 Feb', '0', '0', '0', '0', 'Complaint: Complaint about Tom Pascoe']);
    expect(cells(byTestId('pairing-table-totals'))).toEqual(['Whole period', '6', '1', '1', '8', '']);
    // Row headers and column headers, so a screen reader names every count.
    expect(byTestId('pairing-table')?.querySelectorAll('th[scope="col"]')).toHaveLength(6);
    expect(byTestId('pairing-table')?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(5);

    const markers = [...document.querySelectorAll<HTMLElement>('[data-testid="pairing-marker"]')];
    expect(markers.map((m) => m.dataset.kind)).toEqual(['boundary_incident', 'complaint']);
    expect(markers[1]?.textContent).toContain('4 Feb 2026');
    expect(markers[1]?.textContent).toContain('Complaint about Tom Pascoe');

    // Each marker, and all of them, open in the chronology showing just those records.
    const toChronology = markers[1]?.querySelector<HTMLAnchorElement>('[data-testid="pairing-marker-chronology"]');
    expect(toChronology?.getAttribute('href')).toContain(`records=${complaintId}`);
    expect(toChronology?.getAttribute('href')).toContain('tab=chronology');
    expect(byTestId('pairing-markers-chronology')?.textContent).toContain('Show all 2 records in the chronology');

    // A marker opens its record beside the charts.
    const button = markers[1]?.querySelector<HTMLButtonElement>(`button[data-record-id="${complaintId}"]`);
    expect(button).not.toBeNull();
    button?.click();
    await flushPromises();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="record-when"]')?.textContent).toContain('4 Feb 2026'));
    expect(document.body.textContent).toContain('Complained that fractions were not taught.');

    // The boundary incident's link: the chronology showing that record alone.
    markers[0]?.querySelector<HTMLAnchorElement>('[data-testid="pairing-marker-chronology"]')?.click();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-testid="chronology-row"]')).toHaveLength(1));
    expect(app.router.currentRoute.value.query).toMatchObject({ tab: 'chronology', records: expect.any(String) });
    expect(document.querySelector<HTMLElement>('[data-testid="chronology-row"]')?.dataset.type).toBe('boundary_incident');
  });

  it('says so when the case has no contact yet', { timeout: 30_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}?tab=pairing`);
    await vi.waitFor(() => expect(byTestId('pairing-no-contact')).not.toBeNull());
    expect(byTestId('pairing-markers-none')?.textContent).toContain('None in this period');
    expect(cells(byTestId('pairing-table-totals')).at(-2)).toBe('0');
  });
});
