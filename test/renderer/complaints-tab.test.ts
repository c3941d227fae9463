// The Complaints tab against a real core: guard G-1's reminder, the COMP flags as the Overview
// shows them with their evidence, each issue's complaints in words with a link to each record,
// the totals, the date shared with the Overview's flags, the empty state and the store behind it.
import './support/resize-observer';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../electron/core/contract';
import type { CoreHost } from '../e2e/support/core-host-types';
import { useComplaintsStore } from '../../src/stores/complaints';
import { useFlagsStore } from '../../src/stores/flags';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { byTestId, mountApp, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';
import { appPinia } from './support/store-state';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;

type ComplaintDetails = Extract<Input<'records.create'>, { type: 'complaint' }>['details'];
const create = async (input: Input<'records.create'>): Promise<string> => (await ok(host, 'records.create', input)).id;
const complaint = (occurredAt: string, fact: string, details: ComplaintDetails) => create({ caseId: seed.kase.id, type: 'complaint', occurredAt, fact, details });

/** An issue with a completed complaint, a repeat after it (COMP-1), and a complaint naming no issue. */
async function seedComplaints(): Promise<{ issue: string; first: string; repeat: string; loose: string }> {
  const tutor = seed.tutor.id;
  const issue = await create({ caseId: seed.kase.id, type: 'issue', occurredAt: '2026-02-01T10:00:00Z', fact: 'Raised homework marking.', details: { title: 'Homework marking', openedOn: '2026-02-01' } });
  const first = await complaint('2026-02-10T09:00:00Z', 'Complained about marking.', { route: 'email', aboutPersonId: tutor, issueId: issue, investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: '2026-03-01', staffHours: 4, seeksReplacement: true });
  const loose = await complaint('2026-03-05T09:00:00Z', 'Complained about the wait.', { route: 'in_person', aboutWhat: 'The waiting list', investigationStatus: 'received', staffHours: 1.5 });
  const repeat = await complaint('2026-04-02T09:00:00Z', 'Complained about marking again.', { route: 'online_form', aboutPersonId: tutor, issueId: issue, investigationStatus: 'investigating', staffHours: 2 });
  return { issue, first, repeat, loose };
}

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

const cells = (row: Element | null | undefined): string[] => [...(row?.querySelectorAll('th, td') ?? [])].map((c) => c.textContent?.trim() ?? '');
const all = (testId: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

async function openTab(asOf: string): Promise<void> {
  app = await mountApp(`/cases/${seed.kase.id}?tab=complaints`);
  useFlagsStore(appPinia()).asOf = asOf;
  await vi.waitFor(() => expect(useComplaintsStore(appPinia()).history?.asOf).toBe(asOf), { timeout: 15_000 });
  await vi.waitFor(() => expect(byTestId('complaints-totals')).not.toBeNull());
}

describe('the complaints store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('asks the core for a case as of a date, says why it could not, and forgets on reset', { timeout: 30_000 }, async () => {
    const ids = await seedComplaints();
    const store = useComplaintsStore();
    await store.load(seed.kase.id, '2026-04-02');
    expect(store.error).toBeNull();
    expect(store.loading).toBe(false);
    expect(store.history?.issues.map((g) => g.complaints.map((k) => k.recordId))).toEqual([[ids.first, ids.repeat], [ids.loose]]);

    await store.load('00000000-0000-4000-8000-0000000000ff', '2026-04-02');
    expect(store.history).toBeNull();
    expect(store.error).toBe('That case does not exist.');

    await store.load(seed.kase.id, '2026-04-02');
    store.reset();
    expect({ history: store.history, loading: store.loading, error: store.error }).toEqual({ history: null, loading: false, error: null });
  });
});

describe('the complaints tab', () => {
  it('sits between Pairing and Checklist on the case page, as a button a keyboard reaches', { timeout: 30_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}`);
    await vi.waitFor(() => expect(byTestId('tab-complaints')).not.toBeNull());
    const tabs = [...document.querySelectorAll<HTMLElement>('[data-testid^="tab-"]')].map((t) => t.dataset.testid);
    expect(tabs.indexOf('tab-complaints')).toBe(tabs.indexOf('tab-pairing') + 1);
    expect(tabs.indexOf('tab-checklist')).toBe(tabs.indexOf('tab-complaints') + 1);
    expect(byTestId('tab-complaints')?.tagName).toBe('BUTTON');
    byTestId('tab-complaints')?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.query.tab).toBe('complaints'));
    await vi.waitFor(() => expect(byTestId('complaints-tab')).not.toBeNull());
  });

  it('shows G-1 first, then COMP-1 with its citation and evidence, each issue in words, and the totals', { timeout: 30_000 }, async () => {
    const ids = await seedComplaints();
    await openTab('2026-04-02');

    // The reminder comes before anything else the tab says: the flags, the issues, the totals.
    const firstHeading = byTestId('complaints-tab')?.querySelector('h2');
    expect(byTestId('complaints-reminder')!.compareDocumentPosition(firstHeading!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const reminder = byTestId('complaints-reminder')?.textContent ?? '';
    expect(reminder).toContain('G-1');
    expect(reminder).toContain('never by itself grounds for withdrawing or cutting back the service, whether the complaint is upheld or not');
    expect(reminder).toContain('only under W-2');
    expect(reminder).toMatch(/Not upheld” never proves a complaint false/);
    expect(reminder).toContain('Sue Lambert Trust, Managing difficult situations with clients 4.3');

    const comp1 = document.querySelector<HTMLElement>('[data-testid="case-flag"][data-flag="COMP-1"]');
    expect(comp1?.querySelector('[data-testid="case-flag-citation"]')?.textContent).toContain('4.3 Complaints and feedback');
    expect(comp1?.querySelector('[data-testid="case-finding-sentence"]')?.textContent).toContain('“Homework marking”');
    const evidence = comp1?.querySelector<HTMLAnchorElement>('[data-testid="case-finding-evidence"]');
    expect(evidence?.getAttribute('href')).toContain(`records=${ids.first},${ids.repeat}`);
    // EvidenceLink's own words (another screen's); here only that it names the flag and where it goes.
    expect(evidence?.getAttribute('aria-label')).toMatch(/2 records.*COMP-1.*chronology/);

    expect(all('complaints-issue-title').map((h) => h.textContent)).toEqual(['Homework marking', 'Complaints naming no issue']);
    expect(all('complaints-issue-dates')[0]?.textContent).toBe('Opened 1 Feb 2026; not resolved.');
    const rows = all('complaints-row');
    expect(rows.map((r) => r.dataset.record)).toEqual([ids.first, ids.repeat, ids.loose]);
    expect(cells(rows[0])).toEqual(['10 Feb 2026', 'Tom Pascoe', 'Email', 'Completed', 'Not upheld', '1 Mar 2026', '4', 'Yes', 'Open in the chronology']);
    expect(cells(rows[1])).toEqual(['2 Apr 2026', 'Tom Pascoe', 'Online form', 'Being investigated', 'Not decided yet', 'Not completed', '2', 'No', 'Open in the chronology']);
    expect(cells(rows[2])).toEqual(['5 Mar 2026', 'The waiting list', 'In person', 'Received', 'Not decided yet', 'Not completed', '1.5', 'No', 'Open in the chronology']);
    const link = rows[0]?.querySelector<HTMLAnchorElement>('[data-testid="complaints-row-link"]');
    expect(link?.getAttribute('href')).toContain('tab=chronology');
    expect(link?.getAttribute('href')).toContain(`records=${ids.first}`);
    expect(link?.getAttribute('aria-label')).toBe('Open in the chronology: the complaint of 10 Feb 2026');

    expect(byTestId('complaints-total-count')?.textContent).toBe('3');
    expect(byTestId('complaints-totals')?.textContent).toContain('Staff hours on complaints raised 2 Jan 2026 to 2 Apr 2026 (90 days)');
    expect(byTestId('complaints-total-hours')?.textContent).toBe('7.5');
    expect(byTestId('complaints-total-not-upheld')?.textContent).toBe('1');
    expect(byTestId('complaints-total-upheld')?.textContent).toBe('0');
  });

  it('keeps headings in order and gives every table header cells', { timeout: 30_000 }, async () => {
    await seedComplaints();
    await openTab('2026-04-02');
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i} skips a level: ${levels.join(',')}`).toBeLessThanOrEqual(1);
    for (const table of byTestId('complaints-tab')!.querySelectorAll('table')) {
      expect(table.querySelector('caption')?.textContent).toMatch(/in date order$/);
      expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(9);
      expect(table.querySelectorAll('tbody tr').length).toBe(table.querySelectorAll('tbody th[scope="row"]').length);
    }
  });

  it('follows the date the Overview uses: earlier, the repeat and COMP-1 are not there yet', { timeout: 30_000 }, async () => {
    await seedComplaints();
    await openTab('2026-04-02');
    expect(document.querySelector('[data-flag="COMP-1"]')).not.toBeNull();
    useFlagsStore(appPinia()).asOf = '2026-03-06';
    await vi.waitFor(() => expect(byTestId('complaints-total-count')?.textContent).toBe('2'));
    expect(document.querySelector('[data-flag="COMP-1"]')).toBeNull();
    expect(byTestId('complaints-flags-none')?.textContent).toBe('Neither COMP-1, COMP-2 nor COMP-3 finds anything as of 6 Mar 2026.');
    expect(all('complaints-row')).toHaveLength(2);
  });

  it('says so when the case has no complaints, and still shows the reminder', { timeout: 30_000 }, async () => {
    await openTab('2026-04-02');
    expect(byTestId('complaints-none')?.textContent).toBe('No complaints are recorded on this case up to 2 Apr 2026.');
    expect(byTestId('complaints-reminder')).not.toBeNull();
    expect(all('complaints-issue')).toHaveLength(0);
    expect(byTestId('complaints-total-count')?.textContent).toBe('0');
  });
});
