import { describe, expect, it } from 'vitest';
import type { LetterContent } from '../../electron/core/contract';
import { contentOf, modelOf, problemField, sectionLabel, signingRight, unsaved } from '../../src/components/letters/letter-model';

const content: LetterContent = {
  letterDate: '2026-10-20',
  recipient: { name: 'Craig Nankervis', address: '1 Quay St' },
  salutation: 'Dear Craig',
  subject: 'Missed sessions',
  inOrganisationName: false,
  reasonsIntro: '',
  reasons: [{ date: '2026-09-02', text: 'Missed.', recordId: null }],
  sections: [
    { key: 'opening', text: 'We write about…' },
    { key: 'appeal', text: 'Write to the chair.' },
  ],
  signOff: { name: 'Helen Treloar', title: 'Director' },
};

describe('the letter editor model', () => {
  it('holds every section, and saves the non-empty ones in the letter’s order', () => {
    const model = modelOf(content);
    expect(model.sections.expected).toBe('');
    expect(model.sections.appeal).toBe('Write to the chair.');
    model.sections.closing = 'Yours sincerely';
    model.sections.opening = '  ';
    expect(contentOf(model).sections).toEqual([
      { key: 'appeal', text: 'Write to the chair.' },
      { key: 'closing', text: 'Yours sincerely' },
    ]);
  });

  it('edits a copy: the saved content is untouched, and a change is noticed', () => {
    const model = modelOf(content);
    expect(unsaved(model, content)).toBe(false);
    model.reasons[0]!.text = 'Missed without notice.';
    expect(content.reasons[0]!.text).toBe('Missed.');
    expect(unsaved(model, content)).toBe(true);
  });

  it('names each section, the opening and closing by their place', () => {
    expect(sectionLabel('appeal')).toBe('How to appeal');
    expect(sectionLabel('opening')).toBe('Opening paragraph');
    expect(sectionLabel('closing')).toBe('Closing paragraph');
  });

  it('turns a problem’s path in the saved content into the editor field it is about', () => {
    expect(problemField('sections.1.text', content)).toBe('section:appeal');
    expect(problemField('reasons.0.text', content)).toBe('reason:0');
    expect(problemField('recipient.name', content)).toBe('recipient.name');
  });

  it('says who signs: the director their letters, the case’s client manager the others', () => {
    expect(signingRight('director', 'director', false, 'Daniel Kessell').may).toBe(true);
    expect(signingRight('director', 'client_manager', true, 'Daniel Kessell')).toEqual({ may: false, who: 'Only the director signs this letter.' });
    expect(signingRight('client_manager', 'client_manager', true, 'Daniel Kessell').may).toBe(true);
    expect(signingRight('client_manager', 'client_manager', false, 'Daniel Kessell').who).toContain('Daniel Kessell');
    expect(signingRight('client_manager', 'director', true, 'Helen Treloar').may).toBe(false);
  });
});

describe('letter addresses', () => {
  it('round-trips a draft request through the address, and ignores one no letter has', async () => {
    const { draftLink, draftRequested, letterRequested } = await import('../../src/components/letters/letter-links');
    const link = draftLink('case1', 'missed_sessions_notice', { kind: 'flag', id: 'SESS-1' });
    const query = typeof link === 'object' && 'query' in link ? (link.query ?? {}) : {};
    expect(draftRequested(query as Record<string, string>)).toEqual({ type: 'missed_sessions_notice', source: { kind: 'flag', id: 'SESS-1' } });
    expect(draftRequested({ draft: 'end_of_short_term_counselling', from: 'case' })).toEqual({ type: 'end_of_short_term_counselling', source: { kind: 'case', id: null } });
    expect(draftRequested({ draft: 'a_poem' })).toBeNull();
    expect(letterRequested({ tab: 'letters', letter: 'abc' })).toBe('abc');
    expect(letterRequested({ tab: 'letters' })).toBeNull();
  });
});
