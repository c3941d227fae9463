import { describe, expect, it } from 'vitest';
import { comm3 } from '../../../electron/core/analysis/flags/comm-3';
import { CaseBuilder, STAFF } from './support/case-builder';

type Details = Parameters<CaseBuilder['contactFromClient']>[2];
const asOf = '2026-06-01';
function setUp(resolvedOn: string | null = null) {
  const b = new CaseBuilder('information_advice');
  const issueId = b.issue('2026-02-02', 'Transport to school', resolvedOn);
  const ask = (at: string, staffId: string, details: Details = {}) => b.contactFromClient(at, staffId, { line: 'helpline', issueId, ...details });
  return { b, issueId, ask };
}

describe('COMM-3 advice shopping', () => {
  it('COMM-3: the same issue with 3 different staff on 3 different days within 14 days (both ends) is flagged', () => {
    const { b, ask } = setUp();
    const ids = [ask('2026-03-02', STAFF.supportWorker), ask('2026-03-09', STAFF.supportWorker2), ask('2026-03-16', STAFF.supportWorker3)];
    const found = b.run(comm3, asOf);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-16', evidence: ids, staffId: null });
    expect(found[0]!.summary).toBe(
      'The issue “Transport to school” was raised with 3 different staff (Staff supportWorker, Staff supportWorker2 and Staff supportWorker3) on 3 different days between 2 March 2026 and 16 March 2026.',
    );
  });

  it('COMM-3: the third on day 15 is a day too late', () => {
    const { b, ask } = setUp();
    ask('2026-03-02', STAFF.supportWorker);
    ask('2026-03-09', STAFF.supportWorker2);
    ask('2026-03-17', STAFF.supportWorker3);
    expect(b.run(comm3, asOf)).toEqual([]);
  });

  it('COMM-3: 3 staff on 2 days, or 3 days with 2 staff, are not enough', () => {
    const twoDays = setUp();
    twoDays.ask('2026-03-02 09:00', STAFF.supportWorker);
    twoDays.ask('2026-03-02 15:00', STAFF.supportWorker2);
    twoDays.ask('2026-03-05', STAFF.supportWorker3);
    expect(twoDays.b.run(comm3, asOf)).toEqual([]);
    const twoStaff = setUp();
    twoStaff.ask('2026-03-02', STAFF.supportWorker);
    twoStaff.ask('2026-03-03', STAFF.supportWorker2);
    twoStaff.ask('2026-03-04', STAFF.supportWorker);
    expect(twoStaff.b.run(comm3, asOf)).toEqual([]);
  });

  it('COMM-3: different issues do not add up', () => {
    const { b, ask } = setUp();
    const other = b.issue('2026-02-03', 'Annual review');
    ask('2026-03-02', STAFF.supportWorker);
    ask('2026-03-03', STAFF.supportWorker2);
    b.contactFromClient('2026-03-04', STAFF.supportWorker3, { line: 'helpline', issueId: other });
    expect(b.run(comm3, asOf)).toEqual([]);
  });

  it('COMM-3: contacts the service requested, cancellations, outbound contacts and new information on an open issue do not count', () => {
    const variants: Details[] = [{ requestedByService: true }, { purpose: 'cancellation_or_rescheduling' }, { direction: 'to_client' }, { bringsNewInformation: true }];
    for (const details of variants) {
      const { b, ask } = setUp();
      ask('2026-03-02', STAFF.supportWorker);
      ask('2026-03-03', STAFF.supportWorker2);
      ask('2026-03-04', STAFF.supportWorker3, details);
      expect(b.run(comm3, asOf)).toEqual([]);
    }
  });

  it('COMM-3: new information on an issue resolved before the contact counts', () => {
    const { b, ask } = setUp('2026-02-27');
    const ids = [ask('2026-03-02', STAFF.supportWorker), ask('2026-03-03', STAFF.supportWorker2), ask('2026-03-04', STAFF.supportWorker3, { bringsNewInformation: true })];
    expect(b.run(comm3, asOf).map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-3: a contact at 00:30 London time on 25 October 2026 counts on 25 October, the fourteenth day', () => {
    const { b, ask } = setUp();
    const ids = [ask('2026-10-11', STAFF.supportWorker), ask('2026-10-18', STAFF.supportWorker2), ask('2026-10-25 00:30', STAFF.supportWorker3)];
    expect(b.build().records.find((r) => r.id === ids[2])).toMatchObject({ occurredAt: '2026-10-24T23:30:00.000Z', date: '2026-10-25' });
    expect(b.run(comm3, '2026-11-01').map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-3: contacts after the as-of date are not counted', () => {
    const { b, ask } = setUp();
    ask('2026-03-02', STAFF.supportWorker);
    ask('2026-03-09', STAFF.supportWorker2);
    ask('2026-03-16', STAFF.supportWorker3);
    expect(b.run(comm3, '2026-03-15')).toEqual([]);
    expect(b.run(comm3, '2026-03-16')).toHaveLength(1);
  });

  it('COMM-3: applies to information and advice only by default, not to tuition or counselling', () => {
    expect(comm3.services.default).toEqual(['information_advice']);
    for (const service of ['online_tuition', 'in_practice_tuition', 'counselling_open_ended'] as const) expect(comm3.services.default).not.toContain(service);
  });
});
