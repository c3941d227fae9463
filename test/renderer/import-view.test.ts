// The contact import wizard against a real core: a file with a bad row shows that row's number,
// column and reason in the error table and cannot be imported; the fixed file imports.
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { byTestId, choose, click, mountApp, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';
import { seedCase, type SeededCase } from './support/case-seed';

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

const HEADER = 'Date,Time,Type,Direction,Agent,Duration,Notes';
const GOOD = ['01/10/2026,16:30,Phone call,Inbound,Tom Pascoe,4:32,Asked about homework.', '02/10/2026,09:00,Text,Outbound,,,"Sent the timetable, as asked."'];
const BAD = '03/10/2026,25:10,Phone call,Inbound,Tim Pascoe,3,Rang again.';
const FIXED = '03/10/2026,15:10,Phone call,Inbound,Tom Pascoe,3,Rang again.';

/** Picks a file in the wizard's file input, as a person does through the file dialog. */
async function pickFile(name: string, lines: readonly string[]): Promise<void> {
  const input = byTestId<HTMLInputElement>('import-file');
  if (!input) throw new Error('No file input');
  const file = new File([`${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await flushPromises();
}

const cellsOf = (testId: string) => [...document.querySelectorAll(`[data-testid="${testId}"]`)].map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim()));
const importButton = () => byTestId<HTMLButtonElement>('import-submit');

describe('ImportContactsView', () => {
  it('lists every problem by row, column and reason, imports nothing, then imports the fixed file', { timeout: 40_000 }, async () => {
    app = await mountApp('/import');
    await vi.waitFor(() => expect(byTestId('import-case')).not.toBeNull());
    await choose('import-case', `${seed.kase.reference} · Amira Haddad`);
    await pickFile('calls.csv', [HEADER, ...GOOD, BAD]);

    await vi.waitFor(() => expect(cellsOf('import-error-row')).toHaveLength(2));
    expect(cellsOf('import-error-row')).toEqual([
      ['4', 'Time', '"25:10" is not a time of day'],
      ['4', 'Agent', 'No staff person is called "Tim Pascoe" (add them as staff first, or correct the spelling)'],
    ]);
    expect(byTestId('import-errors')?.textContent).toContain('2 problems in 1 row: nothing can be imported until they are fixed');
    expect(byTestId('import-summary')?.textContent).toContain('3 rows in the file; 2 rows are ready to import');
    expect(cellsOf('import-preview-row')[0]?.slice(0, 3)).toEqual(['2', 'Thu 1 Oct 2026, 16:30', 'Phone call']);
    expect(importButton()?.disabled).toBe(true);
    expect(await host.invoke('chronology.list', { caseId: seed.kase.id })).toMatchObject({ ok: true, value: { total: 0 } });

    await pickFile('calls-fixed.csv', [HEADER, ...GOOD, FIXED]);
    await vi.waitFor(() => expect(importButton()?.disabled).toBe(false));
    expect(byTestId('import-errors')).toBeNull();
    expect(importButton()?.textContent).toContain('Import 3 contacts');
    click('import-submit');

    await vi.waitFor(() => expect(byTestId('import-done')?.textContent).toContain('Imported 3 contacts'));
    const list = await host.invoke('chronology.list', { caseId: seed.kase.id });
    expect(list.ok && list.value.entries.map((e) => e.fact)).toEqual(['Asked about homework.', 'Sent the timetable, as asked.', 'Rang again.']);
    expect(byTestId('import-open-case')?.getAttribute('href')).toContain(`/cases/${seed.kase.id}`);
  });

  it('keeps the columns when the date column is unmapped, and says so beside it', { timeout: 40_000 }, async () => {
    app = await mountApp(`/import?caseId=${seed.kase.id}`);
    await vi.waitFor(() => expect(byTestId<HTMLInputElement>('import-file')?.disabled).toBe(false));
    await pickFile('calls.csv', [HEADER, ...GOOD]);
    await vi.waitFor(() => expect(importButton()?.disabled).toBe(false));

    // Naive UI shows a select's clear button while the pointer is over it.
    byTestId('import-map-occurredAt')?.querySelector('.n-base-selection')?.dispatchEvent(new MouseEvent('mouseenter'));
    await flushPromises();
    const clear = byTestId('import-map-occurredAt')?.querySelector<HTMLElement>('.n-base-clear__clear');
    if (!clear) throw new Error('The date column select offers no clear button');
    clear.click();
    await vi.waitFor(() => expect(byTestId('import-alert')?.textContent).toContain('“Date and time (or date)” is required'), { timeout: 5000 });
    expect(byTestId('import-mapping')?.textContent).toContain('is required: choose the column holding each contact’s date (and time)');
    expect(byTestId('import-submit')).toBeNull();
  });
});
