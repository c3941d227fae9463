// The director's Data protection screen against a real core: a subject access draft with the tutor
// redacted and the safeguarding note left out, its release into a folder, an erasure refused with
// the core's Art. 17(3) message, and the closed cases past their retention period.
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { byTestId, choose, click, feedbackFor, mountApp, typeInto, type MountedApp } from './support/mount-app';
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

async function seed(): Promise<SeededCase> {
  const s = await seedCase(host);
  await ok(host, 'records.create', {
    caseId: s.kase.id,
    type: 'contact',
    occurredAt: '2026-02-02T10:00:00Z',
    fact: 'Amira rang; Tom Pascoe took the call.',
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [s.kase.clientId], staffParties: [s.tutor.id], purpose: 'enquiry' },
  });
  await ok(host, 'records.create', { caseId: s.kase.id, type: 'safeguarding_note', occurredAt: '2026-02-03T10:00:00Z', fact: 'A disclosure.', details: { concern: 'risk_to_others', reportRequired: false } });
  const old = await ok(host, 'cases.create', { clientName: 'Lowenna Rowe', service: 'online_tuition', startDate: '2015-09-01', allocatedWorkerId: s.tutor.id, clientManagerId: s.director.id });
  await ok(host, 'cases.close', { caseId: old.id, closedOn: '2016-07-31', reason: 'Finished.' });
  return s;
}

async function openTab(label: string): Promise<void> {
  const tab = [...document.querySelectorAll<HTMLElement>('.n-tabs-tab')].find((t) => t.textContent?.trim() === label);
  if (!tab) throw new Error(`No tab ${label}`);
  tab.click();
  await flushPromises();
}

/** The client lists fill once the screen has loaded the cases and erasures. */
async function loaded(select: string): Promise<void> {
  await vi.waitFor(() => expect(byTestId(select)?.querySelector('.n-base-selection--disabled')).toBeNull());
}

/** Ticks a Naive UI checkbox: its root element is the role="checkbox" control. */
function check(testId: string): void {
  const box = byTestId(testId);
  if (box?.getAttribute('role') !== 'checkbox') throw new Error(`No checkbox ${testId}`);
  box.click();
}

describe('DataProtectionView', () => {
  it('prepares a redacted draft, releases it into a folder, and shows an erasure refused under Art. 17(3)', { timeout: 60_000 }, async () => {
    await seed();
    app = await mountApp('/data-protection');
    await loaded('sar-client');
    await choose('sar-client', 'Amira Haddad (TH-0001)');
    click('sar-prepare');
    await vi.waitFor(() => expect(byTestId('sar-draft')?.textContent).toContain('Amira rang; [tutor] took the call.'));
    expect(byTestId('sar-draft')?.textContent).not.toContain('Tom Pascoe');
    expect(byTestId('sar-restricted')?.textContent).toBe('Safeguarding notes left out: 1.');

    click('sar-release');
    await flushPromises();
    expect(feedbackFor('sar-out-dir')).toBe('Confirm that you have reviewed the redactions first');
    typeInto('sar-out-dir', host.dir);
    check('sar-reviewed');
    await flushPromises();
    click('sar-release');
    await vi.waitFor(() => expect(byTestId('sar-released')?.textContent).toMatch(new RegExp(`^Released: ${host.dir}/subject-access-[\\d-]+-[0-9a-f]{8}\\.json and .*\\.pdf\\.$`)));
    expect(byTestId('sar-draft')).toBeNull();

    await openTab('Erasure');
    await choose('erase-client', 'Amira Haddad (TH-0001)');
    typeInto('erase-reason', 'The client asked in writing.');
    check('erase-understood');
    await flushPromises();
    click('erase-confirm');
    await vi.waitFor(() => expect(byTestId('erase-alert')?.textContent).toContain('Erasure is refused while a safeguarding note applies (UK GDPR Art. 17(3)): TH-0001 has one. Nothing was erased.'));

    await openTab('Retention');
    await vi.waitFor(() => expect(byTestId('retention-due')?.textContent).toContain('TH-0002 · Lowenna Rowe'));
    expect(byTestId('retention-due')?.textContent).toContain('31 Jul 2022');
    expect(byTestId('retention-due')?.textContent).not.toContain('TH-0001');
  });

  it('erases a client with no safeguarding note and lists the tombstone', { timeout: 60_000 }, async () => {
    await seed();
    app = await mountApp('/data-protection');
    await openTab('Erasure');
    await loaded('erase-client');
    await choose('erase-client', 'Lowenna Rowe (TH-0002)');
    typeInto('erase-reason', 'Retention period ended; erased on review.');
    check('erase-understood');
    await flushPromises();
    click('erase-confirm');
    await vi.waitFor(() => expect(byTestId('erase-done')?.textContent).toBe('Erased: 0 record(s) of TH-0002.'));
    expect(byTestId('tombstones')?.textContent).toContain('Retention period ended; erased on review.');
    expect(byTestId('tombstones')?.textContent).toContain('TH-0002');
  });
});
