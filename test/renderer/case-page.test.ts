import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { byTestId, choose, click, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
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

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="case-row"]')];
const text = (testId: string) => byTestId(testId)?.textContent?.trim() ?? '';

describe('the case list and the case page', () => {
  it('filters the list by service and worker, and opens a case from its row', { timeout: 30_000 }, async () => {
    const counsellor = await ok(host, 'people.addStaff', { fullName: 'Rhiannon Pryce', staffRole: 'counsellor' });
    await ok(host, 'cases.create', { clientName: 'Ben Kitto', service: 'counselling_short_term', startDate: '2026-03-02', allocatedWorkerId: counsellor.id, clientManagerId: seed.director.id });
    app = await mountApp('/cases');
    await vi.waitFor(() => expect(rows()).toHaveLength(2));

    await choose('filter-service', 'Counselling (short-term)');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain('Ben Kitto');
    await choose('filter-worker', 'Tom Pascoe');
    await vi.waitFor(() => expect(byTestId('cases-none-match')).not.toBeNull());
    click('filter-clear');
    await vi.waitFor(() => expect(rows()).toHaveLength(2));

    rows().find((r) => r.dataset.reference === seed.kase.reference)?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.name).toBe('case'));
    await vi.waitFor(() => expect(text('overview-client-name')).toBe('Amira Haddad'));
    expect(text('overview-worker')).toBe('Tom Pascoe');
    expect(text('overview-manager')).toBe('Margaret Okafor');
    expect(text('overview-boundaries')).toContain('Not yet recorded');
    expect(byTestId('overview-client')?.textContent).toContain('07700 900123');
  });

  it('adds a student and makes them the case’s student, then sets the mentor', { timeout: 30_000 }, async () => {
    await ok(host, 'people.addStaff', { fullName: 'Grace Trelawny', staffRole: 'mentor' });
    app = await mountApp(`/cases/${seed.kase.id}`, { realTransitions: true });
    await vi.waitFor(() => expect(byTestId('add-client-side')).not.toBeNull());

    click('add-client-side');
    await vi.waitFor(() => expect(byTestId('person-full-name')).not.toBeNull());
    typeInto('person-full-name', 'Yusuf Haddad');
    typeInto('person-email', 'yusuf@example.org');
    submitFormOf('person-submit');
    await vi.waitFor(() => expect(text('overview-student')).toBe('Yusuf Haddad'));
    expect(byTestId('overview-others')?.textContent).toContain('yusuf@example.org');

    click('edit-case');
    await vi.waitFor(() => expect(byTestId('edit-mentor')).not.toBeNull());
    await choose('edit-mentor', 'Grace Trelawny · Mentor');
    submitFormOf('edit-case-submit');
    await vi.waitFor(() => expect(text('overview-mentor')).toBe('Grace Trelawny'));
    const detail = await ok(host, 'cases.get', { caseId: seed.kase.id });
    expect(detail).toMatchObject({ mentor: { fullName: 'Grace Trelawny' }, student: { fullName: 'Yusuf Haddad' } });
  });
});
