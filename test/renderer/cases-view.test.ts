import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { byTestId, choose, chosenLabel, click, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { DIRECTOR, ORGANISATION } from './support/people';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  // Set up leaves the director signed in: the app opens straight on the case list.
  const setUp = await host.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR });
  expect(setUp.ok).toBe(true);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="case-row"]')];

describe('CasesView', () => {
  it('shows the empty state, then the new case as a row after creating it', { timeout: 30_000 }, async () => {
    app = await mountApp('/cases');
    await vi.waitFor(() => expect(byTestId('cases-empty')?.textContent).toContain('No cases yet'));
    expect(rows()).toHaveLength(0);

    click('create-first-case');
    await vi.waitFor(() => expect(byTestId('case-client-name')).not.toBeNull());
    // The signed-in director is the only possible client manager yet, and is chosen already.
    await vi.waitFor(() => expect(chosenLabel('case-manager')).toBe(`${DIRECTOR.fullName} · Director`));

    typeInto('case-client-name', 'Amira Haddad');
    await choose('case-service', 'Online tuition');
    // No tutor recorded yet: add one without leaving the dialog; they become the allocated worker.
    click('case-add-staff');
    await vi.waitFor(() => expect(byTestId('staff-full-name')).not.toBeNull());
    typeInto('staff-full-name', 'Tom Pascoe');
    click('staff-add');
    await vi.waitFor(() => expect(chosenLabel('case-worker')).toBe('Tom Pascoe · Tutor'));

    submitFormOf('case-submit');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    const cells = [...rows()[0]!.querySelectorAll('td')].map((td) => td.textContent?.trim());
    expect(cells.slice(0, 6)).toEqual(['TH-0001', 'Amira Haddad', 'Online tuition', 'Tom Pascoe', DIRECTOR.fullName, 'Active']);
    expect(cells[6]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/); // today, the British way
    expect(byTestId('cases-empty')).toBeNull();
  });

  it('keeps the dialog and what was typed when the core refuses, with its message beside the field', { timeout: 30_000 }, async () => {
    app = await mountApp('/cases');
    await vi.waitFor(() => expect(byTestId('new-case')).not.toBeNull());
    click('new-case');
    await vi.waitFor(() => expect(chosenLabel('case-manager')).not.toBe(''));
    await choose('case-service', 'Counselling (short-term)');
    click('case-add-staff');
    await vi.waitFor(() => expect(byTestId('staff-full-name')).not.toBeNull());
    typeInto('staff-full-name', 'Rhiannon Pryce');
    await choose('staff-role', 'Counsellor');
    click('staff-add');
    await vi.waitFor(() => expect(chosenLabel('case-worker')).toBe('Rhiannon Pryce · Counsellor'));
    typeInto('case-client-name', '   ');
    submitFormOf('case-submit');

    await vi.waitFor(() => expect(feedbackFor('case-client-name')).toBe('Is required'));
    expect(byTestId('new-case-dialog')).not.toBeNull();
    expect(chosenLabel('case-service')).toBe('Counselling (short-term)');
    expect(chosenLabel('case-worker')).toBe('Rhiannon Pryce · Counsellor');
    expect(rows()).toHaveLength(0);
  });
});
