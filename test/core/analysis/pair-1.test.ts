import { describe, expect, it } from 'vitest';
import { pair1, pair1Defaults, pair1Windows } from '../../../electron/core/analysis/flags/pair-1';
import { CaseBuilder, STAFF } from './support/case-builder';
import { contactWith, runFlag, session } from './support/run-flag';

const AS_OF = '2026-12-31';
const tutor = (b: CaseBuilder, at: string, details = {}) => contactWith(b, at, [STAFF.tutor], details);
/** Contacts on the same day: every window that holds one holds them all. */
const sameDay = (b: CaseBuilder, n: number, staffId: string, firstHour = 8) =>
  Array.from({ length: n }, (_, i) => contactWith(b, `2026-03-02 ${String(firstHour + i).padStart(2, '0')}:00`, [staffId]));

describe('PAIR-1 isolated pair forming', () => {
  it('PAIR-1: five contacts with one tutor in 28 days, none with the group, are flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [tutor(b, '2026-03-02'), tutor(b, '2026-03-05', { direction: 'to_client' }), tutor(b, '2026-03-10'), tutor(b, '2026-03-16'), tutor(b, '2026-03-20')];
    const { applies, findings } = runFlag(b, pair1, AS_OF);
    expect(applies).toBe(true);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-20', evidence: ids, staffId: STAFF.tutor });
    expect(findings[0]?.summary).toContain('Staff tutor');
    expect(findings[0]?.summary).toContain('2 March 2026');
  });

  it('PAIR-1: four contacts are one too few, and sessions are not contacts', () => {
    const b = new CaseBuilder('online_tuition');
    ['2026-03-02', '2026-03-05', '2026-03-10', '2026-03-16'].forEach((d) => tutor(b, d));
    session(b, '2026-03-12');
    expect(runFlag(b, pair1, AS_OF).findings).toEqual([]);
    tutor(b, '2026-03-20');
    expect(runFlag(b, pair1, AS_OF).findings).toHaveLength(1);
  });

  it('PAIR-1: 70% with one worker is enough (7 of 10); the other worker at 30% is not flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [...sameDay(b, 7, STAFF.tutor), ...sameDay(b, 3, STAFF.tutor2, 15)];
    const { findings } = runFlag(b, pair1, AS_OF);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.staffId).toBe(STAFF.tutor);
    expect(findings[0]?.evidence).toEqual(ids);
    expect(findings[0]?.summary).toContain('7 of the 10 contacts in that time (70%)');
  });

  it('PAIR-1: 69% with one worker (9 of 13) is not enough', () => {
    const b = new CaseBuilder('online_tuition');
    sameDay(b, 9, STAFF.tutor);
    sameDay(b, 4, STAFF.tutor2, 17);
    expect(runFlag(b, pair1, AS_OF).findings).toEqual([]);
  });

  it('PAIR-1: one contact with a client manager is allowed, two with the group (a manager and the main desk) are not', () => {
    const b = new CaseBuilder('online_tuition');
    const early = ['2026-03-02', '2026-03-03', '2026-03-04'].map((d) => tutor(b, d));
    const manager = contactWith(b, '2026-03-06', [STAFF.clientManager]);
    const late = ['2026-03-10', '2026-03-11', '2026-03-12'].map((d) => tutor(b, d));
    expect(runFlag(b, pair1, AS_OF).findings[0]?.evidence).toEqual([...early, manager, ...late]);
    b.contactFromClient('2026-03-07', null); // the main desk phone, no one named
    expect(runFlag(b, pair1, AS_OF).findings).toEqual([]);
  });

  it('PAIR-1: a mentor or reception counts as the group too', () => {
    for (const staffId of [STAFF.mentor, STAFF.reception]) {
      const b = new CaseBuilder('in_practice_tuition');
      ['2026-03-02', '2026-03-03', '2026-03-04'].forEach((d) => tutor(b, d));
      contactWith(b, '2026-03-06', [staffId]);
      contactWith(b, '2026-03-07', [staffId, STAFF.tutor]);
      ['2026-03-10', '2026-03-11', '2026-03-12'].forEach((d) => tutor(b, d));
      expect(runFlag(b, pair1, AS_OF).findings).toEqual([]);
    }
  });

  it('PAIR-1: the fifth contact on day 27 of the window counts, on day 28 it does not', () => {
    const inside = new CaseBuilder('online_tuition');
    const ids = ['2026-03-01', '2026-03-05', '2026-03-10', '2026-03-20', '2026-03-28'].map((d) => tutor(inside, d));
    expect(runFlag(inside, pair1, AS_OF).findings[0]?.evidence).toEqual(ids);
    expect(pair1Windows(inside.build(), pair1Defaults)).toEqual([{ workerId: STAFF.tutor, start: '2026-03-01', end: '2026-03-28', contactIds: ids }]);
    const outside = new CaseBuilder('online_tuition');
    ['2026-03-01', '2026-03-05', '2026-03-10', '2026-03-20', '2026-03-29'].forEach((d) => tutor(outside, d));
    expect(runFlag(outside, pair1, AS_OF).findings).toEqual([]);
  });

  it('PAIR-1: a contact at 00:30 London time after the clocks change falls on its London date', () => {
    // 00:30 on Sunday 25 October 2026 is still BST (23:30 UTC on the 24th); 21 November is day 27 from the 25th.
    const october = new CaseBuilder('online_tuition');
    const ids = ['2026-10-25 00:30', '2026-11-01', '2026-11-10', '2026-11-15', '2026-11-21'].map((d) => tutor(october, d));
    expect(runFlag(october, pair1, AS_OF).findings[0]).toMatchObject({ from: '2026-10-25', to: '2026-11-21', evidence: ids });
    // 00:30 on Monday 30 March 2026 is BST (23:30 UTC on the 29th); 26 April is day 27 from the 30th.
    const march = new CaseBuilder('online_tuition');
    const marchIds = ['2026-03-30 00:30', '2026-04-02', '2026-04-10', '2026-04-20', '2026-04-26'].map((d) => tutor(march, d));
    expect(runFlag(march, pair1, AS_OF).findings[0]).toMatchObject({ from: '2026-03-30', evidence: marchIds });
  });

  it('PAIR-1: contacts after the as-of date are not counted', () => {
    const b = new CaseBuilder('online_tuition');
    ['2026-03-02', '2026-03-05', '2026-03-10', '2026-03-16', '2026-03-20'].forEach((d) => tutor(b, d));
    expect(runFlag(b, pair1, '2026-03-19').findings).toEqual([]);
    expect(runFlag(b, pair1, '2026-03-20').findings).toHaveLength(1);
  });

  it('PAIR-1: separate episodes are separate findings; overlapping windows make one', () => {
    const b = new CaseBuilder('online_tuition');
    const march = ['2026-03-02', '2026-03-05', '2026-03-10', '2026-03-16', '2026-03-20'].map((d) => tutor(b, d));
    const july = ['2026-07-01', '2026-07-02', '2026-07-03', '2026-07-04', '2026-07-05'].map((d) => tutor(b, d));
    expect(runFlag(b, pair1, AS_OF).findings.map((f) => f.evidence)).toEqual([march, july]);
    const more = ['2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28'].map((d) => tutor(b, d));
    const found = runFlag(b, pair1, AS_OF).findings;
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-28', evidence: [...march, ...more] });
  });

  it('PAIR-1: counts with a changed setting (4 contacts)', () => {
    const b = new CaseBuilder('online_tuition');
    ['2026-03-02', '2026-03-05', '2026-03-10', '2026-03-16'].forEach((d) => tutor(b, d));
    expect(runFlag(b, pair1, AS_OF, { minContacts: 4 }).findings).toHaveLength(1);
  });

  it('PAIR-1: does not apply to counselling, where pairing is the design of the work', () => {
    const b = new CaseBuilder('counselling_open_ended');
    ['2026-03-02', '2026-03-05', '2026-03-10', '2026-03-16', '2026-03-20'].forEach((d) => contactWith(b, d, [STAFF.counsellor]));
    expect(runFlag(b, pair1, AS_OF).applies).toBe(false);
    expect(pair1.services.default).toEqual(['online_tuition', 'in_practice_tuition']);
  });
});
