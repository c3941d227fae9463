// Letters from the demo organisation through the API, as the issue checks them: every letter type
// drafted with its reasons from the evidence, its PDF's text compared with the case's data and
// holding no analysis or restricted (safeguarding) text (G-6), signing rights (G-5), and the
// immutability and re-verification of signed letters.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core';
import { DEMO_PASSPHRASE, LETTER_TYPES, type CaseSummary, type LetterType, type Output } from '../../../electron/core/contract';
import { ok, tempDir } from '../support/temp-store';
import { pdfText, sixWordRuns } from './pdf-text';

const NOW = new Date('2026-11-18T12:00:00Z');
const temp = tempDir('threshold-letters-');
let core: Core;
let cases: CaseSummary[];

async function as(login: string, c: Core = core): Promise<void> {
  await c.invoke('session.lock', {});
  await ok(c, 'session.unlock', { login, passphrase: DEMO_PASSPHRASE });
}

const byClient = (name: string): CaseSummary => cases.find((c) => c.clientName === name)!;

/** Every analysis field and every restricted record's text of a case, as the director reads them. */
async function caseRecords(c: Core, caseId: string) {
  const list = await ok(c, 'chronology.list', { caseId });
  return Promise.all(list.entries.map(async (e) => (await ok(c, 'records.get', { recordId: e.id })).record));
}

async function forbiddenTexts(c: Core, caseId: string): Promise<string[]> {
  const texts = (await caseRecords(c, caseId)).flatMap((r) => (r.restricted ? [r.fact, r.analysis] : [r.analysis])).filter((t) => t.trim().length >= 20);
  expect(texts.length, 'the case has analysis or restricted text to leave out').toBeGreaterThan(0);
  return texts;
}

beforeAll(async () => {
  core = openCore({ storeDir: temp.dir, clock: { now: () => NOW } });
  await ok(core, 'demo.create', {});
  cases = await ok(core, 'cases.list', {});
}, 120_000);
afterAll(() => {
  core.close();
  temp.remove();
});

describe('letters from the demo', () => {
  it('has signed letters and drafts in the demo, and all of them verify', async () => {
    await as('director');
    const all = (await Promise.all(cases.map((c) => ok(core, 'letters.list', { caseId: c.id })))).flat();
    expect(all.filter((l) => l.status === 'signed').map((l) => l.type).sort()).toEqual(['verbal_warning_confirmation', 'verbal_warning_confirmation', 'withdrawal_of_service', 'written_warning']);
    expect(all.filter((l) => l.status === 'draft').map((l) => l.type).sort()).toEqual(['communication_agreement', 'missed_sessions_notice']);
    const verified = await ok(core, 'letters.verify', {});
    expect(verified).toMatchObject({ checked: 4, valid: 4, failures: [] });
    expect(verified.auditHeads.valid).toBe(verified.auditHeads.checked);
    expect(verified.auditHeads.checked).toBeGreaterThanOrEqual(2);
    const signed = all.find((l) => l.status === 'signed')!;
    const pdf = Buffer.from((await ok(core, 'letters.preview', { letterId: signed.id })).pdf, 'base64');
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/); // the letterhead's logo
    expect(pdfText(pdf)).toContain('01872 555 0142');
  });

  it('refuses a letterhead logo that is not the image it claims to be, and keeps the one it had', async () => {
    await as('director');
    const before = await ok(core, 'letterhead.get', {});
    const fake = `data:image/png;base64,${Buffer.from('GIF89a not a png at all').toString('base64')}`;
    const result = await core.invoke('letterhead.set', { ...before, logo: fake });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'logo', message: 'is not a PNG image' }] });
    expect(await ok(core, 'letterhead.get', {})).toEqual(before);
    await as('clientmanager');
    expect((await core.invoke('letterhead.set', before)).ok ? null : 'refused').toBe('refused');
  });

  it('drafts every letter type with reasons from the evidence and quotes no analysis field or restricted record (G-6), even after the director restricts contact and warnings expire', async () => {
    await as('director');
    // The persistent caller's W-8 restriction awaits the director: decide it, so a restriction letter can be drafted.
    const caller = byClient('Deborah Retallick');
    const pending = (await ok(core, 'checklist.get', { caseId: caller.id })).proposals.find((p) => p.stage === 'awaiting_decision')!;
    await ok(core, 'decisions.decide', { proposalId: pending.id, approve: true, reasons: 'The agreement was breached after it was explained; the inbox and the weekly call stay open.' });
    const seen = new Set<LetterType>();
    const check = async (c: Core, kase: CaseSummary): Promise<void> => {
      const forbidden = (await forbiddenTexts(c, kase.id)).flatMap(sixWordRuns);
      for (const option of await ok(c, 'letters.options', { caseId: kase.id })) {
        const draft = await ok(c, 'letters.draft', { caseId: kase.id, type: option.type, source: option.source });
        expect(draft.problems, `${option.type} for ${kase.reference}`).toEqual([]);
        const text = pdfText((await ok(c, 'letters.preview', { letterId: draft.id })).pdf).toLowerCase();
        expect(text).toContain(kase.clientName.toLowerCase());
        expect(text).toContain(`${kase.reference}/l`.toLowerCase());
        for (const reason of draft.content.reasons) expect(text).toContain(reason.text.split(' ').slice(0, 4).join(' ').toLowerCase());
        for (const run of forbidden) expect(text, `${option.type} quotes “${run}”`).not.toContain(run);
        seen.add(option.type);
      }
    };
    for (const kase of cases) await check(core, kase);
    // A year and more later every warning has expired: the letters confirming it can be drafted.
    core.close();
    const later = openCore({ storeDir: temp.dir, clock: { now: () => new Date('2028-01-20T12:00:00Z') } });
    try {
      await as('director', later);
      for (const kase of cases) await check(later, kase);
    } finally {
      later.close();
      core = openCore({ storeDir: temp.dir, clock: { now: () => NOW } });
    }
    expect([...seen].sort()).toEqual([...LETTER_TYPES].sort());
  }, 240_000);

  it('refuses at signing an edited paragraph that quotes an analysis field or a safeguarding note, and signs nothing (G-6)', async () => {
    await as('director');
    const craig = byClient('Craig Nankervis');
    const natalie = byClient('Natalie Coad');
    const note = (await caseRecords(core, craig.id)).find((r) => r.restricted)!;
    const analysed = (await caseRecords(core, natalie.id)).find((r) => !r.restricted && r.analysis.split(' ').length >= 8)!;
    const tries = [
      { kase: craig, type: 'end_of_short_term_counselling', signer: 'clientmanager2', quoted: note.fact },
      { kase: natalie, type: 'verbal_warning_confirmation', signer: 'clientmanager', quoted: analysed.analysis },
    ] as const;
    for (const t of tries) {
      await as('director');
      const draft = await ok(core, 'letters.draft', { caseId: t.kase.id, type: t.type });
      const content = { ...draft.content, sections: draft.content.sections.map((s) => (s.key === 'expected' ? { ...s, text: `${s.text} ${t.quoted}` } : s)) };
      const saved = await ok(core, 'letters.update', { letterId: draft.id, expectedRevision: draft.revision, content });
      expect(saved.problems.map((p) => p.code)).toContain('G-6');
      await as(t.signer);
      const signed = await core.invoke('letters.sign', { letterId: draft.id, expectedRevision: saved.revision, passphrase: DEMO_PASSPHRASE });
      expect(signed.ok ? null : signed.error.code).toBe('guard_refused');
      expect(signed.ok ? '' : signed.error.message).toMatch(/^The expected paragraph: G-6 \(Sue Lambert Trust/);
      expect((await ok(core, 'letters.get', { letterId: draft.id })).status).toBe('draft');
    }
  });
});

describe('signing letters', () => {
  let written: Output<'letters.draft'>;
  beforeAll(async () => {
    await as('director');
    const kase = byClient('Natalie Coad');
    const option = (await ok(core, 'letters.options', { caseId: kase.id })).find((o) => o.type === 'written_warning')!;
    written = await ok(core, 'letters.draft', { caseId: kase.id, type: 'written_warning', source: option.source });
  });

  it('refuses a client manager who tries to sign the director’s letter, through the API (G-5)', async () => {
    await as('clientmanager');
    const result = await core.invoke('letters.sign', { letterId: written.id, expectedRevision: written.revision, passphrase: DEMO_PASSPHRASE });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'guard_refused', message: expect.stringMatching(/^G-5 .*only the director signs a written warning letter/) });
    expect((await ok(core, 'letters.get', { letterId: written.id })).status).toBe('draft');
  });

  it('refuses a client manager who does not manage the case, even for a client manager’s letter (G-5)', async () => {
    await as('clientmanager2');
    const kase = byClient('Natalie Coad');
    const draft = await ok(core, 'letters.draft', { caseId: kase.id, type: 'verbal_warning_confirmation' });
    const result = await core.invoke('letters.sign', { letterId: draft.id, expectedRevision: draft.revision, passphrase: DEMO_PASSPHRASE });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'guard_refused', message: expect.stringContaining('you are not the client manager of this case') });
  });

  it('refuses a wrong passphrase and signs nothing', async () => {
    await as('director');
    const result = await core.invoke('letters.sign', { letterId: written.id, expectedRevision: written.revision, passphrase: 'granite harbour lanterns' });
    expect(result.ok ? null : result.error.code).toBe('wrong_credentials');
    expect((await ok(core, 'letters.get', { letterId: written.id })).signed).toBeNull();
  });

  it('stores the signed PDF with its SHA-256 and the director’s signature; it re-verifies, never changes, and exports byte for byte', async () => {
    await as('director');
    const signed = await ok(core, 'letters.sign', { letterId: written.id, expectedRevision: written.revision, passphrase: DEMO_PASSPHRASE });
    expect(signed).toMatchObject({ status: 'signed', signed: { by: { role: 'director' }, digitallySigned: true } });
    const preview = await ok(core, 'letters.preview', { letterId: written.id });
    expect(preview.sha256).toBe(signed.signed!.sha256);
    expect(pdfText(preview.pdf)).toMatch(/Digital signature \(Ed25519\): [A-Za-z0-9+/=]{40,}/);
    const again = await core.invoke('letters.update', { letterId: written.id, expectedRevision: signed.revision, content: signed.content });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    const resign = await core.invoke('letters.sign', { letterId: written.id, expectedRevision: signed.revision, passphrase: DEMO_PASSPHRASE });
    expect(resign.ok ? null : resign.error.code).toBe('conflict');
    const out = join(temp.dir, 'written.pdf');
    expect(await ok(core, 'letters.export', { letterId: written.id, outPath: out })).toEqual({ path: out, sha256: signed.signed!.sha256 });
    expect(readFileSync(out).equals(Buffer.from(preview.pdf, 'base64'))).toBe(true);
    const twice = await core.invoke('letters.export', { letterId: written.id, outPath: out });
    expect(twice.ok ? null : twice.error.code).toBe('conflict');
    expect((await ok(core, 'letters.verify', {})).failures).toEqual([]);
  });

  it('voids a signed letter only with a reason, audited, and exports it no more', async () => {
    await as('director');
    const missing = await core.invoke('letters.void', { letterId: written.id, reason: '  ' });
    expect(missing.ok ? null : missing.error.code).toBe('invalid_input');
    const voided = await ok(core, 'letters.void', { letterId: written.id, reason: 'Addressed to the wrong house.' });
    expect(voided).toMatchObject({ status: 'void', voided: { reason: 'Addressed to the wrong house.' } });
    const audit = await ok(core, 'audit.forCase', { caseId: byClient('Natalie Coad').id });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['letter.draft', 'letter.sign', 'letter.export', 'letter.void']));
    const out = join(temp.dir, 'void.pdf');
    expect((await core.invoke('letters.export', { letterId: written.id, outPath: out })).ok).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});
