import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { byTestId, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { DIRECTOR, ORGANISATION } from './support/people';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;

beforeEach(async () => {
  host = await openRealCore(); // an empty folder: first run
  installBridge(host);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

function fillSetup(passphrase: string, confirm: string): void {
  typeInto('setup-org-name', ORGANISATION.name);
  typeInto('setup-org-address', ORGANISATION.address);
  typeInto('setup-full-name', DIRECTOR.fullName);
  typeInto('setup-login', DIRECTOR.login);
  typeInto('setup-passphrase', passphrase);
  typeInto('setup-confirm', confirm);
}

describe('SetupView', () => {
  it('opens on first run and says what a passphrase needs before anything is typed', { timeout: 30_000 }, async () => {
    app = await mountApp('/cases');
    expect(app.router.currentRoute.value.name).toBe('setup');
    expect(feedbackFor('setup-passphrase')).toContain('At least 12 characters');
  });

  it('refuses a confirmation that does not match, beside that field, without creating a store', { timeout: 30_000 }, async () => {
    app = await mountApp('/');
    fillSetup(DIRECTOR.passphrase, 'lantern orchard pebble 43');
    submitFormOf('setup-submit');
    await vi.waitFor(() => expect(feedbackFor('setup-confirm')).toBe('Does not match the passphrase above'));

    expect(await host.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'no-store' } });
    expect(byTestId('setup-alert')).toBeNull();
    expect(byTestId<HTMLInputElement>('setup-org-name')?.value).toBe(ORGANISATION.name);
  });

  it('clears a field\'s message as soon as that field is corrected', { timeout: 30_000 }, async () => {
    app = await mountApp('/');
    fillSetup(DIRECTOR.passphrase, 'lantern orchard pebble 43');
    submitFormOf('setup-submit');
    await vi.waitFor(() => expect(feedbackFor('setup-confirm')).toBe('Does not match the passphrase above'));
    typeInto('setup-confirm', DIRECTOR.passphrase);
    await vi.waitFor(() => expect(feedbackFor('setup-confirm')).not.toBe('Does not match the passphrase above'));
  });

  it("shows the core's weak-passphrase issue beside the passphrase and keeps the form", { timeout: 30_000 }, async () => {
    app = await mountApp('/');
    fillSetup('short', 'short');
    submitFormOf('setup-submit');

    await vi.waitFor(() => expect(feedbackFor('setup-passphrase')).toMatch(/^Must be at least 12 characters long/));
    expect(byTestId('setup-passphrase')?.closest('.n-form-item')?.querySelector('.n-form-item-feedback--error')).not.toBeNull();
    expect(byTestId<HTMLInputElement>('setup-login')?.value).toBe(DIRECTOR.login);
    expect(app.router.currentRoute.value.name).toBe('setup');
  });

  it("places the core's input issues beside their fields (a missing organisation name, a bad login)", { timeout: 30_000 }, async () => {
    app = await mountApp('/');
    fillSetup(DIRECTOR.passphrase, DIRECTOR.passphrase);
    typeInto('setup-org-name', '   ');
    typeInto('setup-login', '9lives');
    submitFormOf('setup-submit');

    await vi.waitFor(() => expect(feedbackFor('setup-org-name')).toBe('Is required'));
    expect(feedbackFor('setup-login')).toMatch(/^Must be 2-32 letters/);
    expect(byTestId('setup-alert')).toBeNull();
  });

  it('creates the store and lands on the empty case list', { timeout: 30_000 }, async () => {
    app = await mountApp('/');
    fillSetup(DIRECTOR.passphrase, DIRECTOR.passphrase);
    submitFormOf('setup-submit');

    await vi.waitFor(() => expect(byTestId('cases-empty')).not.toBeNull(), { timeout: 10_000 });
    expect(app.router.currentRoute.value.name).toBe('cases');
    expect(byTestId('signed-in-user')?.textContent).toBe(DIRECTOR.fullName);
  });
});
