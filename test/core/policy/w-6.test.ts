import { describe, expect, it } from 'vitest';
import { CaseBuilder, STAFF } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

describe('W-6 negative impact on the counsellor', () => {
  it('W-6: with nothing recorded it is not met and asks for nothing', () => {
    expect(criterion(new CaseBuilder('counselling_open_ended'), new CaseworkBuilder(), 'W-6', '2026-04-01').state).toBe('not_met');
  });

  it('W-6: a behaviour incident or a rude contact makes it a judgement for the clinical lead; their assessment decides', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const rude = b.contactFromClient('2026-03-02', STAFF.counsellor, { toneMarkers: ['rude'] });
    const cw = new CaseworkBuilder();
    expect(criterion(b, cw, 'W-6', '2026-04-01')).toMatchObject({ state: 'needs_judgement', evidence: [rude], prerequisites: [] });
    cw.assess('W-6', 'not_met', '2026-04-02');
    expect(criterion(b, cw, 'W-6', '2026-04-02').state).toBe('not_met');
    cw.assess('W-6', 'met', '2026-04-09');
    expect(criterion(b, cw, 'W-6', '2026-04-09').state).toBe('met');
  });

  it('W-6: the clinical lead may find it met on the counsellor’s account alone', () => {
    const cw = new CaseworkBuilder();
    cw.assess('W-6', 'met', '2026-04-02');
    expect(criterion(new CaseBuilder('counselling_short_term'), cw, 'W-6', '2026-04-02').state).toBe('met');
  });
});
