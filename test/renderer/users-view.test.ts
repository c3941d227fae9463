import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { byTestId, click, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { DIRECTOR, ORGANISATION } from './support/people';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  expect((await host.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR })).ok).toBe(true);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

const userRow = (login: string) => document.querySelector<HTMLElement>(`[data-testid="user-row"][data-login="${login}"]`);

describe('UsersView', () => {
  it('adds a user, shows the one-time passphrase once, and refuses a taken login beside the field', { timeout: 30_000 }, async () => {
    app = await mountApp('/users');
    await vi.waitFor(() => expect(userRow(DIRECTOR.login)).not.toBeNull());

    click('add-user');
    await vi.waitFor(() => expect(byTestId('user-full-name')).not.toBeNull());
    typeInto('user-full-name', 'Daniel Trevithick');
    typeInto('user-login', 'dtrevithick');
    submitFormOf('user-submit');
    await vi.waitFor(() => expect(byTestId('one-time-passphrase')?.textContent).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/), { timeout: 10_000 });
    expect(userRow('dtrevithick')?.textContent).toContain('One-time, not yet replaced');

    click('one-time-done');
    await vi.waitFor(() => expect(byTestId('one-time-passphrase')).toBeNull());

    click('add-user');
    await vi.waitFor(() => expect(byTestId('user-full-name')).not.toBeNull());
    expect(byTestId<HTMLInputElement>('user-login')?.value).toBe(''); // a fresh form, not the last one
    typeInto('user-full-name', 'Daniel Other');
    typeInto('user-login', 'dtrevithick');
    submitFormOf('user-submit');
    await vi.waitFor(() => expect(feedbackFor('user-login')).toBe('Is already taken'));
    expect(byTestId('one-time-passphrase')).toBeNull();
  });

  it('removes a user only with a reason, the core asking for it beside the field', { timeout: 30_000 }, async () => {
    const added = await host.invoke('users.add', { fullName: 'Priya Nair', login: 'pnair', role: 'clinical_lead' });
    expect(added.ok).toBe(true);
    app = await mountApp('/users');
    await vi.waitFor(() => expect(userRow('pnair')).not.toBeNull());
    expect(byTestId(`remove-user-${DIRECTOR.login}`)).toBeNull(); // the director cannot be removed

    click('remove-user-pnair');
    await vi.waitFor(() => expect(byTestId('remove-reason')).not.toBeNull());
    expect(byTestId('remove-user-dialog')?.textContent).toContain("replaces the store's master key");
    submitFormOf('remove-confirm');
    await vi.waitFor(() => expect(feedbackFor('remove-reason')).toBe('Is required'));
    expect(userRow('pnair')).not.toBeNull();

    typeInto('remove-reason', 'Left the organisation');
    submitFormOf('remove-confirm');
    await vi.waitFor(() => expect(userRow('pnair')).toBeNull(), { timeout: 10_000 });
    const listed = await host.invoke('users.list', {});
    expect(listed.ok && listed.value.map((u) => u.login)).toEqual([DIRECTOR.login]);
  });

  it('is not reachable for a user who is not the director', { timeout: 30_000 }, async () => {
    const added = await host.invoke('users.add', { fullName: 'Priya Nair', login: 'pnair', role: 'client_manager' });
    if (!added.ok) throw new Error(added.error.message);
    await host.invoke('session.unlock', { login: 'pnair', passphrase: added.value.oneTimePassphrase });
    await host.invoke('session.changePassphrase', { current: added.value.oneTimePassphrase, next: 'heather granite lamp 9' });

    app = await mountApp('/users');
    expect(app.router.currentRoute.value.name).toBe('cases');
    expect(byTestId('nav-users')).toBeNull();
    expect(byTestId('nav-cases')).not.toBeNull();
  });
});
