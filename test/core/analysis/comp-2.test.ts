import { describe, expect, it } from 'vitest';
import { comp2 } from '../../../electron/core/analysis/flags/comp-2';
import { CaseBuilder } from './support/case-builder';
import { complaint, evaluateOne } from './support/complaints-sessions';

const hours = (b: CaseBuilder, at: string, staffHours: number) => complaint(b, at, { staffHours });

describe('COMP-2 resource-heavy complaints', () => {
  it('COMP-2: 10 staff hours on complaints within 90 days are flagged; 9.5 are not', () => {
    const b = new CaseBuilder('information_advice');
    const ids = [hours(b, '2026-01-10', 4), hours(b, '2026-02-10', 6)];
    const findings = evaluateOne(b, comp2, '2026-06-01');
    expect(findings).toEqual([
      { summary: '10 staff hours were spent on 2 complaints raised between 10 January 2026 and 10 February 2026.', from: '2026-01-10', to: '2026-02-10', evidence: ids, staffId: null },
    ]);

    const c = new CaseBuilder('information_advice');
    hours(c, '2026-01-10', 4);
    hours(c, '2026-02-10', 5.5);
    expect(evaluateOne(c, comp2, '2026-06-01')).toEqual([]);
  });

  it('COMP-2: day 90 counts (1 January to 1 April), day 91 does not', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [hours(b, '2026-01-01', 5), hours(b, '2026-04-01', 5)];
    expect(evaluateOne(b, comp2, '2026-06-01')?.map((f) => f.evidence)).toEqual([ids]);

    const c = new CaseBuilder('online_tuition');
    hours(c, '2026-01-01', 5);
    hours(c, '2026-04-02', 5);
    expect(evaluateOne(c, comp2, '2026-06-01')).toEqual([]);
  });

  it('COMP-2: one complaint of 10 hours or more is enough; complaints with no hours are not evidence', () => {
    const b = new CaseBuilder('counselling_open_ended');
    hours(b, '2026-01-02', 0);
    const big = hours(b, '2026-01-05', 12.25);
    const findings = evaluateOne(b, comp2, '2026-06-01');
    expect(findings?.map((f) => f.evidence)).toEqual([[big]]);
    expect(findings?.[0]?.summary).toBe('12.25 staff hours were spent on 1 complaint raised on 5 January 2026.');
  });

  it('COMP-2: overlapping windows make one episode', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [hours(b, '2026-01-01', 6), hours(b, '2026-03-01', 6), hours(b, '2026-05-15', 6)];
    expect(evaluateOne(b, comp2, '2026-08-01')?.map((f) => [f.from, f.to, f.evidence])).toEqual([['2026-01-01', '2026-05-15', ids]]);
  });

  it('COMP-2: complaints raised after the as-of date are not counted', () => {
    const b = new CaseBuilder('online_tuition');
    hours(b, '2026-01-10', 6);
    hours(b, '2026-02-10', 6);
    expect(evaluateOne(b, comp2, '2026-02-09')).toEqual([]);
    expect(evaluateOne(b, comp2, '2026-02-10')).toHaveLength(1);
  });

  it('COMP-2: the hours and the days are settings', () => {
    const b = new CaseBuilder('online_tuition');
    hours(b, '2026-01-01', 3);
    hours(b, '2026-01-20', 3);
    expect(evaluateOne(b, comp2, '2026-06-01')).toEqual([]);
    expect(evaluateOne(b, comp2, '2026-06-01', { hours: 6 })).toHaveLength(1);
    expect(evaluateOne(b, comp2, '2026-06-01', { hours: 6, days: 18 })).toEqual([]);
    expect(comp2.params.hours).toMatchObject({ default: 10, origin: 'threshold' });
    expect(comp2.params.days).toMatchObject({ default: 90, origin: 'threshold' });
  });
});
