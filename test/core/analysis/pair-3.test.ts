import { describe, expect, it } from 'vitest';
import { pair3 } from '../../../electron/core/analysis/flags/pair-3';
import { CaseBuilder, STAFF } from './support/case-builder';
import { contactWith, runFlag, session } from './support/run-flag';

const AS_OF = '2026-12-31';

describe('PAIR-3 worker island', () => {
  it('PAIR-3: three attended sessions without a report while contact with the tutor continues are flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const s1 = session(b, '2026-03-02');
    const s2 = session(b, '2026-03-09');
    const k = contactWith(b, '2026-03-10', [STAFF.tutor], { direction: 'to_client' });
    const s3 = session(b, '2026-03-16');
    const { applies, findings } = runFlag(b, pair3, AS_OF);
    expect(applies).toBe(true);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-16', evidence: [s1, s2, k, s3], staffId: STAFF.tutor });
    expect(findings[0]?.summary).toBe('3 attended sessions with Staff tutor from 2 March 2026 to 16 March 2026 have no session report filed, while 1 contact with them continued.');
  });

  it('PAIR-3: two sessions without a report are one too few', () => {
    const b = new CaseBuilder('online_tuition');
    session(b, '2026-03-02');
    session(b, '2026-03-09');
    contactWith(b, '2026-03-05', [STAFF.tutor]);
    expect(runFlag(b, pair3, AS_OF).findings).toEqual([]);
  });

  it('PAIR-3: a filed report ends the run; sessions not attended neither count nor end it', () => {
    const b = new CaseBuilder('online_tuition');
    session(b, '2026-03-02');
    session(b, '2026-03-09', { reportFiled: true });
    const s3 = session(b, '2026-03-16');
    session(b, '2026-03-18', { outcome: 'did_not_attend' });
    const s4 = session(b, '2026-03-23');
    const k = contactWith(b, '2026-03-24', [STAFF.tutor]);
    expect(runFlag(b, pair3, AS_OF).findings).toEqual([]);
    const s5 = session(b, '2026-03-30');
    expect(runFlag(b, pair3, AS_OF).findings[0]?.evidence).toEqual([s3, s4, k, s5]);
  });

  it('PAIR-3: the contact must fall from the first to the last session of the run, both days included', () => {
    const b = new CaseBuilder('online_tuition');
    const s = ['2026-03-02 10:00', '2026-03-09', '2026-03-16 10:00'].map((d) => session(b, d));
    contactWith(b, '2026-03-01', [STAFF.tutor]);
    contactWith(b, '2026-03-17', [STAFF.tutor]);
    contactWith(b, '2026-03-10', [STAFF.clientManager]);
    expect(runFlag(b, pair3, AS_OF).findings).toEqual([]);
    const k = contactWith(b, '2026-03-16 18:00', [STAFF.tutor]);
    expect(runFlag(b, pair3, AS_OF).findings[0]?.evidence).toEqual([...s, k]);
  });

  it("PAIR-3: each worker's sessions and contacts are their own; a run of four is one finding", () => {
    const b = new CaseBuilder('in_practice_tuition');
    const mine = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].map((d) => session(b, d, { location: 'practice' }));
    session(b, '2026-03-03', { workerId: STAFF.tutor2 });
    session(b, '2026-03-10', { workerId: STAFF.tutor2 });
    session(b, '2026-03-17', { workerId: STAFF.tutor2 });
    contactWith(b, '2026-03-11', [STAFF.tutor2, STAFF.clientManager]);
    const { findings } = runFlag(b, pair3, AS_OF);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.staffId).toBe(STAFF.tutor2);
    const k = contactWith(b, '2026-03-20', [STAFF.tutor]);
    const again = runFlag(b, pair3, AS_OF).findings;
    expect(again.map((f) => f.staffId)).toEqual([STAFF.tutor, STAFF.tutor2]);
    expect(again[0]?.evidence).toEqual([...mine.slice(0, 3), k, mine[3]]);
  });

  it('PAIR-3: a contact at 00:30 London time after the clocks change falls on its London date', () => {
    const b = new CaseBuilder('online_tuition');
    // 00:30 on Sunday 25 October is still BST: 23:30 UTC on the 24th, but the 25th in London,
    // the day the run starts.
    const k = contactWith(b, '2026-10-25 00:30', [STAFF.tutor]);
    const s = ['2026-10-25 09:00', '2026-11-01', '2026-11-08'].map((d) => session(b, d));
    expect(runFlag(b, pair3, AS_OF).findings[0]).toMatchObject({ from: '2026-10-25', to: '2026-11-08', evidence: [k, ...s] });
  });

  it('PAIR-3: sessions after the as-of date are not counted', () => {
    const b = new CaseBuilder('online_tuition');
    ['2026-03-02', '2026-03-09', '2026-03-16'].forEach((d) => session(b, d));
    contactWith(b, '2026-03-05', [STAFF.tutor]);
    expect(runFlag(b, pair3, '2026-03-15').findings).toEqual([]);
    expect(runFlag(b, pair3, '2026-03-16').findings).toHaveLength(1);
  });

  it('PAIR-3: does not apply to counselling', () => {
    const b = new CaseBuilder('counselling_short_term');
    ['2026-03-02', '2026-03-09', '2026-03-16'].forEach((d) => session(b, d, { workerId: STAFF.counsellor, location: 'practice' }));
    contactWith(b, '2026-03-05', [STAFF.counsellor]);
    expect(runFlag(b, pair3, AS_OF).applies).toBe(false);
  });
});
