import { describe, expect, it } from 'vitest';
import { comm1 } from '../../../electron/core/analysis/flags/comm-1';
import { CaseBuilder, STAFF } from './support/case-builder';

const on = (b: CaseBuilder, dates: readonly string[], details: Parameters<CaseBuilder['contactFromClient']>[2] = {}) =>
  dates.map((d) => b.contactFromClient(d, STAFF.supportWorker, details));
const builder = () => new CaseBuilder('information_advice');

describe('COMM-1 high contact frequency', () => {
  it('COMM-1: contacts on 5 consecutive working days are flagged, one finding for the run', () => {
    const b = builder();
    const ids = on(b, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06 09:00', '2026-03-06 16:00']);
    const found = b.run(comm1, '2026-06-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-06', evidence: ids, staffId: null });
    expect(found[0]!.summary).toBe('Contacts from the client on 5 consecutive working days from 2 March 2026 to 6 March 2026 (6 contacts).');
  });

  it('COMM-1: 4 consecutive working days are one short', () => {
    const b = builder();
    on(b, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(b.run(comm1, '2026-06-01')).toEqual([]);
  });

  it('COMM-1: a run goes on over a weekend, and a Saturday contact is ignored', () => {
    const b = builder();
    const [wed, thu, fri, sat, mon, tue] = on(b, ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-09', '2026-03-10']);
    const found = b.run(comm1, '2026-06-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-04', to: '2026-03-10', evidence: [wed, thu, fri, mon, tue] });
    expect(found[0]!.evidence).not.toContain(sat);
  });

  it('COMM-1: a run goes on over Good Friday and Easter Monday 2026, which neither count nor break it', () => {
    const b = builder();
    const [mon, tue, wed, thu, , easterMonday, tue7] = on(b, ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-04-07']);
    const found = b.run(comm1, '2026-06-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-30', to: '2026-04-07', evidence: [mon, tue, wed, thu, tue7] });
    expect(found[0]!.evidence).not.toContain(easterMonday);
  });

  it('COMM-1: a working day without contact breaks the run, unless it is a hand-added day off', () => {
    const b = builder();
    on(b, ['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06', '2026-03-09']); // no contact on Wednesday 4 March
    expect(b.run(comm1, '2026-06-01')).toEqual([]);
    const found = b.run(comm1, '2026-06-01', {}, [{ date: '2026-03-04', name: 'Office closed' }]);
    expect(found.map((f) => [f.from, f.to])).toEqual([['2026-03-02', '2026-03-09']]);
  });

  it('COMM-1: a longer run is one finding covering all of it', () => {
    const b = builder();
    const ids = on(b, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10']);
    const found = b.run(comm1, '2026-06-01');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toEqual(ids);
    expect(found[0]!.summary).toContain('7 consecutive working days');
  });

  it('COMM-1: two days with 3 contacts each, 13 days apart, are flagged', () => {
    const b = builder();
    const ids = on(b, ['2026-03-02 09:00', '2026-03-02 12:00', '2026-03-02 15:00', '2026-03-15 09:00', '2026-03-15 12:00', '2026-03-15 15:00']);
    on(b, ['2026-03-08 09:00', '2026-03-08 12:00']); // two contacts do not make a heavy day
    const found = b.run(comm1, '2026-06-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-15', evidence: ids });
    expect(found[0]!.summary).toBe('3 or more contacts from the client a day on 2 days, 2 March 2026 and 15 March 2026 (6 contacts).');
  });

  it('COMM-1: two heavy days 14 days apart are not', () => {
    const b = builder();
    on(b, ['2026-03-02 09:00', '2026-03-02 12:00', '2026-03-02 15:00', '2026-03-16 09:00', '2026-03-16 12:00', '2026-03-16 15:00']);
    expect(b.run(comm1, '2026-06-01')).toEqual([]);
  });

  it('COMM-1: contacts the service requested, cancellations, outbound contacts and new information on an open issue do not count', () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06'];
    const variants: ((b: CaseBuilder) => string)[] = [
      (b) => b.contactFromClient('2026-03-04', STAFF.supportWorker, { requestedByService: true }),
      (b) => b.contactFromClient('2026-03-04', STAFF.supportWorker, { purpose: 'cancellation_or_rescheduling' }),
      (b) => b.contactToClient('2026-03-04', STAFF.supportWorker),
      (b) => b.contactFromClient('2026-03-04', STAFF.supportWorker, { issueId: b.issue('2026-02-02'), bringsNewInformation: true }),
      // Resolved on the day of the contact: still open that day.
      (b) => b.contactFromClient('2026-03-04', STAFF.supportWorker, { issueId: b.issue('2026-02-02', 'Transport', '2026-03-04'), bringsNewInformation: true }),
    ];
    const control = builder();
    on(control, [...days, '2026-03-04']);
    expect(control.run(comm1, '2026-06-01')).toHaveLength(1);
    for (const variant of variants) {
      const b = builder();
      on(b, days);
      variant(b);
      expect(b.run(comm1, '2026-06-01')).toEqual([]);
    }
  });

  it('COMM-1: new information on an issue resolved before the contact counts', () => {
    const b = builder();
    const issueId = b.issue('2026-02-02', 'Transport', '2026-02-27');
    const ids = on(b, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'], { issueId, bringsNewInformation: true });
    expect(b.run(comm1, '2026-06-01').map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-1: a contact at 00:30 on a British Summer Time Monday counts on that Monday, not on the Sunday it is in UTC', () => {
    const b = builder();
    const ids = on(b, ['2026-06-01 00:30', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05']);
    expect(b.build().records[0]).toMatchObject({ occurredAt: '2026-05-31T23:30:00.000Z', date: '2026-06-01' });
    expect(b.run(comm1, '2026-07-01').map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-1: a contact at 00:30 London time on 25 October 2026 (clocks go back) falls on 25 October', () => {
    const b = builder();
    const first = on(b, ['2026-10-12 09:00', '2026-10-12 12:00', '2026-10-12 15:00']);
    const last = on(b, ['2026-10-25 00:30', '2026-10-25 12:00', '2026-10-25 23:30']); // 13 days after 12 October
    const late = b.build().records.find((r) => r.id === last[0]);
    expect(late).toMatchObject({ occurredAt: '2026-10-24T23:30:00.000Z', date: '2026-10-25' });
    expect(b.run(comm1, '2026-11-01').map((f) => f.evidence)).toEqual([[...first, ...last]]);
  });

  it('COMM-1: contacts after the as-of date are not counted', () => {
    const b = builder();
    on(b, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(b.run(comm1, '2026-03-05')).toEqual([]);
    expect(b.run(comm1, '2026-03-06')).toHaveLength(1);
  });

  it('COMM-1: the numbers are settings', () => {
    const b = builder();
    on(b, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(b.run(comm1, '2026-06-01', { consecutiveDays: 4 })).toHaveLength(1);
    expect(Object.values(comm1.params).map((p) => [p.default, p.origin])).toEqual([
      [5, 'threshold'],
      [2, 'threshold'],
      [3, 'threshold'],
      [13, 'threshold'],
    ]);
  });
});
