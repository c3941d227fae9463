import { describe, expect, it } from 'vitest';
import { comp3 } from '../../../electron/core/analysis/flags/comp-3';
import { CaseBuilder, STAFF } from './support/case-builder';
import { complaint, evaluateOne } from './support/complaints-sessions';

const seeking = (b: CaseBuilder, at: string, aboutPersonId: string = STAFF.tutor) => complaint(b, at, { aboutPersonId, seeksReplacement: true });

describe("COMP-3 seeking a worker's replacement", () => {
  it('COMP-3: two complaints seeking a worker’s replacement within 12 months are flagged (15 January to 14 January counts)', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [seeking(b, '2026-01-15'), seeking(b, '2027-01-14')];
    expect(evaluateOne(b, comp3, '2027-06-01')).toEqual([
      {
        summary: '2 complaints between 15 January 2026 and 14 January 2027 sought the replacement of Staff tutor.',
        from: '2026-01-15',
        to: '2027-01-14',
        evidence: ids,
        staffId: STAFF.tutor,
      },
    ]);
  });

  it('COMP-3: the second on the anniversary (15 January) is too late', () => {
    const b = new CaseBuilder('online_tuition');
    seeking(b, '2026-01-15');
    seeking(b, '2027-01-15');
    expect(evaluateOne(b, comp3, '2027-06-01')).toEqual([]);
  });

  it('COMP-3: from 29 February the window ends on 27 February the next year (29 February + 12 months is 28 February)', () => {
    const b = new CaseBuilder('information_advice');
    const ids = [seeking(b, '2028-02-29'), seeking(b, '2029-02-27')];
    expect(evaluateOne(b, comp3, '2029-06-01')?.map((f) => f.evidence)).toEqual([ids]);
    const c = new CaseBuilder('information_advice');
    seeking(c, '2028-02-29');
    seeking(c, '2029-02-28');
    expect(evaluateOne(c, comp3, '2029-06-01')).toEqual([]);
  });

  it('COMP-3: complaints about different staff add up, and the finding names them all', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const ids = [seeking(b, '2026-02-01', STAFF.counsellor), seeking(b, '2026-05-01', STAFF.clientManager)];
    const findings = evaluateOne(b, comp3, '2026-06-01');
    expect(findings?.map((f) => f.evidence)).toEqual([ids]);
    expect(findings?.[0]?.staffId).toBeNull();
    expect(findings?.[0]?.summary).toContain('Staff counsellor and Staff clientManager');
  });

  it('COMP-3: complaints not seeking a replacement, or about what rather than whom, do not count', () => {
    const b = new CaseBuilder('online_tuition');
    seeking(b, '2026-01-15');
    complaint(b, '2026-02-15', { aboutPersonId: STAFF.tutor, seeksReplacement: false });
    complaint(b, '2026-03-15', { aboutWhat: 'the timetable', seeksReplacement: true });
    expect(evaluateOne(b, comp3, '2026-06-01')).toEqual([]);
  });

  it('COMP-3: a complaint after the as-of date is not counted; the count and months are settings', () => {
    const b = new CaseBuilder('online_tuition');
    seeking(b, '2026-01-15');
    seeking(b, '2026-03-15');
    seeking(b, '2026-05-15');
    expect(evaluateOne(b, comp3, '2026-03-14')).toEqual([]);
    expect(evaluateOne(b, comp3, '2026-03-15')).toHaveLength(1);
    expect(evaluateOne(b, comp3, '2026-06-01', { count: 3, months: 4 })).toEqual([]);
    expect(evaluateOne(b, comp3, '2026-06-01', { count: 3, months: 5 })).toHaveLength(1);
    expect(comp3.params.count).toMatchObject({ default: 2, origin: 'threshold' });
    expect(comp3.params.months).toMatchObject({ default: 12, origin: 'threshold' });
  });
});
