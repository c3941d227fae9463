// Settings → Letterhead against a real core: the director's change is stored and comes back on
// the next visit; an out-of-range value is refused beside its field and nothing typed is lost.
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

const ROUTE = 'Write to the chair of trustees, 4 Quay Street, Truro TR1 2HE.';

describe('the letterhead settings', () => {
  it("saves the director's contact lines and appeal route, which the next visit shows", { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/letterhead');
    await vi.waitFor(() => expect(byTestId('letterhead-form')).not.toBeNull());
    expect(byTestId('nav-letterhead')).not.toBeNull();
    expect(byTestId('letterhead-logo-none')).not.toBeNull();
    expect(byTestId<HTMLInputElement>('letterhead-appeal-days')?.value).toBe('28');
    typeInto('letterhead-phone', '01872 555 010');
    typeInto('letterhead-appeal-to', ROUTE);
    submitFormOf('letterhead-save');
    await vi.waitFor(() => expect(byTestId('letterhead-saved')).not.toBeNull());
    expect(await ok(host, 'letterhead.get', {})).toMatchObject({ phone: '01872 555 010', appealTo: ROUTE, appealDays: 28 });

    app.unmount();
    app = await mountApp('/settings/letterhead');
    await vi.waitFor(() => expect(byTestId<HTMLInputElement>('letterhead-phone')?.value).toBe('01872 555 010'));
    expect(byTestId<HTMLTextAreaElement>('letterhead-appeal-to')?.value).toBe(ROUTE);
  });

  it("shows the core's objection beside the field and keeps what was typed", { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/letterhead');
    await vi.waitFor(() => expect(byTestId('letterhead-form')).not.toBeNull());
    typeInto('letterhead-email', 'not an address');
    submitFormOf('letterhead-save');
    await vi.waitFor(() => expect(feedbackFor('letterhead-email')).not.toBe(''));
    expect(byTestId('letterhead-saved')).toBeNull();
    expect(byTestId<HTMLInputElement>('letterhead-email')?.value).toBe('not an address');
    expect((await ok(host, 'letterhead.get', {})).email).toBe('');
  });
});
