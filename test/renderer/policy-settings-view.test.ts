import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { addUser, minorIncidents, personalText, signInAs } from './support/flag-seed';
import { byTestId, click, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
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

const card = (id: string) => document.querySelector<HTMLElement>(`[data-testid="flag-setting"][data-flag="${id}"]`);
const squash = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';
const flagIds = async () => (await ok(host, 'flags.forCase', { caseId: seed.kase.id })).flags.map((f) => f.id);
const bndSetting = async () => (await ok(host, 'policy.get', {})).flags.find((f) => f.id === 'BND-1');

describe('the policy settings', () => {
  it("shows every flag with its defaults and their origin; the director's change recomputes the flags, and a reset restores them", { timeout: 60_000 }, async () => {
    await minorIncidents(host, seed, ['2026-02-02', '2026-02-20', '2026-03-10']);
    const settings = await ok(host, 'policy.get', {});
    app = await mountApp('/settings/policy');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-testid="flag-setting"]')).toHaveLength(settings.flags.length));
    expect(byTestId('nav-policy-settings')).not.toBeNull();
    expect(byTestId('policy-read-only')).toBeNull();

    const bnd = card('BND-1')!;
    expect(squash(bnd.querySelector('h2')?.textContent)).toBe('BND-1 Boundary transgressions accumulating');
    expect(bnd.textContent).toContain('3+ minor boundary incidents for the same worker and client within 90 days');
    expect(feedbackFor('param-BND-1-minorIncidents')).toBe("Default: 3 incidents, Threshold's default. From 2 to 50.");
    expect(byTestId<HTMLInputElement>('param-BND-1-minorIncidents')?.value).toBe('3');
    expect(bnd.textContent).toContain('Default: all services, from the policy.');
    expect(squash(bnd.querySelector('[data-testid="flag-setting-changed"]')?.textContent)).toBe('Never changed');
    expect(await flagIds()).toContain('BND-1');

    typeInto('param-BND-1-minorIncidents', '4');
    submitFormOf('save-BND-1');
    await vi.waitFor(() => expect(squash(card('BND-1')?.querySelector('[data-testid="flag-setting-changed"]')?.textContent)).toMatch(/^Last changed \d{1,2} [A-Z][a-z]{2} \d{4}$/));
    expect((await bndSetting())?.params.find((p) => p.key === 'minorIncidents')?.value).toBe(4);
    expect(await flagIds()).not.toContain('BND-1');

    click('reset-BND-1');
    await vi.waitFor(() => expect(byTestId<HTMLInputElement>('param-BND-1-minorIncidents')?.value).toBe('3'));
    expect(await flagIds()).toContain('BND-1');
  });

  it('shows the core’s objection beside the value it is about, and saves nothing', { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/policy');
    await vi.waitFor(() => expect(byTestId('param-BND-1-minorIncidents')).not.toBeNull());
    typeInto('param-BND-1-minorIncidents', '1');
    submitFormOf('save-BND-1');
    await vi.waitFor(() => expect(feedbackFor('param-BND-1-minorIncidents')).toBe('Must be a whole number from 2 to 50'));
    expect(byTestId('flag-setting-alert')).toBeNull();
    expect((await bndSetting())?.updatedAt).toBeNull();
  });

  it('takes a flag off a service: the case says it is not applied there', { timeout: 60_000 }, async () => {
    await personalText(host, seed, seed.kase, '2026-03-04T18:30:00Z');
    app = await mountApp('/settings/policy');
    await vi.waitFor(() => expect(byTestId('service-PAIR-2-online_tuition')).not.toBeNull());
    click('service-PAIR-2-online_tuition');
    submitFormOf('save-PAIR-2');
    await vi.waitFor(async () => expect((await ok(host, 'flags.forCase', { caseId: seed.kase.id })).notApplicable).toContain('PAIR-2'));

    await app.router.push(`/cases/${seed.kase.id}`);
    await vi.waitFor(() => expect(byTestId('case-flags-not-applicable')?.textContent).toContain('PAIR-2'));
  });

  it('keeps the bank holidays added by hand', { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/policy');
    await vi.waitFor(() => expect(byTestId('holidays-none')).not.toBeNull());
    expect(byTestId('extra-holidays')?.textContent).toContain('a coronation or a state funeral');
    const date = byTestId('holiday-date')?.querySelector('input');
    if (!date) throw new Error('No holiday date input');
    date.value = '7 Jun 2027';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    typeInto('holiday-name', 'Example one-off day');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('holiday-add')?.disabled).toBe(false));
    submitFormOf('holiday-add');
    await vi.waitFor(() => expect(byTestId('holiday-row')?.textContent).toContain('7 Jun 2027'));
    click('holidays-save');
    await vi.waitFor(async () => expect((await ok(host, 'policy.get', {})).extraHolidays).toEqual([{ date: '2027-06-07', name: 'Example one-off day' }]));
  });

  it('is read-only for a client manager', { timeout: 60_000 }, async () => {
    const manager = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
    await signInAs(host, manager);
    app = await mountApp('/');
    await vi.waitFor(() => expect(byTestId('nav-policy-settings')).not.toBeNull());
    click('nav-policy-settings');
    await vi.waitFor(() => expect(card('BND-1')).not.toBeNull());
    expect(byTestId('policy-read-only')?.textContent).toContain('Only the director can change these settings');
    expect(byTestId('save-BND-1')).toBeNull();
    expect(byTestId('reset-BND-1')).toBeNull();
    expect(byTestId('holidays-save')).toBeNull();
    expect(byTestId<HTMLInputElement>('param-BND-1-minorIncidents')?.disabled).toBe(true);
    expect(byTestId('service-PAIR-2-online_tuition')?.getAttribute('aria-disabled')).toBe('true');
  });
});
