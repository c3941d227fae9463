import { describe, expect, it } from 'vitest';
import { CaseBuilder, STAFF } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

function longCounselling(progress: boolean) {
  const b = new CaseBuilder('counselling_open_ended', '2026-01-05');
  const review = b.add('counselling_review', '2026-06-20', { clarityOfAims: true, progressAgainstAims: progress, assessedByUserId: STAFF.clinicalLead });
  return { b, review };
}

describe('W-4 counselling 6+ months with no clarity or no progress', () => {
  it('W-4: SESS-2 met needs the clinical lead’s assessment; assessed met it is met, assessed not met it is not', () => {
    const { b, review } = longCounselling(false);
    const cw = new CaseworkBuilder();
    const pending = criterion(b, cw, 'W-4', '2026-07-05');
    expect(pending).toMatchObject({ state: 'needs_judgement', flags: ['SESS-2'] });
    expect(pending.prerequisites).toEqual([{ text: 'a counselling review', satisfied: true, evidence: [review] }]);
    cw.assess('W-4', 'met', '2026-07-06');
    expect(criterion(b, cw, 'W-4', '2026-07-05').state).toBe('needs_judgement'); // the assessment came after
    expect(criterion(b, cw, 'W-4', '2026-07-06')).toMatchObject({ state: 'met', assessment: expect.objectContaining({ finding: 'met' }) });
    cw.assess('W-4', 'not_met', '2026-07-10');
    expect(criterion(b, cw, 'W-4', '2026-07-10').state).toBe('not_met');
  });

  it('W-4: before six months (5 January → 5 July) it is not met, whatever an assessment says', () => {
    const { b } = longCounselling(false);
    const cw = new CaseworkBuilder();
    cw.assess('W-4', 'met', '2026-06-21');
    expect(criterion(b, cw, 'W-4', '2026-07-04').state).toBe('not_met');
    expect(criterion(b, cw, 'W-4', '2026-07-05').state).toBe('met');
  });

  it('W-4: progress and clarity at the latest review: not met; not applicable to tuition', () => {
    const { b } = longCounselling(true);
    expect(criterion(b, new CaseworkBuilder(), 'W-4', '2026-08-01').state).toBe('not_met');
    expect(criterion(new CaseBuilder('online_tuition'), new CaseworkBuilder(), 'W-4', '2026-08-01').state).toBe('not_applicable');
  });
});
