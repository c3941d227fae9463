import { describe, expect, it } from 'vitest';
import { comm7 } from '../../../electron/core/analysis/flags/comm-7';
import { CaseBuilder, STAFF } from './support/case-builder';

type Details = Parameters<CaseBuilder['contactFromClient']>[2];
const asOf = '2026-06-01';
const copied = (b: CaseBuilder, at: string, details: Details = {}) =>
  b.contactFromClient(at, STAFF.supportWorker, { medium: 'email', line: 'company_email', copiedInWithoutNeed: true, ...details });

describe('COMM-7 copying in', () => {
  it('COMM-7: 3 contacts copied in without need within 30 days (both ends) are flagged', () => {
    const b = new CaseBuilder('information_advice');
    const ids = [copied(b, '2026-03-02'), copied(b, '2026-03-15'), copied(b, '2026-04-01')]; // 2 March + 30 days = 1 April
    b.contactFromClient('2026-03-10', STAFF.supportWorker, { medium: 'email', line: 'company_email' });
    const found = b.run(comm7, asOf);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-04-01', evidence: ids, staffId: null });
    expect(found[0]!.summary).toBe('3 contacts from the client copied the service in without need between 2 March 2026 and 1 April 2026.');
  });

  it('COMM-7: the third on day 31 is a day too late', () => {
    const b = new CaseBuilder('information_advice');
    copied(b, '2026-03-02');
    copied(b, '2026-03-15');
    copied(b, '2026-04-02');
    expect(b.run(comm7, asOf)).toEqual([]);
  });

  it('COMM-7: outbound contacts, contacts the service requested and cancellations do not count', () => {
    for (const details of [{ direction: 'to_client' }, { requestedByService: true }, { purpose: 'cancellation_or_rescheduling' }] as Details[]) {
      const b = new CaseBuilder('information_advice');
      copied(b, '2026-03-02');
      copied(b, '2026-03-15', details);
      copied(b, '2026-04-01');
      expect(b.run(comm7, asOf)).toEqual([]);
    }
  });

  it('COMM-7: a copy at 00:30 London time on 25 October 2026 counts from 25 October, so 24 November is day 30', () => {
    const b = new CaseBuilder('information_advice');
    const ids = [copied(b, '2026-10-25 00:30'), copied(b, '2026-11-10'), copied(b, '2026-11-24')];
    expect(b.build().records[0]).toMatchObject({ occurredAt: '2026-10-24T23:30:00.000Z', date: '2026-10-25' });
    expect(b.run(comm7, '2026-12-01').map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-7: copies after the as-of date are not counted', () => {
    const b = new CaseBuilder('information_advice');
    copied(b, '2026-03-02');
    copied(b, '2026-03-15');
    copied(b, '2026-04-01');
    expect(b.run(comm7, '2026-03-31')).toEqual([]);
    expect(b.run(comm7, '2026-04-01')).toHaveLength(1);
  });

  it('COMM-7: the numbers are settings', () => {
    const b = new CaseBuilder('information_advice');
    copied(b, '2026-03-02');
    copied(b, '2026-04-02');
    expect(b.run(comm7, asOf, { contacts: 2, withinDays: 31 })).toHaveLength(1);
  });
});
