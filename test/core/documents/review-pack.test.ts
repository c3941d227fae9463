// The case review pack (SPEC section 5) as a real PDF read back with pdftotext: what it prints
// comes from the case (facts, flags, checklist states, the case review's sign-off); the redacted
// copy (SPEC section 7) names nobody, even inside facts, and leaves safeguarding notes out;
// restricted records appear only for those allowed to read them; the same input gives the same
// bytes; a file is written only where asked and never over another; who may ask is the contract's.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary, Input } from '../../../electron/core/contract';
import { DIRECTOR, ok } from '../support/temp-store';
import { setUpTeam, type Team } from '../support/team';
import { keepPdf, pdfLayout, pdfPages, pdfText } from './pdf-text';

let t: Team;
let kase: CaseSummary;
const out = mkdtempSync(join(tmpdir(), 'threshold-pack-out-'));
const SAFEGUARDING = 'SAFEGUARD-NOTE worry about a younger sibling at home';
const PHONE = '07700 900123';

async function record(input: Input<'records.create'>): Promise<string> {
  return (await ok(t.store.core, 'records.create', input)).id;
}

beforeAll(async () => {
  t = await setUpTeam({ at: new Date('2026-11-30T12:00:00Z') });
  kase = await t.newCase('online_tuition', 'Dana Whitfield');
  const { core } = t.store;
  const parent = await ok(core, 'people.addClientSide', { caseId: kase.id, kind: 'client', fullName: 'Gareth Whitfield', phone: PHONE });
  const issue = await record({ caseId: kase.id, type: 'issue', occurredAt: '2026-02-01T10:00:00Z', fact: 'Homework marking raised by the client.', details: { title: 'Homework marking', openedOn: '2026-02-01' } });
  // Six late calls on the tutor's personal phone in three weeks: PAIR-1 and PAIR-2.
  for (let i = 1; i <= 6; i++) {
    await record({
      caseId: kase.id,
      type: 'contact',
      occurredAt: `2026-03-${String(i * 3).padStart(2, '0')}T21:10:00Z`,
      fact: `FACT-A${i} Dana phoned Mr Pascoe late.`,
      analysis: `OPINION-A${i} Tom thinks Dana Whitfield is anxious.`,
      significant: i % 2 === 1,
      details: { medium: 'phone_call', line: 'personal_phone_shown', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [t.tutor.id], purpose: 'tuition_or_support', withinAllocatedTimes: false, issueId: issue },
    });
  }
  await record({
    caseId: kase.id,
    type: 'contact',
    occurredAt: '2026-03-20T09:00:00Z',
    fact: `FACT-G Gareth called Priya Natarajan and left ${PHONE}.`,
    significant: true,
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [parent.id], staffParties: [t.users.clientManager.personId], purpose: 'tuition_or_support' },
  });
  await record({
    caseId: kase.id,
    type: 'complaint',
    occurredAt: '2026-04-02T10:00:00Z',
    fact: 'FACT-C Complained that Tom Pascoe marks unfairly and asked for another tutor.',
    significant: true,
    details: { route: 'email', aboutPersonId: t.tutor.id, issueId: issue, investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: '2026-04-20', staffHours: 3, seeksReplacement: true },
  });
  await record({
    caseId: kase.id,
    type: 'safeguarding_note',
    occurredAt: '2026-04-10T10:00:00Z',
    fact: SAFEGUARDING,
    significant: true,
    details: { concern: 'risk_to_others', reportRequired: false, clinicalLeadConsultedOn: '2026-04-11' },
  });
  await ok(core, 'ladder.warn', { caseId: kase.id, level: 'informal', criteria: ['W-1'], issuedOn: '2026-03-21', summary: 'WARN-TEXT Spoke with Dana about calling Tom Pascoe late.' });
  await record({
    caseId: kase.id,
    type: 'case_review',
    occurredAt: '2026-11-20T10:00:00Z',
    fact: 'Case reviewed in supervision.',
    significant: true,
    details: { supervisionSummary: 'SUMMARY-TEXT Discussed the pattern with Priya Natarajan.', recommendation: 'RECOMMEND-TEXT Confirm allocated contact times with Dana.', signedOffByUserId: t.users.director.id, signedOffOn: '2026-11-20' },
  });
}, 120_000);
afterAll(() => {
  t.store.cleanup();
  rmSync(out, { recursive: true, force: true });
});

const pack = (input: Partial<Input<'documents.reviewPack'>> = {}) => ok(t.store.core, 'documents.reviewPack', { caseId: kase.id, ...input });

describe('review pack', () => {
  it('prints the case: its significant facts and analyses, flags with evidence, checklist states and the signed-off recommendation', async () => {
    await t.as('director');
    const file = await pack();
    keepPdf('pack.pdf', file.pdf);
    const text = pdfText(file.pdf);
    expect(file.fileName).toBe(`review-pack-${kase.reference}-2026-11-30.pdf`);
    expect(file.path).toBeNull();
    expect(text).toContain('Westcountry Learning Partnership');
    expect(text).toContain(`Case ${kase.reference}`);
    expect(text).toContain('Dana Whitfield');
    expect(text).toContain('Tom Pascoe (tutor)');
    for (const i of [1, 3, 5]) expect(text).toContain(`FACT-A${i} Dana phoned Mr Pascoe late.`);
    for (const i of [1, 3, 5]) expect(text).toContain(`OPINION-A${i}`);
    for (const i of [2, 4, 6]) expect(text).not.toContain(`FACT-A${i} `); // not significant
    expect(text).toContain('FACT-C');
    // The director may read the safeguarding note: it is printed and marked.
    expect(text).toContain(SAFEGUARDING);
    expect(text).toContain('Restricted');

    const flags = await ok(t.store.core, 'flags.forCase', { caseId: kase.id });
    expect(flags.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['PAIR-1', 'PAIR-2']));
    for (const f of flags.flags) expect(text).toContain(`${f.id} · ${f.title}`);
    expect(text).toContain('evidence: 3 Mar 2026, 21:10 (contact)');

    const list = await ok(t.store.core, 'checklist.get', { caseId: kase.id });
    const STATE = { met: 'Met', not_met: 'Not met', needs_judgement: 'Needs a judgement', not_applicable: 'Not applicable' };
    const lines = pdfLayout(file.pdf).split('\n');
    for (const k of list.criteria) expect(lines.find((l) => l.trimStart().startsWith(`${k.id} `))).toMatch(new RegExp(`^\\s*${k.id}\\s+${STATE[k.state]}\\s`));
    expect(text).toContain('Homework marking');
    expect(text).toContain('WARN-TEXT');
    expect(text).toContain('RECOMMEND-TEXT Confirm allocated contact times with Dana.');
    expect(text).toContain('Signed off by Margaret Okafor');
    expect(text).toContain('Date 20 November 2026');
    expect(text).toMatch(/page 1 of \d+/);
  });

  it('prints every record with chronology all, and the week-by-week contact chart with the staff named', async () => {
    const file = await pack({ chronology: 'all' });
    const text = pdfText(file.pdf);
    for (let i = 1; i <= 6; i++) expect(text).toContain(`FACT-A${i} Dana phoned Mr Pascoe late.`);
    expect(text).toContain('Chronology: all records');
    expect(text).toContain('Contacts week by week');
    // The chart's legend is the Pairing tab's: each person with their role.
    expect(text).toContain('Tom Pascoe (Tutor)');
  });

  it('redacted: no client, client-side or staff name anywhere (facts and analyses too), no contact details, no safeguarding note; roles instead', async () => {
    const file = await pack({ redacted: true, chronology: 'all' });
    keepPdf('pack-redacted.pdf', file.pdf);
    const text = pdfText(file.pdf);
    expect(file.fileName).toBe(`review-pack-${kase.reference}-2026-11-30-redacted.pdf`);
    for (const name of ['Dana', 'Whitfield', 'Gareth', 'Tom', 'Pascoe', 'Priya', 'Natarajan', 'Margaret', 'Okafor']) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`, 'i'));
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('SAFEGUARD-NOTE');
    expect(text).not.toContain('Restricted ');
    expect(text).toContain('Redacted copy');
    expect(text).toContain('FACT-A2 the client phoned Mr allocated worker (tutor) late.');
    expect(text).toContain('OPINION-A2 allocated worker (tutor) thinks the client is anxious.');
    expect(text).toContain('client side person 1 called client manager');
    expect(text).toContain('Signed off by director');
    expect(text).toContain('Allocated worker (tutor) Client manager Unnamed (desk, inbox)'); // the chart legend, by role
  });

  it('gives byte-identical output for the same input', async () => {
    const [a, b] = [await pack({ redacted: true }), await pack({ redacted: true })];
    expect(a.sha256).toBe(b.sha256);
    expect(a.pdf).toBe(b.pdf);
    expect((await pack()).sha256).not.toBe(a.sha256);
  });

  it('prints an empty sign-off to complete by hand when no case review is recorded, as of a date before it', async () => {
    const text = pdfText((await pack({ asOf: '2026-06-30' })).pdf);
    expect(text).toContain('as of 30 June 2026');
    expect(text).toContain('No case review is recorded: complete the recommendation and sign-off by hand.');
    expect(text).not.toContain('RECOMMEND-TEXT');
    expect(text).toContain('Signed off by ____');
  });

  it('leaves restricted records out for a client manager who may not read them, and shows them to the case’s own', async () => {
    await t.as('clientManager2');
    const other = pdfText((await pack({ chronology: 'all' })).pdf);
    expect(other).toContain('FACT-C');
    expect(other).not.toContain('SAFEGUARD-NOTE');
    expect(other).toContain("SAFE-1 could not be checked: you cannot read this case's restricted records.");
    await t.as('clientManager');
    expect(pdfText((await pack()).pdf)).toContain(SAFEGUARDING);
  });

  it('refuses the appeals officer (forbidden)', async () => {
    await t.as('appeals');
    const result = await t.store.core.invoke('documents.reviewPack', { caseId: kase.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('writes the file only where asked, owner-only, never over another; a missing folder is named', async () => {
    await t.as('director');
    const path = join(out, 'pack.pdf');
    const file = await pack({ outPath: path });
    expect(file.path).toBe(path);
    expect(readFileSync(path).toString('base64')).toBe(file.pdf);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await t.store.core.invoke('documents.reviewPack', { caseId: kase.id, outPath: path });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: `${path} already exists; it was left as it is. Choose another file name.` } });
    expect(readFileSync(path).toString('base64')).toBe(file.pdf);
    writeFileSync(join(out, 'other.pdf'), 'mine');
    expect((await t.store.core.invoke('documents.reviewPack', { caseId: kase.id, outPath: join(out, 'other.pdf') })).ok).toBe(false);
    expect(readFileSync(join(out, 'other.pdf'), 'utf8')).toBe('mine');
    const missing = await t.store.core.invoke('documents.reviewPack', { caseId: kase.id, outPath: join(out, 'no-such-folder', 'pack.pdf') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', message: `The folder ${join(out, 'no-such-folder')} does not exist. Nothing was written.`, issues: [{ path: 'outPath' }] } });
    expect(existsSync(join(out, 'no-such-folder'))).toBe(false);
  });

  it('audits each pack under the case, and the trail still verifies', async () => {
    await t.as('director');
    const trail = await ok(t.store.core, 'audit.forCase', { caseId: kase.id });
    const packs = trail.filter((a) => a.action === 'document.review_pack');
    expect(packs.length).toBeGreaterThanOrEqual(8);
    expect(packs.every((a) => a.entity === 'case' && a.entityId === kase.id)).toBe(true);
    expect((await ok(t.store.core, 'audit.verify', {})).ok).toBe(true);
  });

  it('refuses a client name in Chinese with a message naming the characters, rather than printing boxes', async () => {
    const chinese = await t.newCase('online_tuition', '王秀英');
    await t.as('director');
    const result = await t.store.core.invoke('documents.reviewPack', { caseId: chinese.id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/^The client's name contains characters the document fonts cannot draw: “王” \(U\+738B\), “秀” \(U\+79C0\), “英” \(U\+82F1\)\. Threshold prints Latin/);
    // Redacted, the name is not printed, so the copy can be made.
    expect((await pack({ caseId: chinese.id, redacted: true })).pages).toBeGreaterThan(1);
  });

  it('prints Greek and Cyrillic names and diacritics as they are written', async () => {
    const greek = await t.newCase('online_tuition', 'Ελένη Παπαδοπούλου');
    const text = pdfText((await pack({ caseId: greek.id })).pdf);
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(pdfPages((await pack({ caseId: greek.id })).pdf).length).toBeGreaterThan(1);
    expect(DIRECTOR.fullName).toBe('Margaret Okafor');
  });
});
