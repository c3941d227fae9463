// The documents on the demo organisation, which has casework of every kind: the oversight register
// and the restriction register print what registers.oversight and registers.restrictions return,
// for the director and the appeals officer only; every demo case's pack (plain and redacted)
// renders, and the redacted one names none of the demo's people, staff or clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core';
import { DEMO_PASSPHRASE } from '../../../electron/core/contract';
import { ok, tempDir } from '../support/temp-store';
import { keepPdf, pdfText } from './pdf-text';

const NOW = new Date('2026-11-18T12:00:00Z');
const temp = tempDir('threshold-demo-docs-');
let core: Core;

beforeAll(async () => {
  core = openCore({ storeDir: temp.dir, clock: { now: () => NOW } });
  await ok(core, 'demo.create', {});
}, 120_000);
afterAll(() => {
  core?.close();
  temp.remove();
});

async function as(login: string): Promise<void> {
  await ok(core, 'session.lock', {});
  await ok(core, 'session.unlock', { login, passphrase: DEMO_PASSPHRASE });
}

describe('registers as PDFs', () => {
  it('the oversight register prints every warning, restriction, withdrawal and appeal of the period, by case reference', async () => {
    await as('director');
    const data = await ok(core, 'registers.oversight', { from: '2025-01-01', to: '2026-11-18' });
    expect(data.entries.length).toBeGreaterThan(3);
    const file = await ok(core, 'documents.oversightRegister', { from: '2025-01-01', to: '2026-11-18' });
    keepPdf('oversight.pdf', file.pdf);
    expect(file.fileName).toBe('oversight-register-2025-01-01-to-2026-11-18.pdf');
    const text = pdfText(file.pdf);
    expect(text).toContain('Oversight register');
    expect(text).toContain('1 January 2025 to 18 November 2026');
    for (const e of data.entries) {
      expect(text).toContain(e.reference);
      expect(text).toContain(e.description.split(' ')[0]!);
    }
    for (const kind of ['warning', 'restriction', 'withdrawal', 'appeal'] as const) expect(text).toContain(`${kind}s ${data.entries.filter((e) => e.kind === kind).length}`);
    expect(text).toMatch(/page 1 of \d+/);
  });

  it('the restriction register prints every restriction and agreement with its review date and state', async () => {
    const data = await ok(core, 'registers.restrictions', {});
    expect(data.items.length).toBeGreaterThan(0);
    const file = await ok(core, 'documents.restrictionRegister', {});
    keepPdf('restrictions.pdf', file.pdf);
    const text = pdfText(file.pdf);
    expect(text).toContain('Restriction register');
    expect(text).toContain('as of 18 November 2026');
    const STATE: Record<string, string> = { in_force: 'In force', review_due: 'Review due', lapsed: 'Lapsed', lifted: 'Lifted', overturned: 'Overturned' };
    for (const r of data.items) {
      expect(text).toContain(r.reference);
      expect(text).toContain(STATE[r.state]);
    }
  });

  it('the appeals officer may print both; a client manager may not', async () => {
    await as('appeals');
    expect((await ok(core, 'documents.oversightRegister', { from: '2026-01-01', to: '2026-11-18' })).pages).toBeGreaterThan(0);
    expect((await ok(core, 'documents.restrictionRegister', { asOf: '2026-06-30' })).pages).toBeGreaterThan(0);
    await as('clientmanager');
    expect(await core.invoke('documents.oversightRegister', { from: '2026-01-01', to: '2026-11-18' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await core.invoke('documents.restrictionRegister', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('review packs of the demo cases', () => {
  it('renders every case, and the redacted copy names none of the demo people', async () => {
    await as('director');
    const cases = await ok(core, 'cases.list', {});
    const staff = await ok(core, 'people.listStaff', {});
    const names = new Set<string>();
    for (const s of staff) for (const part of s.fullName.split(/\s+/)) if (part.length >= 3) names.add(part);
    for (const kase of cases) {
      const detail = await ok(core, 'cases.get', { caseId: kase.id });
      for (const p of detail.clientSide) for (const part of p.fullName.split(/\s+/)) if (part.length >= 3) names.add(part);
    }
    for (const kase of cases) {
      const plain = await ok(core, 'documents.reviewPack', { caseId: kase.id, chronology: 'all' });
      expect(pdfText(plain.pdf)).toContain(kase.clientName);
      const redacted = await ok(core, 'documents.reviewPack', { caseId: kase.id, chronology: 'all', redacted: true });
      keepPdf(`demo-${kase.reference}.pdf`, plain.pdf);
      keepPdf(`demo-${kase.reference}-redacted.pdf`, redacted.pdf);
      const text = pdfText(redacted.pdf);
      const found = [...names].filter((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(text));
      expect(found, `${kase.reference}: names left in the redacted copy`).toEqual([]);
      expect(text).toContain('the client');
    }
  }, 120_000);
});
