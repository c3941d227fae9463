import { describe, expect, it } from 'vitest';
import { CaseBuilder, STAFF } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

describe('W-8 persistent contact unchanged after a resolution was attempted', () => {
  it('W-8: an agreement and a breach after it started is met, for a restriction only', () => {
    const b = new CaseBuilder('information_advice');
    const a = b.add('communication_agreement', '2026-03-02', { singlePointOfContactId: STAFF.clientManager, startsOn: '2026-03-02', reviewOn: '2026-09-02' });
    b.contactFromClient('2026-03-02', STAFF.supportWorker); // the day it started: a breach, but not after it
    expect(criterion(b, new CaseworkBuilder(), 'W-8', '2026-03-31').state).toBe('not_met');
    const later = b.contactFromClient('2026-03-03', STAFF.supportWorker);
    const found = criterion(b, new CaseworkBuilder(), 'W-8', '2026-03-31');
    expect(found).toMatchObject({ state: 'met', allowedOutcomes: ['restrict'], flags: ['COMM-6'] });
    expect(found.evidence).toEqual([a, later]);
  });

  it('W-8: persistent contact with no agreement is not met: a resolution must be attempted first', () => {
    const b = new CaseBuilder('information_advice');
    for (const d of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) b.contactFromClient(d, STAFF.supportWorker);
    const found = criterion(b, new CaseworkBuilder(), 'W-8', '2026-03-31');
    expect(found.state).toBe('not_met');
    expect(found.summary).toContain('No communication agreement');
  });

  it('W-8: contacts bringing new information on an open issue or criticising the service are never breaches (G-7)', () => {
    const b = new CaseBuilder('information_advice');
    const issue = b.issue('2026-03-01', 'EHCP deadline');
    b.add('communication_agreement', '2026-03-02', { singlePointOfContactId: STAFF.clientManager, startsOn: '2026-03-02', reviewOn: '2026-09-02' });
    b.contactFromClient('2026-03-05', STAFF.supportWorker, { issueId: issue, bringsNewInformation: true });
    b.contactFromClient('2026-03-06', STAFF.supportWorker, { purpose: 'complaint' });
    expect(criterion(b, new CaseworkBuilder(), 'W-8', '2026-03-31').state).toBe('not_met');
  });
});
