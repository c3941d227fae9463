// First: virtual lists need a ResizeObserver that reports a size (see the file).
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { contact, ok, seedCase, type SeededCase } from './support/case-seed';
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

/** The rows of the chronology as shown: an entry's type, or "gap: <its text>". */
function shownRows(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-testid="chronology-row"], [data-testid="chronology-gap-row"]')].map((row) =>
    row.dataset.testid === 'chronology-gap-row' ? `gap: ${row.textContent?.trim()}` : (row.dataset.type ?? ''),
  );
}

const entryRows = () => shownRows().filter((r) => !r.startsWith('gap'));

describe('the chronology tab', () => {
  it('lists records of every type in date order, whatever order they were entered, with a gap in contact as its own row', { timeout: 30_000 }, async () => {
    const { kase, tutor } = seed;
    await ok(host, 'records.create', { caseId: kase.id, type: 'complaint', occurredAt: '2026-06-20T09:00:00Z', fact: 'Complained that fractions were not taught.', details: { route: 'email', aboutPersonId: tutor.id, investigationStatus: 'received' } });
    await ok(host, 'records.create', contact(seed, '2026-06-01T16:30:00Z', 'Phoned about homework.'));
    await ok(host, 'records.create', { caseId: kase.id, type: 'session', occurredAt: '2026-06-08T15:00:00Z', fact: 'Lesson on fractions.', details: { workerId: tutor.id, kind: 'Maths lesson', location: 'online_from_home', outcome: 'attended' } });
    await ok(host, 'records.create', contact(seed, '2026-02-01T10:00:00Z', 'First call: asked about tuition.'));

    app = await mountApp(`/cases/${kase.id}?tab=chronology`);
    await vi.waitFor(() => expect(entryRows()).toHaveLength(4));
    expect(entryRows()).toEqual(['contact', 'contact', 'session', 'complaint']);
    // 1 Feb to 1 Jun 2026 with no contact: a row of its own, in words, between the two calls.
    const rows = shownRows();
    expect(rows[1]).toMatch(/^gap: .*No contact for 120 days.*1 Feb 2026 to 1 Jun 2026/);
    expect(rows[0]).toBe('contact');
    expect(rows[2]).toBe('contact');
    const first = document.querySelector('[data-testid="chronology-row"]');
    expect(first?.textContent).toContain('Sun 1 Feb 2026, 10:00');
    expect(first?.textContent).toContain('First call: asked about tuition.');
    expect(first?.textContent).toContain('Amira Haddad, Tom Pascoe');
    // Summer time: 16:30 UTC is 17:30 in London.
    expect(document.querySelectorAll('[data-testid="chronology-row"]')[1]?.textContent).toContain('Mon 1 Jun 2026, 17:30');

    click('chronology-newest-first');
    await vi.waitFor(() => expect(entryRows()).toEqual(['complaint', 'session', 'contact', 'contact']));
  });

  it('narrows to significant events and to words in the fact', { timeout: 30_000 }, async () => {
    await ok(host, 'records.create', contact(seed, '2026-06-01T10:00:00Z', 'Asked for the tutor’s mobile number.', { significant: true }));
    await ok(host, 'records.create', contact(seed, '2026-06-03T10:00:00Z', 'Thanked the desk.'));
    app = await mountApp(`/cases/${seed.kase.id}?tab=chronology`);
    await vi.waitFor(() => expect(entryRows()).toHaveLength(2));
    expect(document.querySelectorAll('[data-testid="tag-significant"]')).toHaveLength(1);

    click('chronology-significant');
    await vi.waitFor(() => expect(entryRows()).toHaveLength(1));
    expect(byTestId('chronology-count')?.textContent).toContain('1 of 2 records');

    click('chronology-clear');
    await vi.waitFor(() => expect(entryRows()).toHaveLength(2));
  });

  it('marks a restricted record (a safeguarding note) with a Restricted tag', { timeout: 30_000 }, async () => {
    await ok(host, 'records.create', {
      caseId: seed.kase.id,
      type: 'safeguarding_note',
      occurredAt: '2026-06-05T10:00:00Z',
      fact: 'Student said they felt unsafe at home.',
      details: { concern: 'risk_to_others', reportRequired: true },
    });
    app = await mountApp(`/cases/${seed.kase.id}?tab=chronology`);
    await vi.waitFor(() => expect(entryRows()).toEqual(['safeguarding_note']));
    expect(document.querySelector('[data-testid="chronology-row"] [data-testid="tag-restricted"]')?.textContent).toBe('Restricted');
  });
});
