import { describe, expect, it } from 'vitest';
import { comm2 } from '../../../electron/core/analysis/flags/comm-2';
import { CaseBuilder, STAFF } from './support/case-builder';

type Details = Parameters<CaseBuilder['contactFromClient']>[2];
const builder = () => new CaseBuilder('information_advice');
/** A case with one open issue; `raise` adds a contact from the client on it. */
function setUp() {
  const b = builder();
  const issueId = b.issue('2026-02-02', 'School named in section I');
  const raise = (at: string, line: 'helpline' | 'service_inbox' | 'main_desk_phone', staffId: string | null = null, details: Details = {}) =>
    b.contactFromClient(at, staffId, { line, medium: line === 'service_inbox' ? 'email' : 'phone_call', issueId, ...details });
  return { b, issueId, raise };
}
const asOf = '2026-06-01';

describe('COMM-2 scattergun', () => {
  it('COMM-2: the same issue by the helpline and the service inbox within 2 working days is flagged', () => {
    const { b, raise } = setUp();
    const ids = [raise('2026-03-02', 'helpline'), raise('2026-03-04 17:00', 'service_inbox')]; // Monday, then Wednesday
    const found = b.run(comm2, asOf);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-04', evidence: ids, staffId: null });
    expect(found[0]!.summary).toBe(
      'The issue “School named in section I” was raised via 2 lines (helpline and service inbox) in 2 contacts between 2 March 2026 and 4 March 2026, without the client saying others had been contacted.',
    );
  });

  it('COMM-2: on the third working day it is too late', () => {
    const { b, raise } = setUp();
    raise('2026-03-02', 'helpline');
    raise('2026-03-05', 'service_inbox');
    expect(b.run(comm2, asOf)).toEqual([]);
  });

  it('COMM-2: the window runs over a weekend (Thursday to Monday) but not to Tuesday', () => {
    const { b, raise } = setUp();
    const ids = [raise('2026-03-05', 'helpline'), raise('2026-03-09', 'service_inbox')];
    expect(b.run(comm2, asOf).map((f) => f.evidence)).toEqual([ids]);
    const late = setUp();
    late.raise('2026-03-05', 'helpline');
    late.raise('2026-03-10', 'service_inbox');
    expect(late.b.run(comm2, asOf)).toEqual([]);
  });

  it('COMM-2: the window runs over Easter 2026 (Thursday 2 April to Wednesday 8 April) but not to Thursday 9 April', () => {
    const { b, raise } = setUp();
    const ids = [raise('2026-04-02', 'helpline'), raise('2026-04-08', 'service_inbox')];
    expect(b.run(comm2, asOf).map((f) => f.evidence)).toEqual([ids]);
    const late = setUp();
    late.raise('2026-04-02', 'helpline');
    late.raise('2026-04-09', 'service_inbox');
    expect(late.b.run(comm2, asOf)).toEqual([]);
  });

  it('COMM-2: the same issue with two staff on one line is flagged and names them', () => {
    const { b, raise } = setUp();
    const ids = [raise('2026-03-02', 'main_desk_phone', STAFF.supportWorker), raise('2026-03-03', 'main_desk_phone', STAFF.supportWorker2)];
    const found = b.run(comm2, asOf);
    expect(found.map((f) => f.evidence)).toEqual([ids]);
    expect(found[0]!.summary).toContain('with 2 staff (Staff supportWorker and Staff supportWorker2)');
  });

  it('COMM-2: one contact with two staff, or twice on one line with one person, is not scattergun', () => {
    const { b, raise } = setUp();
    raise('2026-03-02', 'service_inbox', null, { staffParties: [STAFF.supportWorker, STAFF.supportWorker2] });
    raise('2026-03-10', 'helpline', STAFF.supportWorker);
    raise('2026-03-11', 'helpline', STAFF.supportWorker);
    expect(b.run(comm2, asOf)).toEqual([]);
  });

  it('COMM-2: different issues, or contacts with no issue, do not add up', () => {
    const { b, raise } = setUp();
    const other = b.issue('2026-02-03', 'Transport');
    raise('2026-03-02', 'helpline');
    b.contactFromClient('2026-03-03', null, { line: 'service_inbox', medium: 'email', issueId: other });
    b.contactFromClient('2026-03-03', null, { line: 'main_desk_phone' });
    expect(b.run(comm2, asOf)).toEqual([]);
  });

  it('COMM-2: the client saying others had been contacted, in a contact in the window, suppresses it', () => {
    const { b, raise } = setUp();
    raise('2026-03-02', 'helpline');
    raise('2026-03-03', 'service_inbox', null, { clientSaidOthersContacted: true });
    expect(b.run(comm2, asOf)).toEqual([]);
    // Said on a call the service made, within the window: still said.
    const outbound = setUp();
    outbound.raise('2026-03-02', 'helpline');
    outbound.raise('2026-03-03', 'service_inbox');
    outbound.b.contactToClient('2026-03-04', STAFF.supportWorker, { issueId: outbound.issueId, clientSaidOthersContacted: true });
    expect(outbound.b.run(comm2, asOf)).toEqual([]);
  });

  it('COMM-2: saying it once does not cover a later window', () => {
    const { b, raise } = setUp();
    raise('2026-03-02', 'helpline', null, { clientSaidOthersContacted: true });
    raise('2026-03-03', 'service_inbox');
    const later = [raise('2026-03-09', 'helpline'), raise('2026-03-10', 'service_inbox')];
    expect(b.run(comm2, asOf).map((f) => f.evidence)).toEqual([later]);
  });

  it('COMM-2: overlapping windows make one finding', () => {
    const { b, raise } = setUp();
    const ids = [raise('2026-03-02', 'helpline'), raise('2026-03-03', 'service_inbox'), raise('2026-03-05', 'helpline'), raise('2026-03-09', 'service_inbox')];
    const found = b.run(comm2, asOf);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-09', evidence: ids });
  });

  it('COMM-2: contacts the service requested, cancellations, outbound contacts and new information on an open issue do not count', () => {
    const variants: Details[] = [{ requestedByService: true }, { purpose: 'cancellation_or_rescheduling' }, { direction: 'to_client' }, { bringsNewInformation: true }];
    for (const details of variants) {
      const { b, raise } = setUp();
      raise('2026-03-02', 'helpline');
      raise('2026-03-03', 'service_inbox', null, details);
      expect(b.run(comm2, asOf)).toEqual([]);
    }
  });

  it('COMM-2: new information on an issue resolved before the contact counts', () => {
    const b = builder();
    const issueId = b.issue('2026-02-02', 'Transport', '2026-02-27');
    const ids = [
      b.contactFromClient('2026-03-02', null, { line: 'helpline', issueId, bringsNewInformation: true }),
      b.contactFromClient('2026-03-03', null, { line: 'service_inbox', medium: 'email', issueId, bringsNewInformation: true }),
    ];
    expect(b.run(comm2, asOf).map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-2: a contact at 00:30 on a summer-time Tuesday is on Tuesday, a day too late for a Thursday window', () => {
    const { b, raise } = setUp();
    raise('2026-06-04', 'helpline'); // Thursday: the window ends with Monday 8 June
    const tuesday = raise('2026-06-09 00:30', 'service_inbox'); // 23:30 on Monday in UTC
    expect(b.build().records.find((r) => r.id === tuesday)?.date).toBe('2026-06-09');
    expect(b.run(comm2, '2026-07-01')).toEqual([]);
    const monday = setUp();
    const ids = [monday.raise('2026-06-04', 'helpline'), monday.raise('2026-06-08 23:30', 'service_inbox')];
    expect(monday.b.run(comm2, '2026-07-01').map((f) => f.evidence)).toEqual([ids]);
  });

  it('COMM-2: contacts after the as-of date are not counted', () => {
    const { b, raise } = setUp();
    raise('2026-03-02', 'helpline');
    raise('2026-03-04', 'service_inbox');
    expect(b.run(comm2, '2026-03-03')).toEqual([]);
    expect(b.run(comm2, '2026-03-04')).toHaveLength(1);
  });
});
