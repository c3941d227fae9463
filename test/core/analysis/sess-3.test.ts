import { describe, expect, it } from 'vitest';
import { addDays } from '../../../electron/core/analysis/dates';
import { sess3 } from '../../../electron/core/analysis/flags/sess-3';
import { CaseBuilder } from './support/case-builder';
import { counselling, evaluateOne } from './support/complaints-sessions';

/** `n` attended weekly sessions from a date; returns their ids. */
const weekly = (b: CaseBuilder, from: string, n: number): string[] => Array.from({ length: n }, (_, i) => counselling(b, addDays(from, 7 * i)));

describe('SESS-3 short-term counselling limit', () => {
  it('SESS-3: the 12th attended session is flagged with all 12 as evidence; 11 are not', () => {
    const b = new CaseBuilder('counselling_short_term', '2026-01-05');
    const ids = weekly(b, '2026-01-08', 11);
    expect(evaluateOne(b, sess3, '2026-06-01')).toEqual([]);
    ids.push(counselling(b, '2026-03-26'));
    expect(evaluateOne(b, sess3, '2026-06-01')).toEqual([
      {
        summary:
          'Short-term counselling reached session 12 on 26 March 2026 (the first was on 8 January 2026): decide with the client whether to finish, extend, or return to the waiting list.',
        from: '2026-01-08',
        to: '2026-03-26',
        evidence: ids,
        staffId: null,
      },
    ]);
  });

  it('SESS-3: sessions beyond the 12th are not evidence', () => {
    const b = new CaseBuilder('counselling_short_term');
    const ids = weekly(b, '2026-01-08', 14);
    const findings = evaluateOne(b, sess3, '2026-06-01');
    expect(findings?.map((f) => [f.from, f.to, f.evidence])).toEqual([['2026-01-08', '2026-03-26', ids.slice(0, 12)]]);
  });

  it('SESS-3: missed, cancelled, failed and planned sessions were not delivered and do not count', () => {
    const b = new CaseBuilder('counselling_short_term');
    weekly(b, '2026-01-08', 11);
    counselling(b, '2026-04-01', 'did_not_attend');
    counselling(b, '2026-04-02', 'cancelled_by_client_with_due_cause');
    counselling(b, '2026-04-03', 'cancelled_by_client_without_due_cause');
    counselling(b, '2026-04-04', 'cancelled_by_service');
    counselling(b, '2026-04-05', 'technology_failure');
    counselling(b, '2026-04-06', 'planned');
    expect(evaluateOne(b, sess3, '2026-06-01')).toEqual([]);
  });

  it('SESS-3: a 12th session after the as-of date is not counted', () => {
    const b = new CaseBuilder('counselling_short_term');
    weekly(b, '2026-01-08', 12);
    expect(evaluateOne(b, sess3, '2026-03-25')).toEqual([]);
    expect(evaluateOne(b, sess3, '2026-03-26')).toHaveLength(1);
  });

  it('SESS-3: applies to short-term counselling only; the number of sessions is a setting', () => {
    for (const service of ['counselling_open_ended', 'online_tuition', 'information_advice'] as const) {
      const b = new CaseBuilder(service);
      weekly(b, '2026-01-08', 12);
      expect(evaluateOne(b, sess3, '2026-06-01')).toBeNull();
    }
    const b = new CaseBuilder('counselling_short_term');
    const ids = weekly(b, '2026-01-08', 8);
    expect(evaluateOne(b, sess3, '2026-06-01', { sessions: 6 })?.map((f) => f.evidence)).toEqual([ids.slice(0, 6)]);
    expect(sess3.params.sessions).toMatchObject({ default: 12, origin: 'policy' });
  });
});
