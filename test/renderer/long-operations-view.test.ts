// The review pack as a long operation in the renderer (issue 9), through the real core: while it
// is made, its step shows in words with a Cancel; a cancel is heard by the core before it writes,
// and the tab says the pack was cancelled; left alone, the preview replaces the bar.
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { seedCase, type SeededCase } from './support/case-seed';
import { byTestId, click, mountApp, type MountedApp } from './support/mount-app';
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

const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the review pack while it is made', () => {
  it('shows its step with a Cancel, then the preview in its place', { timeout: 60_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}?tab=review`);
    await vi.waitFor(() => expect(byTestId('review-build')).not.toBeNull());
    click('review-build');
    await vi.waitFor(() => expect(text('review-progress-label')).toMatch(/^(Starting the review pack…|.+… \(step \d of 4\))$/), { interval: 5 });
    expect(byTestId('review-progress-cancel')?.textContent?.trim()).toBe('Cancel');
    await vi.waitFor(() => expect(byTestId('review-preview')).not.toBeNull(), { timeout: 30_000 });
    expect(byTestId('review-progress')).toBeNull();
  });

  it('cancelled, says so and shows no pack', { timeout: 60_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}?tab=review`);
    await vi.waitFor(() => expect(byTestId('review-build')).not.toBeNull());
    click('review-build');
    await vi.waitFor(() => expect(byTestId('review-progress-cancel')).not.toBeNull(), { interval: 5 });
    click('review-progress-cancel');
    await vi.waitFor(() => expect(text('review-alert')).toContain('The review pack was cancelled; nothing was written.'), { timeout: 30_000 });
    expect(byTestId('review-progress')).toBeNull();
    expect(byTestId('review-preview')).toBeNull();
  });
});
