import { describe, expect, it } from 'vitest';
import { CaseBuilder } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

describe('W-5 views or attitudes and risk to others', () => {
  it('W-5: a note of risk to others with the clinical lead consulted, then assessed met', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const note = b.add('safeguarding_note', '2026-03-02', { concern: 'risk_to_others', reportRequired: true, reportedOn: '2026-03-03', clinicalLeadConsultedOn: '2026-03-04' });
    const cw = new CaseworkBuilder();
    expect(criterion(b, cw, 'W-5', '2026-03-03').state).toBe('not_met'); // not yet consulted
    expect(criterion(b, cw, 'W-5', '2026-03-04')).toMatchObject({ state: 'needs_judgement', evidence: [note] });
    cw.assess('W-5', 'met', '2026-03-05');
    expect(criterion(b, cw, 'W-5', '2026-03-05').state).toBe('met');
  });

  it('W-5: a suicide or self-harm disclosure is never its ground (G-2)', () => {
    const b = new CaseBuilder('counselling_open_ended');
    b.add('safeguarding_note', '2026-03-02', { concern: 'suicide_or_self_harm_disclosure', reportRequired: false, clinicalLeadConsultedOn: '2026-03-03' });
    const cw = new CaseworkBuilder();
    cw.assess('W-5', 'met', '2026-03-05');
    expect(criterion(b, cw, 'W-5', '2026-04-01')).toMatchObject({ state: 'not_met', evidence: [] });
  });

  it('W-5: says so when the user cannot read the safeguarding notes', () => {
    const found = criterion(new CaseBuilder('counselling_short_term'), new CaseworkBuilder(), 'W-5', '2026-04-01', true);
    expect(found.summary).toContain('could not be checked');
  });
});
