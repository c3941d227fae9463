import { describe, expect, it } from 'vitest';
import { CaseBuilder, STAFF } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

function missed(b: CaseBuilder, day: string, outcome = 'did_not_attend') {
  return b.add('session', day, { workerId: STAFF.counsellor, kind: 'counselling', location: 'practice', outcome: outcome as 'did_not_attend' });
}

describe('W-7 missed sessions', () => {
  it('W-7: SESS-1 met, a risk and safeguarding check after the missed sessions began, then the clinical lead’s assessment', () => {
    const b = new CaseBuilder('counselling_open_ended');
    missed(b, '2026-01-15');
    missed(b, '2026-02-12', 'cancelled_by_client_without_due_cause');
    missed(b, '2026-04-14');
    const cw = new CaseworkBuilder();
    const before = criterion(b, cw, 'W-7', '2026-04-20');
    expect(before).toMatchObject({ state: 'not_met', flags: ['SESS-1'] });
    expect(before.prerequisites[0]!.text).toContain('15 January 2026');
    cw.riskCheck('2026-01-10'); // before the missed sessions: not the check before discharge
    expect(criterion(b, cw, 'W-7', '2026-04-20').state).toBe('not_met');
    cw.riskCheck('2026-04-16');
    expect(criterion(b, cw, 'W-7', '2026-04-20').state).toBe('needs_judgement');
    cw.assess('W-7', 'met', '2026-04-17');
    expect(criterion(b, cw, 'W-7', '2026-04-20').state).toBe('met');
  });

  it('W-7: the third miss on the first + 3 months (15 January → 15 April) is outside the rule; cancellations with due cause never count', () => {
    const b = new CaseBuilder('counselling_short_term');
    missed(b, '2026-01-15');
    missed(b, '2026-02-12');
    missed(b, '2026-03-01', 'cancelled_by_client_with_due_cause');
    missed(b, '2026-04-15');
    const cw = new CaseworkBuilder();
    cw.riskCheck('2026-04-16');
    cw.assess('W-7', 'met', '2026-04-16');
    expect(criterion(b, cw, 'W-7', '2026-04-20').state).toBe('not_met');
  });
});
