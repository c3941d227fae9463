import { describe, expect, it } from 'vitest';
import { CaseBuilder, STAFF } from './support/case-builder';

const minor = (b: CaseBuilder, at: string, workerId: string = STAFF.tutor) => b.add('boundary_incident', at, { workerId, kind: 'gift', severity: 'minor' });

describe('BND-1 transgressions accumulating', () => {
  it('BND-1: three minor incidents for one worker within 90 days (both ends included) are flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [minor(b, '2026-01-01'), minor(b, '2026-02-15'), minor(b, '2026-04-01')]; // 1 Jan + 90 days = 1 Apr
    const flag = b.flag('BND-1', '2026-06-01');
    expect(flag?.findings).toHaveLength(1);
    expect(flag?.evidence).toEqual(ids);
    expect(flag?.findings[0]?.staffId).toBe(STAFF.tutor);
  });

  it('BND-1: the third on day 91 is one day too late', () => {
    const b = new CaseBuilder('online_tuition');
    minor(b, '2026-01-01');
    minor(b, '2026-02-15');
    minor(b, '2026-04-02');
    expect(b.flag('BND-1', '2026-06-01')).toBeUndefined();
  });

  it('BND-1: minor incidents of different workers do not add up', () => {
    const b = new CaseBuilder('online_tuition');
    minor(b, '2026-01-01');
    minor(b, '2026-01-02', STAFF.tutor2);
    minor(b, '2026-01-03');
    expect(b.flag('BND-1', '2026-06-01')).toBeUndefined();
  });

  it('BND-1: a moderate or serious incident is flagged on its own', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const id = b.add('boundary_incident', '2026-03-03', { workerId: STAFF.counsellor, kind: 'friendship_after_closure', severity: 'serious' });
    expect(b.flag('BND-1', '2026-06-01')?.evidence).toEqual([id]);
  });

  it('BND-1: incidents after the as-of date are not counted', () => {
    const b = new CaseBuilder('online_tuition');
    minor(b, '2026-01-01');
    minor(b, '2026-01-10');
    minor(b, '2026-01-20');
    expect(b.flag('BND-1', '2026-01-19')).toBeUndefined();
    expect(b.flag('BND-1', '2026-01-20')).toBeDefined();
  });
});
