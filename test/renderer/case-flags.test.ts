// First: virtual lists need a ResizeObserver that reports a size (the chronology is one).
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { addUser, minorIncidents, personalText, signInAs } from './support/flag-seed';
import { byTestId, mountApp, type MountedApp } from './support/mount-app';
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

const flag = (id: string) => document.querySelector<HTMLElement>(`[data-testid="case-flag"][data-flag="${id}"]`);
const squash = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';
const chronologyIds = () => [...document.querySelectorAll<HTMLElement>('[data-testid="chronology-row"]')].map((r) => r.dataset.recordId);

/** A contact between the client and one staff person on the practice mobile, at 10:00 UTC. */
const call = (staffId: string, day: string) =>
  ok(host, 'records.create', {
    caseId: seed.kase.id,
    type: 'contact',
    occurredAt: `${day}T10:00:00Z`,
    fact: 'Talked about the lessons.',
    details: { medium: 'phone_call', line: 'practice_mobile', direction: 'from_client_side', clientParties: [seed.kase.clientId], staffParties: [staffId], purpose: 'enquiry' },
  });

describe("the case's flags on the Overview", () => {
  it('lists each flag with its citation, every finding with its period and sentence, and opens its evidence in the chronology', { timeout: 60_000 }, async () => {
    const incidents = await minorIncidents(host, seed, ['2026-02-02', '2026-02-20', '2026-03-10']);
    const text = await personalText(host, seed, seed.kase, '2026-03-04T18:30:00Z');
    app = await mountApp(`/cases/${seed.kase.id}`);
    await vi.waitFor(() => expect(flag('BND-1')).not.toBeNull());

    const bnd = flag('BND-1')!;
    expect(squash(bnd.querySelector('h3')?.textContent)).toBe('BND-1 Boundary transgressions accumulating');
    expect(bnd.querySelector('[data-testid="case-flag-citation"]')?.textContent).toContain('Professional boundaries');
    const finding = bnd.querySelector('[data-testid="case-finding"]');
    expect(squash(finding?.textContent)).toContain('2 Feb 2026 to 10 Mar 2026');
    expect(finding?.querySelector('[data-testid="case-finding-sentence"]')?.textContent).toContain('3 minor boundary incidents involving Tom Pascoe');
    expect(squash(flag('PAIR-2')?.textContent)).toContain('Contact through a text message from a personal phone');
    expect(byTestId('case-flags-restricted')).toBeNull();

    finding?.querySelector<HTMLAnchorElement>('[data-testid="case-finding-evidence"]')?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.query).toMatchObject({ tab: 'chronology', records: incidents.join(','), flag: 'BND-1' }));
    await vi.waitFor(() => expect(chronologyIds()).toEqual(incidents));
    expect(chronologyIds()).not.toContain(text);
  });

  it('shows the prompt of a possible re-pairing complaint (PAIR-4), and evaluates as of a date', { timeout: 60_000 }, async () => {
    const mentor = await ok(host, 'people.addStaff', { fullName: 'Grace Trelawny', staffRole: 'mentor' });
    // An isolated pair with the tutor in February, a call with the mentor, then a complaint about the tutor.
    for (const day of ['2026-02-02', '2026-02-04', '2026-02-06', '2026-02-10', '2026-02-12', '2026-02-16']) await call(seed.tutor.id, day);
    await call(mentor.id, '2026-03-10');
    await ok(host, 'records.create', { caseId: seed.kase.id, type: 'complaint', occurredAt: '2026-03-20T09:00:00Z', fact: 'Complained that the tutor is unreliable.', details: { route: 'email', aboutPersonId: seed.tutor.id, investigationStatus: 'received' } });

    app = await mountApp(`/cases/${seed.kase.id}`);
    await vi.waitFor(() => expect(flag('PAIR-4')).not.toBeNull());
    expect(flag('PAIR-4')?.querySelector('[data-testid="case-flag-prompt"]')?.textContent).toContain('do not pair with the client against the worker');
    expect(flag('PAIR-1')).not.toBeNull();

    const input = byTestId('case-flags-as-of')?.querySelector('input');
    if (!input) throw new Error('No as-of input');
    input.value = '15 Mar 2026';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(flag('PAIR-4')).toBeNull());
    expect(flag('PAIR-1')).not.toBeNull();
  });

  it("says SAFE-1 could not be checked when the reader cannot read the case's restricted records", { timeout: 60_000 }, async () => {
    await ok(host, 'records.create', {
      caseId: seed.kase.id,
      type: 'safeguarding_note',
      occurredAt: '2026-03-02T11:00:00Z',
      fact: 'The student said something worrying in the lesson.',
      details: { concern: 'risk_to_others', reportRequired: true, reportedOn: '2026-03-02' },
    });
    const other = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
    await signInAs(host, other);

    app = await mountApp(`/cases/${seed.kase.id}`);
    await vi.waitFor(() => expect(byTestId('case-flags-restricted')?.textContent).toContain("SAFE-1 could not be checked: you cannot read this case's restricted records."));
    expect(byTestId('case-flags-none')?.textContent).toMatch(/^No flags as of/);
  });
});
