import { describe, expect, it } from 'vitest';
import { comm5 } from '../../../electron/core/analysis/flags/comm-5';
import { CaseBuilder, STAFF } from './support/case-builder';

const asOf = '2026-06-01';

describe('COMM-5 inappropriate style', () => {
  it('COMM-5: a contact with tone markers is flagged on its own, naming the markers', () => {
    const b = new CaseBuilder('information_advice');
    const id = b.contactFromClient('2026-03-02', STAFF.supportWorker, { toneMarkers: ['rude', 'threatening'] });
    b.contactFromClient('2026-03-03', STAFF.supportWorker);
    const found = b.run(comm5, asOf);
    expect(found).toEqual([
      { summary: 'A contact with Staff supportWorker on 2 March 2026 marked rude and threatening.', from: '2026-03-02', to: '2026-03-02', evidence: [id], staffId: null },
    ]);
  });

  it('COMM-5: a contact recorded without consent is flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const id = b.contactFromClient('2026-03-02', null, { recordedWithoutConsent: true });
    const found = b.run(comm5, asOf);
    expect(found.map((f) => f.evidence)).toEqual([[id]]);
    expect(found[0]!.summary).toBe('A contact on 2 March 2026 recorded without the consent of the other parties.');
  });

  it('COMM-5: both at once make one finding saying both', () => {
    const b = new CaseBuilder('online_tuition');
    const id = b.contactFromClient('2026-03-02', STAFF.tutor, { toneMarkers: ['sarcastic'], recordedWithoutConsent: true });
    const found = b.run(comm5, asOf);
    expect(found.map((f) => f.evidence)).toEqual([[id]]);
    expect(found[0]!.summary).toBe('A contact with Staff tutor on 2 March 2026 marked sarcastic and recorded without the consent of the other parties.');
  });

  it('COMM-5: every contact counts, including ones the service made or requested and cancellations: one finding each', () => {
    const b = new CaseBuilder('counselling_short_term');
    const ids = [
      b.contactToClient('2026-03-02', STAFF.counsellor, { toneMarkers: ['derogatory'] }),
      b.contactFromClient('2026-03-03', STAFF.counsellor, { requestedByService: true, toneMarkers: ['discriminatory'] }),
      b.contactFromClient('2026-03-04', STAFF.counsellor, { purpose: 'cancellation_or_rescheduling', toneMarkers: ['rude'] }),
    ];
    expect(b.run(comm5, asOf).map((f) => f.evidence)).toEqual(ids.map((id) => [id]));
  });

  it('COMM-5: a contact at 00:30 London time on 25 October 2026 is dated 25 October', () => {
    const b = new CaseBuilder('online_tuition');
    b.contactFromClient('2026-10-25 00:30', null, { toneMarkers: ['rude'] }); // 23:30 on 24 October in UTC
    expect(b.run(comm5, '2026-10-24')).toEqual([]);
    expect(b.run(comm5, '2026-10-25').map((f) => [f.from, f.to])).toEqual([['2026-10-25', '2026-10-25']]);
  });

  it('COMM-5: contacts without markers, and contacts after the as-of date, are not flagged', () => {
    const b = new CaseBuilder('online_tuition');
    b.contactFromClient('2026-03-02', STAFF.tutor);
    const later = b.contactFromClient('2026-03-05', STAFF.tutor, { toneMarkers: ['rude'] });
    expect(b.run(comm5, '2026-03-04')).toEqual([]);
    expect(b.run(comm5, '2026-03-05').map((f) => f.evidence)).toEqual([[later]]);
  });

  it('COMM-5: the rule is the policy’s, with no numbers', () => {
    expect(comm5.params).toEqual({});
    expect(comm5.services.origin).toBe('policy');
  });
});
