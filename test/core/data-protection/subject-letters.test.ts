// Subject access includes the letters sent to the client: each signed letter with its type,
// reference, date, signer and text, its stored PDF released beside the JSON byte for byte; a void
// letter listed as void without its text or PDF; drafts not at all.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary, LetterView } from '../../../electron/core/contract';
import { ok, tempDir } from '../support/temp-store';
import { setUpTeam, type Team } from '../support/team';

const TEAM_PASSPHRASE = 'copper meadow violin 77';
let t: Team;
let kase: CaseSummary;
let kept: LetterView;
let voided: LetterView;
const out = tempDir('threshold-sar-letters-');

async function signed(): Promise<LetterView> {
  const draft = await ok(t.store.core, 'letters.draft', { caseId: kase.id, type: 'end_of_short_term_counselling' });
  return ok(t.store.core, 'letters.sign', { letterId: draft.id, expectedRevision: draft.revision, passphrase: TEAM_PASSPHRASE });
}

beforeAll(async () => {
  t = await setUpTeam({ at: new Date('2026-11-30T12:00:00Z') });
  kase = await t.newCase('counselling_short_term', 'Rebecca Hendy');
  await t.as('clientManager');
  voided = await signed();
  await ok(t.store.core, 'letters.void', { letterId: voided.id, reason: 'The wrong end date.' });
  kept = await signed();
  await ok(t.store.core, 'letters.draft', { caseId: kase.id, type: 'end_of_short_term_counselling' }); // a draft: never released
  await t.as('director');
}, 120_000);
afterAll(() => {
  t?.store.cleanup();
  out.remove();
});

describe('subject access and letters', () => {
  it("lists the client's signed letters with their text and signer, the void one as void, and no draft", async () => {
    const { content } = await ok(t.store.core, 'dataProtection.subjectAccess.draft', { clientId: kase.clientId });
    expect(content.formatVersion).toBe(2);
    const letters = content.cases[0]!.letters;
    expect(letters.map((l) => [l.reference, l.type, l.status])).toEqual([
      [voided.reference, 'end_of_short_term_counselling', 'void'],
      [kept.reference, 'end_of_short_term_counselling', 'signed'],
    ]);
    const [v, s] = letters;
    expect(s).toMatchObject({ title: 'End of short-term counselling', letterDate: kept.letterDate, signedAt: kept.signedAt, signerRole: 'Client manager', content: kept.content, pdf: { sha256: kept.signed!.sha256, fileName: null }, voided: null });
    expect(s!.signedBy).toBe(kept.content.inOrganisationName ? 'Westcountry Learning Partnership' : [kept.content.signOff.name, kept.content.signOff.title].filter(Boolean).join(', '));
    expect(v).toMatchObject({ status: 'void', content: null, pdf: null, voided: { reason: 'The wrong end date.' } });
  });

  it('releases each signed letter’s stored PDF beside the JSON, named in it, and lists the letters in the readable PDF', async () => {
    const draft = await ok(t.store.core, 'dataProtection.subjectAccess.draft', { clientId: kase.clientId });
    const released = await ok(t.store.core, 'dataProtection.subjectAccess.release', { draftId: draft.draftId, redactionsConfirmed: true, outDir: out.dir });
    expect(released.letters).toHaveLength(1);
    expect(readdirSync(out.dir).sort()).toEqual([released.json.path, released.pdf.path, released.letters[0]!.path].map((p) => p.slice(out.dir.length + 1)).sort());
    const stored = await ok(t.store.core, 'letters.preview', { letterId: kept.id });
    expect(readFileSync(released.letters[0]!.path).toString('base64')).toBe(stored.pdf);
    expect(released.letters[0]!.sha256).toBe(kept.signed!.sha256);
    const json = JSON.parse(readFileSync(released.json.path, 'utf8')) as { cases: { letters: { reference: string; pdf: { fileName: string } | null }[] }[] };
    expect(json.cases[0]!.letters.map((l) => l.pdf && join(out.dir, l.pdf.fileName))).toEqual([null, released.letters[0]!.path]);
    const text = execFileSync('pdftotext', ['-layout', released.pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Letters sent to you (2)');
    expect(text).toContain(kept.reference);
  }, 60_000);
});
