// First: virtual lists need a ResizeObserver that reports a size (see the file).
import './support/resize-observer';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ChronologyEntry } from '../../electron/core/contract';
import ChronologyTable from '../../src/components/chronology/ChronologyTable.vue';
import { chronologyRows } from '../../src/components/chronology/chronology-rows';

const COUNT = 50_000;
const START = Date.parse('2020-01-01T09:00:00Z');

/** A case with 50,000 contacts, one every three hours, and a gap every so often. */
function largeCase(): { entries: ChronologyEntry[]; gaps: { from: string; to: string; days: number }[] } {
  const entries = Array.from({ length: COUNT }, (_, i): ChronologyEntry => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: 'contact',
    version: 1,
    occurredAt: new Date(START + i * 3 * 3_600_000).toISOString(),
    significant: i % 97 === 0,
    restricted: false,
    summary: `Phone call from Amira Haddad · main desk phone (${i})`,
    fact: `Call number ${i}.`,
    parties: [{ id: '00000000-0000-4000-8000-aaaaaaaaaaaa', fullName: 'Amira Haddad', side: 'client' }],
  }));
  return { entries, gaps: [{ from: '2020-01-02', to: '2020-03-01', days: 59 }] };
}

describe('a chronology of 50,000 records', () => {
  // How fast the rows build and scroll is the benchmark's to measure (npm run bench), not a test's.
  it('builds its rows and renders only the rows in view, moving them as it scrolls', { timeout: 30_000 }, async () => {
    const { entries, gaps } = largeCase();
    const rows = chronologyRows(entries, gaps, false);
    expect(rows).toHaveLength(COUNT + 1);
    expect(rows[0]?.kind).toBe('entry');

    const host = document.createElement('div');
    document.body.appendChild(host);
    const wrapper = mount(ChronologyTable, { props: { rows, loading: false, emptyText: 'No records yet', caseId: '00000000-0000-4000-8000-bbbbbbbbbbbb' }, attachTo: host });
    const rendered = () => [...document.querySelectorAll<HTMLElement>('[data-testid="chronology-row"]')];
    await vi.waitFor(() => expect(rendered().length).toBeGreaterThan(0));
    // A 600-pixel window shows about nine rows of 68 pixels: a handful are in the page, not 50,000.
    expect(rendered().length).toBeLessThan(30);
    expect(rendered()[0]?.textContent).toContain('Call number 0.');

    const scroller = document.querySelector<HTMLElement>('.v-vl');
    if (!scroller) throw new Error('No virtual list');
    scroller.scrollTop = 68 * 30_000;
    scroller.dispatchEvent(new Event('scroll'));
    await flushPromises();
    await vi.waitFor(() => expect(rendered()[0]?.textContent).not.toContain('Call number 0.'));
    expect(rendered().length).toBeLessThan(30);
    wrapper.unmount();
    host.remove();
  });
});
