// Scripts (SPEC section 5): Latin with its diacritics, Greek and Cyrillic print as written (a
// combining accent as its precomposed letter); a name the fonts cannot draw is refused with the
// characters named, never printed as boxes; text edited into a draft is checked the same way.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { ok } from '../support/temp-store';
import { setUpTeam, type Team } from '../support/team';
import { pdfText } from './pdf-text';

let t: Team;
beforeAll(async () => {
  t = await setUpTeam({ at: new Date('2026-11-30T12:00:00Z') });
}, 120_000);
afterAll(() => t.store.cleanup());

const NAMES = ['Zoë Łukasiewicz-Dvořák', 'Nguyễn Thị Ánh', 'Søren Ødegård Şahin', 'Γιώργος Παπαδόπουλος', 'Дмитрий Иванов', 'Їжак Ґудзь', 'Jose\u0301 Mun\u0303oz'];

describe('scripts in letters', () => {
  it('prints Latin with diacritics, Greek and Cyrillic names exactly as written', async () => {
    for (const name of NAMES) {
      const kase = await t.newCase('counselling_short_term', name);
      await t.as('clientManager');
      const draft = await ok(t.store.core, 'letters.draft', { caseId: kase.id, type: 'end_of_short_term_counselling' });
      expect(draft.problems).toEqual([]);
      const text = pdfText((await ok(t.store.core, 'letters.preview', { letterId: draft.id })).pdf);
      expect(text, name).toContain(`Dear ${name.normalize('NFC')}`);
    }
  });

  it('refuses to draft for a name in a script the fonts cannot draw, naming the characters', async () => {
    const kase = await t.newCase('counselling_short_term', '王小明');
    await t.as('clientManager');
    const result = await t.store.core.invoke('letters.draft', { caseId: kase.id, type: 'end_of_short_term_counselling' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^The client’s name contains characters the document fonts cannot draw: “王” \(U\+738B\), “小” \(U\+5C0F\), “明” \(U\+660E\)\. Threshold prints Latin/) });
    expect(await ok(t.store.core, 'letters.list', { caseId: kase.id })).toEqual([]);
  });

  it('shows undrawable text edited into a draft as a problem and refuses to sign it', async () => {
    const kase = await t.newCase('counselling_short_term', 'Amira Haddad');
    await t.as('clientManager');
    const draft = await ok(t.store.core, 'letters.draft', { caseId: kase.id, type: 'end_of_short_term_counselling' });
    const saved = await ok(t.store.core, 'letters.update', { letterId: draft.id, expectedRevision: draft.revision, content: { ...draft.content, salutation: 'Dear Amira 🌷' } });
    expect(saved.problems).toEqual([expect.objectContaining({ code: 'script', path: 'salutation' })]);
    const signed = await t.store.core.invoke('letters.sign', { letterId: draft.id, expectedRevision: saved.revision, passphrase: 'copper meadow violin 77' });
    expect(signed.ok ? null : signed.error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'content.salutation' }] });
  });
});
