import { describe, expect, it } from 'vitest';
import { comm4 } from '../../../electron/core/analysis/flags/comm-4';
import { CaseBuilder, STAFF } from './support/case-builder';

type Details = Parameters<CaseBuilder['contactFromClient']>[2];
const asOf = '2026-06-01';
const email = (b: CaseBuilder, at: string, words = 801, details: Details = {}) =>
  b.contactFromClient(at, STAFF.supportWorker, { medium: 'email', line: 'company_email', length: { unit: 'words', value: words }, ...details });
const FIVE = ['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16']; // the fifth 14 days after the first

describe('COMM-4 lengthy emails', () => {
  it('COMM-4: 5 emails of 801 words within 14 days (both ends) are flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = FIVE.map((d) => email(b, d));
    const found = b.run(comm4, asOf);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-16', evidence: ids, staffId: null });
    expect(found[0]!.summary).toBe('5 emails from the client of over 800 words each between 2 March 2026 and 16 March 2026.');
  });

  it('COMM-4: an email of exactly 800 words is not lengthy', () => {
    const b = new CaseBuilder('online_tuition');
    FIVE.forEach((d, i) => email(b, d, i === 2 ? 800 : 801));
    expect(b.run(comm4, asOf)).toEqual([]);
  });

  it('COMM-4: the fifth on day 15 is a day too late; 4 emails are not enough', () => {
    const late = new CaseBuilder('online_tuition');
    [...FIVE.slice(0, 4), '2026-03-17'].forEach((d) => email(late, d));
    expect(late.run(comm4, asOf)).toEqual([]);
    const four = new CaseBuilder('online_tuition');
    FIVE.slice(0, 4).forEach((d) => email(four, d));
    expect(four.run(comm4, asOf)).toEqual([]);
  });

  it('COMM-4: letters, call minutes, outbound emails, emails the service requested and cancellations do not count', () => {
    const variants: ((b: CaseBuilder) => string)[] = [
      (b) => email(b, '2026-03-09', 2000, { medium: 'letter' }),
      (b) => b.contactFromClient('2026-03-09', STAFF.supportWorker, { medium: 'email', line: 'company_email', length: { unit: 'minutes', value: 900 } }),
      (b) => email(b, '2026-03-09', 2000, { direction: 'to_client' }),
      (b) => email(b, '2026-03-09', 2000, { requestedByService: true }),
      (b) => email(b, '2026-03-09', 2000, { purpose: 'cancellation_or_rescheduling' }),
    ];
    for (const variant of variants) {
      const b = new CaseBuilder('online_tuition');
      FIVE.filter((d) => d !== '2026-03-09').forEach((d) => email(b, d));
      variant(b);
      expect(b.run(comm4, asOf)).toEqual([]);
    }
  });

  it('COMM-4: an email at 00:30 London time on 25 October 2026 counts from 25 October, so 8 November is day 14', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = ['2026-10-25 00:30', '2026-10-28', '2026-11-01', '2026-11-04', '2026-11-08'].map((d) => email(b, d));
    expect(b.build().records[0]).toMatchObject({ occurredAt: '2026-10-24T23:30:00.000Z', date: '2026-10-25' });
    expect(b.run(comm4, '2026-12-01').map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-4: emails after the as-of date are not counted', () => {
    const b = new CaseBuilder('online_tuition');
    FIVE.forEach((d) => email(b, d));
    expect(b.run(comm4, '2026-03-15')).toEqual([]);
    expect(b.run(comm4, '2026-03-16')).toHaveLength(1);
  });

  it('COMM-4: two bursts far apart are two findings', () => {
    const b = new CaseBuilder('online_tuition');
    const first = FIVE.map((d) => email(b, d));
    const second = ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08'].map((d) => email(b, d, 5000));
    expect(b.run(comm4, asOf).map((f) => f.evidence)).toEqual([first, second]);
  });
});
