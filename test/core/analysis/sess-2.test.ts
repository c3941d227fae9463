import { describe, expect, it } from 'vitest';
import { sess2 } from '../../../electron/core/analysis/flags/sess-2';
import { CaseBuilder, STAFF } from './support/case-builder';
import { evaluateOne } from './support/complaints-sessions';

const review = (b: CaseBuilder, at: string, clarityOfAims: boolean, progressAgainstAims: boolean) =>
  b.add('counselling_review', at, { clarityOfAims, progressAgainstAims, assessedByUserId: STAFF.clinicalLead });

describe('SESS-2 long counselling without progress', () => {
  it('SESS-2: six months exactly after the start (5 January → 5 July) with a review recording no clarity of aims is flagged; the day before is not', () => {
    const b = new CaseBuilder('counselling_open_ended', '2026-01-05');
    const id = review(b, '2026-06-20', false, true);
    expect(evaluateOne(b, sess2, '2026-07-04')).toEqual([]);
    expect(evaluateOne(b, sess2, '2026-07-05')).toEqual([
      {
        summary:
          'Counselling has run since 5 January 2026, 6 calendar months or more by 5 July 2026, and the latest counselling review, of 20 June 2026, records no clarity of aims.',
        from: '2026-01-05',
        to: '2026-07-05',
        evidence: [id],
        staffId: null,
      },
    ]);
  });

  it('SESS-2: from a month-end start (31 August) six months are reached on 28 February', () => {
    const b = new CaseBuilder('counselling_short_term', '2026-08-31');
    const id = review(b, '2027-01-10', true, false);
    expect(evaluateOne(b, sess2, '2027-02-27')).toEqual([]);
    const findings = evaluateOne(b, sess2, '2027-02-28');
    expect(findings?.map((f) => f.evidence)).toEqual([[id]]);
    expect(findings?.[0]?.summary).toContain('records no progress against agreed aims.');
  });

  it('SESS-2: only the latest review counts', () => {
    const b = new CaseBuilder('counselling_open_ended', '2026-01-05');
    review(b, '2026-05-01', false, false);
    review(b, '2026-06-01', true, true);
    expect(evaluateOne(b, sess2, '2026-08-01')).toEqual([]);
    const latest = review(b, '2026-07-01', false, false);
    const findings = evaluateOne(b, sess2, '2026-08-01');
    expect(findings?.map((f) => f.evidence)).toEqual([[latest]]);
    expect(findings?.[0]?.summary).toContain('records no clarity of aims and no progress against agreed aims.');
  });

  it('SESS-2: a review after the as-of date is not the latest', () => {
    const b = new CaseBuilder('counselling_open_ended', '2026-01-05');
    const earlier = review(b, '2026-06-01', false, true);
    review(b, '2026-07-10', true, true);
    expect(evaluateOne(b, sess2, '2026-07-09')?.map((f) => f.evidence)).toEqual([[earlier]]);
    expect(evaluateOne(b, sess2, '2026-07-10')).toEqual([]);

    const c = new CaseBuilder('counselling_open_ended', '2026-01-05');
    review(c, '2026-06-01', true, true);
    review(c, '2026-07-10', false, false);
    expect(evaluateOne(c, sess2, '2026-07-09')).toEqual([]);
  });

  it('SESS-2: with no counselling review there is nothing to flag', () => {
    const b = new CaseBuilder('counselling_open_ended', '2025-01-05');
    expect(evaluateOne(b, sess2, '2026-07-05')).toEqual([]);
  });

  it('SESS-2: the months are a setting; counselling only', () => {
    const b = new CaseBuilder('counselling_open_ended', '2026-01-05');
    review(b, '2026-03-01', false, false);
    expect(evaluateOne(b, sess2, '2026-04-05')).toEqual([]);
    expect(evaluateOne(b, sess2, '2026-04-05', { months: 3 })).toHaveLength(1);
    expect(sess2.params.months).toMatchObject({ default: 6, origin: 'policy' });
    const t = new CaseBuilder('online_tuition', '2025-01-05');
    review(t, '2026-03-01', false, false);
    expect(evaluateOne(t, sess2, '2026-04-05')).toBeNull();
  });
});
