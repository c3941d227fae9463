import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { seedCase } from './support/case-seed';
import { byTestId, click, mountApp, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

describe('AccessLogView', () => {
  it('shows who opened a case, and verifies the audit trail on request', { timeout: 30_000 }, async () => {
    const seed = await seedCase(host);
    expect((await host.invoke('cases.get', { caseId: seed.kase.id })).ok).toBe(true);
    app = await mountApp('/access-log');
    await vi.waitFor(() => expect(byTestId('access-table')?.textContent).toContain(`${seed.kase.reference} · ${seed.kase.clientName}`));
    expect(byTestId('access-table')?.textContent).toContain('Case');
    click('verify-audit');
    await vi.waitFor(() => expect(byTestId('audit-verdict')?.textContent).toMatch(/^The audit trail is intact: \d+ changes, every link verified\.$/));
  });
});
