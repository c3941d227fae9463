// Settings → Organisation against a real core: the director changes the organisation's name,
// address and idle time; the header shows the new name at once and the core holds all three; an
// emptied name is refused beside its field, keeping what was typed elsewhere.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase } from './support/case-seed';
import { byTestId, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  await seedCase(host);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

const value = (testId: string) => byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)?.value;

describe('the organisation settings', () => {
  it('saves the name, address and idle time; the header follows at once', { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/letterhead');
    await vi.waitFor(() => expect(byTestId('organisation-form')).not.toBeNull());
    expect(byTestId('nav-letterhead')?.textContent).toBe('Organisation');
    const before = await ok(host, 'org.get', {});
    expect(value('org-name-input')).toBe(before.name);
    expect(value('org-auto-lock')).toBe(String(before.autoLockMinutes));

    typeInto('org-name-input', 'Kernow Family Learning');
    typeInto('org-address', '2 Quay Street\nTruro\nTR1 2HE');
    typeInto('org-auto-lock', '25');
    byTestId('org-auto-lock')?.dispatchEvent(new Event('blur'));
    submitFormOf('organisation-save');
    await vi.waitFor(() => expect(byTestId('organisation-saved')).not.toBeNull());
    expect(await ok(host, 'org.get', {})).toEqual({ name: 'Kernow Family Learning', address: '2 Quay Street\nTruro\nTR1 2HE', autoLockMinutes: 25 });
    await vi.waitFor(() => expect(byTestId('org-name')?.textContent).toBe('Kernow Family Learning'));
    expect((await ok(host, 'session.status', {})).autoLockMinutes).toBe(25);
  });

  it("shows the core's objection beside the name and keeps the rest", { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/letterhead');
    await vi.waitFor(() => expect(byTestId('organisation-form')).not.toBeNull());
    const before = await ok(host, 'org.get', {});
    typeInto('org-name-input', '   ');
    typeInto('org-address', 'A new address');
    submitFormOf('organisation-save');
    await vi.waitFor(() => expect(feedbackFor('org-name-input')).toBe('Is required'));
    expect(byTestId('organisation-saved')).toBeNull();
    expect(value('org-address')).toBe('A new address');
    expect(await ok(host, 'org.get', {})).toEqual(before);
  });
});
