// Auto-lock and Lock against a real core: a director opens a case (overview with its flags,
// chronology, pairing chart, complaints by issue, checklist with its audit trail, letters, review pack), the letterhead, the registers, the dashboard, the
// case list, users, policy settings and a contact import, data protection; then the screen
// locks, by the Lock button, by the idle timer or because the core ended the session. Afterwards
// every store is exactly as a fresh one starts, and nothing read from the case files is held
// anywhere in the renderer, an answer still on its way included.
import './support/resize-observer';
import { flushPromises } from '@vue/test-utils';
import type { Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ThresholdBridge } from '../../electron/core/contract';
import type { CoreHost } from '../e2e/support/core-host-types';
import { onSessionLost } from '../../src/api/client';
import { followSession } from '../../src/composables/useLock';
import { useCasesStore } from '../../src/stores/cases';
import { useDataProtectionStore } from '../../src/stores/data-protection';
import { useDocumentsStore } from '../../src/stores/documents';
import { contact, ok, seedCase, type SeededCase } from './support/case-seed';
import { minorIncidents } from './support/flag-seed';
import { byTestId, click, mountApp, type MountedApp } from './support/mount-app';
import { ORGANISATION } from './support/people';
import { installBridge, openRealCore } from './support/real-core';
import { appPinia, createdStoreIds, everythingHeld, freshStates, recordStoreStates } from './support/store-state';

const FACT = 'Told the tutor the family are moving to Redruth before Christmas.';
const CSV_NOTE = 'Asked whether the Redruth flat has room for a desk.';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;
/** Text and ids read from the case files: none may be left in the renderer after a lock. */
let secrets: string[];

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  seed = await seedCase(host);
  const record = await ok(host, 'records.create', contact(seed, '2026-09-02T10:00:00Z', FACT, { significant: true }));
  const issue = await ok(host, 'records.create', { caseId: seed.kase.id, type: 'issue', occurredAt: '2026-09-03T09:00:00Z', fact: 'Raised the move.', details: { title: 'Housing move', openedOn: '2026-09-03' } });
  // A complaint on that issue about the tutor: the Complaints tab holds the issue and the tutor's name.
  await ok(host, 'records.create', { caseId: seed.kase.id, type: 'complaint', occurredAt: '2026-09-04T09:00:00Z', fact: 'Complained about the move being discussed.', details: { route: 'email', aboutPersonId: seed.tutor.id, issueId: issue.id, investigationStatus: 'received' } });
  const incidents = await minorIncidents(host, seed, ['2026-09-10', '2026-09-20', '2026-10-01']);
  secrets = [seed.kase.id, seed.kase.clientId, seed.kase.reference, 'Amira Haddad', '07700 900123', FACT, 'Housing move', record.id, issue.id, ...incidents, seed.tutor.id, 'Tom Pascoe', 'Margaret Okafor', ORGANISATION.name, CSV_NOTE];
});

afterEach(async () => {
  // Let the ResizeObserver stand-in's timer reach the charts before they are disposed.
  await new Promise((resolve) => setTimeout(resolve, 20));
  vi.useRealTimers();
  app?.unmount();
  app = undefined;
  host.dispose();
});

async function visit(path: string, ready: () => unknown): Promise<void> {
  await app?.router.push(path);
  await vi.waitFor(() => expect(ready()).toBeTruthy(), { timeout: 15_000 });
}

const rows = (testId: string) => document.querySelectorAll(`[data-testid="${testId}"]`).length;

/** Opens every screen that reads the case, as a director working through it would. */
async function readEverything(): Promise<Pinia> {
  app = await mountApp('/home');
  const caseId = seed.kase.id;
  await visit(`/cases/${caseId}`, () => document.querySelector('[data-testid="case-flag"][data-flag="BND-1"]'));
  await visit(`/cases/${caseId}?tab=chronology`, () => rows('chronology-row') >= 5);
  await visit(`/cases/${caseId}?tab=pairing`, () => rows('pairing-table-row') > 0);
  // The ResizeObserver stand-in reports on a timer: let it reach the charts before they go.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await visit(`/cases/${caseId}?tab=complaints`, () => byTestId('complaints-issue-title')?.textContent === 'Housing move' && rows('complaints-row') === 1);
  await visit(`/cases/${caseId}?tab=checklist`, () => rows('case-audit-entry') > 0 && rows('criterion') === 8);
  await visit(`/cases/${caseId}?tab=letters`, () => byTestId('letters-none') || byTestId('letters-list'));
  await visit(`/cases/${caseId}?tab=review`, () => byTestId('review-build'));
  click('review-build');
  await vi.waitFor(() => expect(useDocumentsStore(appPinia()).pack).not.toBeNull(), { timeout: 30_000 });
  await visit('/settings/letterhead', () => byTestId('letterhead-form'));
  await visit('/registers', () => byTestId('restriction-register-summary') && byTestId('oversight-summary'));
  await visit('/dashboard', () => byTestId('dashboard-table')?.textContent?.includes('Amira Haddad'));
  await visit('/users', () => byTestId('users-table')?.textContent?.includes('Margaret Okafor'));
  await visit('/settings/policy', () => document.body.textContent?.includes('BND-1'));
  await visit('/data-protection', () => useDataProtectionStore(appPinia()).loaded);
  await visit(`/import?caseId=${caseId}`, () => byTestId('import-file'));
  const input = byTestId<HTMLInputElement>('import-file');
  const csv = `Date,Time,Type,Direction,Agent,Duration,Notes\r\n01/10/2026,16:30,Phone call,Inbound,Tom Pascoe,4:32,${CSV_NOTE}\r\n`;
  Object.defineProperty(input, 'files', { value: [new File([csv], 'calls.csv', { type: 'text/csv' })], configurable: true });
  input?.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(document.body.textContent).toContain('ready to import'), { timeout: 15_000 });
  await visit('/cases', () => byTestId('cases-table')?.textContent?.includes('Amira Haddad'));
  await visit('/home', () => byTestId('home-recent')?.textContent?.includes('Amira Haddad'));

  const pinia = appPinia();
  // Not a vacuous test: every store the lock must empty holds something from the case now.
  const fresh = freshStates();
  for (const [index, state] of recordStoreStates(pinia).entries()) expect(state, `${state.id} was never loaded`).not.toEqual(fresh[index]);
  const held = everythingHeld(pinia);
  for (const secret of [FACT, 'Amira Haddad', CSV_NOTE, 'Housing move', seed.kase.id]) expect(held).toContain(secret);
  return pinia;
}

async function expectForgotten(pinia: Pinia): Promise<void> {
  await vi.waitFor(() => expect(app?.router.currentRoute.value.name).toBe('unlock'), { timeout: 15_000 });
  await flushPromises();
  expect(createdStoreIds(pinia)).toContain('session');
  expect(recordStoreStates(pinia)).toEqual(freshStates());
  const held = everythingHeld(pinia);
  for (const secret of secrets) expect(held, `a store still holds ${secret}`).not.toContain(secret);
  const page = document.body.innerHTML;
  for (const secret of secrets) expect(page, `the page still shows ${secret}`).not.toContain(secret);
  expect(await host.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked', user: null } });
}

describe('locking forgets everything read from the case files', () => {
  it('by the Lock button', { timeout: 120_000 }, async () => {
    const pinia = await readEverything();
    // A person's click is a task of its own: what the last answer set in motion has finished.
    await flushPromises();
    click('lock-button');
    await expectForgotten(pinia);
    // The unlock form offers the same login again: the one thing kept, and not from a case.
    expect(byTestId<HTMLInputElement>('unlock-login')?.value).toBe('mokafor');
  });

  it("after the organisation's idle time", { timeout: 120_000 }, async () => {
    await ok(host, 'org.update', { ...ORGANISATION, autoLockMinutes: 1 });
    // Fake timers that still move with real time, so the core's answers and the UI's waits flow.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const pinia = await readEverything();
    vi.advanceTimersByTime(61_000);
    await expectForgotten(pinia);
    expect(byTestId('unlock-notice')?.textContent).toBe('Threshold locked itself after a minute without activity.');
  });

  it('when the core has ended the session and the next call finds it gone', { timeout: 120_000 }, async () => {
    const pinia = await readEverything();
    // What main.ts wires up: a call answered not_signed_in sends the screen after the session.
    const stop = onSessionLost(() => void followSession(app!.router));
    try {
      await ok(host, 'session.lock', {});
      await app?.router.push('/dashboard');
      await expectForgotten(pinia);
    } finally {
      stop();
    }
  });

  it('drops an answer that arrives after the lock', { timeout: 120_000 }, async () => {
    const pinia = await readEverything();
    // Hold the next case list in flight until the screen has locked.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const bridge: ThresholdBridge = {
      invoke: async (method, input) => {
        const answer = await host.invoke(method, input);
        if (method === 'cases.list') await held;
        return answer;
      },
      cancel: () => undefined,
      onProgress: () => () => undefined,
    };
    Object.defineProperty(window, 'threshold', { value: bridge, configurable: true });
    const cases = useCasesStore(pinia);
    const loading = cases.load().then(
      () => 'stored',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    await flushPromises();
    click('lock-button');
    await vi.waitFor(() => expect(app?.router.currentRoute.value.name).toBe('unlock'), { timeout: 15_000 });
    release();
    expect(await loading).toMatch(/locked before this answer arrived/);
    await expectForgotten(pinia);
  });
});
