import { describe, expect, it } from 'vitest';
import { comm6 } from '../../../electron/core/analysis/flags/comm-6';
import { CaseBuilder, STAFF } from './support/case-builder';

const asOf = '2026-06-30';

function agreement(b: CaseBuilder, details: Record<string, unknown> = {}, at = '2026-03-02') {
  return b.add('communication_agreement', at, { singlePointOfContactId: null, startsOn: '2026-03-02', reviewOn: '2026-09-01', ...details });
}

describe('COMM-6 agreement breach', () => {
  it('COMM-6: a contact not made to the single point of contact breaks the agreement; one to them does not', () => {
    const b = new CaseBuilder('information_advice');
    const a = agreement(b, { singlePointOfContactId: STAFF.clientManager });
    b.contactFromClient('2026-03-04', STAFF.clientManager);
    const other = b.contactFromClient('2026-03-05', STAFF.supportWorker);
    const desk = b.contactFromClient('2026-03-06', null);
    const found = b.run(comm6, asOf);
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toEqual([a, other, desk]);
    expect(found[0]!.summary).toBe('2 contacts from the client between 5 March 2026 and 6 March 2026 broke the communication agreement of 2 March 2026: 2 not made to the single point of contact, Staff clientManager.');
  });

  it('COMM-6: a line the agreement does not allow, and the frequency limit counted over any window of its days', () => {
    const b = new CaseBuilder('information_advice');
    agreement(b, { allowedChannels: ['company_email'], frequencyContacts: 2, frequencyDays: 7 });
    const ok1 = b.contactFromClient('2026-03-09', STAFF.supportWorker, { medium: 'email', line: 'company_email' });
    const ok2 = b.contactFromClient('2026-03-10', STAFF.supportWorker, { medium: 'email', line: 'company_email' });
    const third = b.contactFromClient('2026-03-15', STAFF.supportWorker, { medium: 'email', line: 'company_email' }); // 9..15 is 7 days: the third
    const later = b.contactFromClient('2026-03-17', STAFF.supportWorker, { medium: 'email', line: 'company_email' }); // 11..17 holds 15 and 17: within
    const phoned = b.contactFromClient('2026-03-30', STAFF.supportWorker, { line: 'helpline' });
    const found = b.run(comm6, asOf);
    const evidence = found[0]!.evidence;
    expect(evidence).toContain(third);
    expect(evidence).toContain(phoned);
    expect(evidence).not.toContain(ok1);
    expect(evidence).not.toContain(ok2);
    expect(evidence).not.toContain(later);
    expect(found[0]!.summary).toContain('1 more than 2 contacts within 7 days; 1 on a line the agreement does not allow');
  });

  it('COMM-6: only new issues answered, relevance to an open issue, and the style requirement', () => {
    const b = new CaseBuilder('information_advice');
    const old = b.issue('2026-02-01', 'School transport');
    const closed = b.issue('2026-02-01', 'Annual review', '2026-02-20');
    agreement(b, { onlyNewIssuesAnswered: true, ignoredUnlessRelevantToOpenIssue: true, styleRequirement: 'No sarcasm or rude remarks.' });
    const fresh = b.issue('2026-03-10', 'New placement');
    const repeat = b.contactFromClient('2026-03-05', STAFF.supportWorker, { issueId: old });
    const onNew = b.contactFromClient('2026-03-10', STAFF.supportWorker, { issueId: fresh });
    const onClosed = b.contactFromClient('2026-03-11', STAFF.supportWorker, { issueId: closed });
    const rude = b.contactFromClient('2026-03-12', STAFF.supportWorker, { issueId: fresh, toneMarkers: ['rude'] });
    const found = b.run(comm6, asOf);
    expect(found[0]!.evidence.slice(1)).toEqual([repeat, onClosed, rude]);
    expect(found[0]!.evidence).not.toContain(onNew);
  });

  it('COMM-6: never a contact bringing new information on an open issue, a complaint, a cancellation, a contact the service asked for, or one outside the agreement’s dates', () => {
    const b = new CaseBuilder('information_advice');
    const open = b.issue('2026-02-01', 'School transport');
    agreement(b, { singlePointOfContactId: STAFF.clientManager, onlyNewIssuesAnswered: true, endedOn: '2026-05-01' });
    b.contactFromClient('2026-03-01', STAFF.supportWorker); // the day before it starts
    b.contactFromClient('2026-03-05', STAFF.supportWorker, { issueId: open, bringsNewInformation: true });
    b.contactFromClient('2026-03-06', STAFF.supportWorker, { purpose: 'complaint' });
    b.contactFromClient('2026-03-07', STAFF.supportWorker, { purpose: 'cancellation_or_rescheduling' });
    b.contactFromClient('2026-03-08', STAFF.supportWorker, { requestedByService: true });
    b.contactToClient('2026-03-09', STAFF.supportWorker);
    b.contactFromClient('2026-05-01', STAFF.supportWorker); // ended that day
    expect(b.run(comm6, asOf)).toEqual([]);
    const last = b.contactFromClient('2026-04-30', STAFF.supportWorker);
    expect(b.run(comm6, asOf)[0]!.evidence.slice(1)).toEqual([last]);
  });

  it('COMM-6: past its review date unrenewed the agreement no longer applies; the review day itself still does', () => {
    const b = new CaseBuilder('information_advice');
    agreement(b, { singlePointOfContactId: STAFF.clientManager, reviewOn: '2026-04-01' });
    const onReview = b.contactFromClient('2026-04-01', STAFF.supportWorker);
    b.contactFromClient('2026-04-02', STAFF.supportWorker);
    expect(b.run(comm6, asOf)[0]!.evidence.slice(1)).toEqual([onReview]);
  });

  it('COMM-6: nothing without an agreement, and it applies to every service', () => {
    const b = new CaseBuilder('online_tuition');
    b.contactFromClient('2026-03-05', STAFF.tutor);
    expect(b.run(comm6, asOf)).toEqual([]);
    expect(comm6.services.default).toHaveLength(5);
    expect(comm6.citation.policy).toContain('SENDIASS');
  });
});
