import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { byTestId, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { DIRECTOR, ORGANISATION } from './support/people';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  // A store with the director's account, locked: the state the unlock screen is for.
  const setUp = await host.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR });
  expect(setUp.ok).toBe(true);
  await host.invoke('session.lock', {});
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

describe('UnlockView', () => {
  it("shows the core's own message for a wrong passphrase and keeps what was typed", { timeout: 30_000 }, async () => {
    app = await mountApp('/');
    expect(app.router.currentRoute.value.name).toBe('unlock');

    typeInto('unlock-login', DIRECTOR.login);
    typeInto('unlock-passphrase', 'not the passphrase at all');
    submitFormOf('unlock-submit');

    await vi.waitFor(() => expect(byTestId('unlock-alert')).not.toBeNull(), { timeout: 10_000 });
    expect(byTestId('unlock-alert')?.textContent).toContain('That login name and passphrase do not match. Check them and try again.');
    expect(feedbackFor('unlock-passphrase')).toBe('');
    expect(byTestId<HTMLInputElement>('unlock-login')?.value).toBe(DIRECTOR.login);
    expect(byTestId<HTMLInputElement>('unlock-passphrase')?.value).toBe('not the passphrase at all');
    expect(app.router.currentRoute.value.name).toBe('unlock');
  });

  it('unlocks with the right passphrase and lands on the home screen', { timeout: 30_000 }, async () => {
    app = await mountApp('/');
    typeInto('unlock-login', DIRECTOR.login);
    typeInto('unlock-passphrase', DIRECTOR.passphrase);
    submitFormOf('unlock-submit');

    await vi.waitFor(() => expect(app?.router.currentRoute.value.name).toBe('home'), { timeout: 10_000 });
    expect(byTestId('org-name')?.textContent).toBe(ORGANISATION.name);
  });
});
