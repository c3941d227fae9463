// A review pack of a case with thousands of records (SPEC section 8 wants a pack with charts in
// well under two seconds on a large store): the chronology table runs over many pages with its
// header row repeated on each, rows long enough to cross a page break are split rather than
// lost, and every page is numbered "page X of Y". Time and size are logged, never asserted:
// they depend on the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary, Input } from '../../../electron/core/contract';
import { ok } from '../support/temp-store';
import { setUpTeam, type Team } from '../support/team';
import { keepPdf, pdfPages } from './pdf-text';

const RECORDS = Number(process.env.THRESHOLD_PACK_RECORDS ?? 3000);
let t: Team;
let kase: CaseSummary;
const LONG = `LONG-FACT ${'The client described the same concern again at length, repeating each point made before. '.repeat(60)}END-OF-LONG-FACT`;

beforeAll(async () => {
  t = await setUpTeam({ at: new Date('2026-11-30T12:00:00Z') });
  kase = await t.newCase('online_tuition', 'Dana Whitfield');
  const start = Date.parse('2025-12-01T09:00:00Z');
  const step = Math.floor((Date.parse('2026-11-29T09:00:00Z') - start) / RECORDS);
  for (let i = 0; i < RECORDS; i++) {
    const input: Input<'records.create'> = {
      caseId: kase.id,
      type: 'contact',
      occurredAt: new Date(start + i * step).toISOString(),
      fact: i === 1500 ? LONG : `Record ${String(i).padStart(4, '0')}: the client emailed about homework.`,
      analysis: i % 3 === 0 ? 'Staff view: the tone was courteous.' : '',
      significant: i % 10 === 0,
      details: { medium: 'email', line: 'company_email', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [t.tutor.id], purpose: 'tuition_or_support', withinAllocatedTimes: i % 4 !== 0 },
    };
    await ok(t.store.core, 'records.create', input);
  }
}, 600_000);
afterAll(() => t.store.cleanup());

describe(`review pack of a case with ${RECORDS} records`, () => {
  it('runs the chronology over many pages with the header row repeated on each, every page numbered', async () => {
    const began = performance.now();
    const file = await ok(t.store.core, 'documents.reviewPack', { caseId: kase.id, chronology: 'all' });
    const ms = performance.now() - began;
    const bytes = Buffer.from(file.pdf, 'base64').length;
    console.log(`review pack, ${RECORDS} records, chronology all: ${ms.toFixed(0)} ms, ${file.pages} pages, ${(bytes / 1024).toFixed(0)} KiB`);
    keepPdf('large-pack.pdf', file.pdf);

    const pages = pdfPages(file.pdf);
    expect(pages.length).toBe(file.pages);
    expect(file.pages).toBeGreaterThan(10);
    // The table's header row is on every page of the chronology.
    const withHeader = pages.filter((p) => /Date and time\s+Type\s+Fact\s+Analysis\s+Signif\./.test(p));
    expect(withHeader.length).toBeGreaterThan(10);
    expect(pages.every((p, i) => p.includes(`page ${i + 1} of ${pages.length}`))).toBe(true);
    // Every record is there, the first and the last, and the long one from start to end.
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Record 0000: the client emailed about homework.');
    expect(all).toContain(`Record ${String(RECORDS - 1).padStart(4, '0')}: the client emailed about homework.`);
    expect(all).toContain('LONG-FACT');
    expect(all).toContain('END-OF-LONG-FACT');
  }, 300_000);

  it('prints the significant events only by default, and logs the time', async () => {
    const began = performance.now();
    const file = await ok(t.store.core, 'documents.reviewPack', { caseId: kase.id });
    console.log(`review pack, ${RECORDS} records, significant events (${RECORDS / 10}): ${(performance.now() - began).toFixed(0)} ms, ${file.pages} pages`);
    const all = pdfPages(file.pdf).join('\n').replace(/\s+/g, ' ');
    expect(all).toContain(`Chronology: significant events (${RECORDS / 10} of ${RECORDS} records)`);
    expect(all).toContain('Record 0010:');
    expect(all).not.toContain('Record 0011:');
  }, 300_000);
});
