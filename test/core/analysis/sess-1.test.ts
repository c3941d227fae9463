import { describe, expect, it } from 'vitest';
import { sess1 } from '../../../electron/core/analysis/flags/sess-1';
import { CaseBuilder } from './support/case-builder';
import { counselling, evaluateOne } from './support/complaints-sessions';

const dna = (b: CaseBuilder, at: string) => counselling(b, at, 'did_not_attend');
const noCause = (b: CaseBuilder, at: string) => counselling(b, at, 'cancelled_by_client_without_due_cause');
const consecutive = { rule: 'consecutive' } as const;

describe('SESS-1 missed sessions', () => {
  it('SESS-1: three missed sessions with the third before the first + 3 months are flagged (15 January → 14 April counts)', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const ids = [dna(b, '2026-01-15'), noCause(b, '2026-02-20'), dna(b, '2026-04-14')];
    expect(evaluateOne(b, sess1, '2026-06-01')).toEqual([
      {
        summary:
          '3 planned sessions were missed (not attended, or cancelled by the client without due cause) on 15 January 2026, 20 February 2026 and 14 April 2026, at least 3 of them within 3 calendar months.',
        from: '2026-01-15',
        to: '2026-04-14',
        evidence: ids,
        staffId: null,
      },
    ]);
  });

  it('SESS-1: from 15 January, a third on 15 April is too late', () => {
    const b = new CaseBuilder('counselling_open_ended');
    dna(b, '2026-01-15');
    dna(b, '2026-02-20');
    dna(b, '2026-04-15');
    expect(evaluateOne(b, sess1, '2026-06-01')).toEqual([]);
  });

  it('SESS-1: from 31 January (+ 3 months is 30 April) 29 April counts and 30 April does not', () => {
    const b = new CaseBuilder('counselling_short_term');
    const ids = [dna(b, '2026-01-31'), dna(b, '2026-03-10'), dna(b, '2026-04-29')];
    expect(evaluateOne(b, sess1, '2026-06-01')?.map((f) => f.evidence)).toEqual([ids]);
    const c = new CaseBuilder('counselling_short_term');
    dna(c, '2026-01-31');
    dna(c, '2026-03-10');
    dna(c, '2026-04-30');
    expect(evaluateOne(c, sess1, '2026-06-01')).toEqual([]);
  });

  it('SESS-1: from 30 November (+ 3 months is 28 February) 27 February counts and 28 February does not', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const ids = [dna(b, '2025-11-30'), dna(b, '2026-01-10'), dna(b, '2026-02-27')];
    expect(evaluateOne(b, sess1, '2026-06-01')?.map((f) => f.evidence)).toEqual([ids]);
    const c = new CaseBuilder('counselling_open_ended');
    dna(c, '2025-11-30');
    dna(c, '2026-01-10');
    dna(c, '2026-02-28');
    expect(evaluateOne(c, sess1, '2026-06-01')).toEqual([]);
  });

  it('SESS-1: cancellations with due cause or by the service, technology failures and planned sessions never count', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const ids = [dna(b, '2026-01-15'), dna(b, '2026-01-22')];
    counselling(b, '2026-01-29', 'cancelled_by_client_with_due_cause');
    counselling(b, '2026-02-05', 'cancelled_by_service');
    counselling(b, '2026-02-12', 'technology_failure');
    counselling(b, '2026-02-19', 'planned');
    expect(evaluateOne(b, sess1, '2026-06-01')).toEqual([]);
    expect(evaluateOne(b, sess1, '2026-06-01', consecutive)).toEqual([]);
    ids.push(dna(b, '2026-02-26'));
    expect(evaluateOne(b, sess1, '2026-06-01')?.map((f) => f.evidence)).toEqual([ids]);
  });

  it('SESS-1: consecutive rule: two missed sessions with an attended one between are not consecutive', () => {
    const b = new CaseBuilder('counselling_open_ended');
    dna(b, '2026-01-15');
    counselling(b, '2026-01-22', 'attended');
    dna(b, '2026-01-29');
    expect(evaluateOne(b, sess1, '2026-06-01', { rule: 'consecutive', count: 2 })).toEqual([]);
    expect(evaluateOne(b, sess1, '2026-06-01', { count: 2 })).toHaveLength(1);
  });

  it('SESS-1: consecutive rule: a service cancellation, due cause, technology failure or planned session between neither counts nor breaks the run', () => {
    const b = new CaseBuilder('counselling_short_term');
    const ids = [dna(b, '2026-01-15')];
    counselling(b, '2026-01-22', 'cancelled_by_service');
    counselling(b, '2026-01-29', 'cancelled_by_client_with_due_cause');
    counselling(b, '2026-02-05', 'technology_failure');
    counselling(b, '2026-02-12', 'planned');
    ids.push(noCause(b, '2026-09-19'));
    const findings = evaluateOne(b, sess1, '2026-12-01', { rule: 'consecutive', count: 2 });
    expect(findings?.map((f) => [f.from, f.to, f.evidence])).toEqual([['2026-01-15', '2026-09-19', ids]]);
    expect(findings?.[0]?.summary).toBe('2 consecutive planned sessions were missed (not attended, or cancelled by the client without due cause) on 15 January 2026 and 19 September 2026.');
  });

  it('SESS-1: consecutive rule: each unbroken run of 3 is one finding with all its missed sessions', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const run1 = [dna(b, '2026-01-01'), dna(b, '2026-01-08'), dna(b, '2026-01-15'), dna(b, '2026-01-22')];
    counselling(b, '2026-01-29', 'attended');
    dna(b, '2026-02-05');
    dna(b, '2026-02-12');
    counselling(b, '2026-02-19', 'attended');
    const run2 = [dna(b, '2026-06-01'), dna(b, '2026-07-01'), noCause(b, '2026-11-01')];
    expect(evaluateOne(b, sess1, '2026-12-01', consecutive)?.map((f) => f.evidence)).toEqual([run1, run2]);
  });

  it('SESS-1: a session at 00:30 London on 25 October 2026 (23:30 UTC the day before) falls on 25 October', () => {
    const b = new CaseBuilder('counselling_open_ended');
    dna(b, '2026-07-25');
    dna(b, '2026-08-01');
    const late = dna(b, '2026-10-25 00:30');
    expect(b.build().records.find((r) => r.id === late)?.date).toBe('2026-10-25');
    expect(evaluateOne(b, sess1, '2026-12-01')).toEqual([]); // from 25 July the window ends on 24 October
    expect(evaluateOne(b, sess1, '2026-10-24')).toEqual([]); // and the session is after an as-of 24 October
  });

  it('SESS-1: a session at 00:30 London on 29 March 2026 (the spring change) falls on 29 March', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const ids = [dna(b, '2026-03-29 00:30'), dna(b, '2026-04-10'), dna(b, '2026-06-28 23:30')];
    expect(b.build().records.map((r) => r.date)).toEqual(['2026-03-29', '2026-04-10', '2026-06-28']);
    expect(evaluateOne(b, sess1, '2026-07-01')?.map((f) => [f.from, f.to, f.evidence])).toEqual([['2026-03-29', '2026-06-28', ids]]);
    const c = new CaseBuilder('counselling_open_ended');
    dna(c, '2026-03-29 00:30');
    dna(c, '2026-04-10');
    dna(c, '2026-06-29 00:30');
    expect(evaluateOne(c, sess1, '2026-07-01')).toEqual([]);
  });

  it('SESS-1: missed sessions after the as-of date are not counted', () => {
    const b = new CaseBuilder('counselling_open_ended');
    dna(b, '2026-01-15');
    dna(b, '2026-01-22');
    dna(b, '2026-01-29');
    expect(evaluateOne(b, sess1, '2026-01-28')).toEqual([]);
    expect(evaluateOne(b, sess1, '2026-01-28', consecutive)).toEqual([]);
    expect(evaluateOne(b, sess1, '2026-01-29')).toHaveLength(1);
  });

  it('SESS-1: applies to counselling only, with the policy’s numbers as defaults', () => {
    for (const service of ['online_tuition', 'in_practice_tuition', 'information_advice'] as const) {
      const b = new CaseBuilder(service);
      dna(b, '2026-01-15');
      dna(b, '2026-01-22');
      dna(b, '2026-01-29');
      expect(evaluateOne(b, sess1, '2026-06-01')).toBeNull();
    }
    expect(sess1.params.rule).toMatchObject({ default: 'in_period', origin: 'policy' });
    expect(sess1.params.count).toMatchObject({ default: 3, origin: 'policy' });
    expect(sess1.params.months).toMatchObject({ default: 3, origin: 'policy' });
  });
});
