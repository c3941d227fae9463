import { describe, expect, it } from 'vitest';
import { pair4 } from '../../../electron/core/analysis/flags/pair-4';
import { CaseBuilder, STAFF } from './support/case-builder';
import { contactWith, runFlag } from './support/run-flag';

const AS_OF = '2026-12-31';

/** An isolated pair with the tutor: PAIR-1 windows end from 20 January to 1 February 2026. */
const pairing = (b: CaseBuilder, dates = ['2026-01-05', '2026-01-08', '2026-01-12', '2026-01-16', '2026-01-20']) =>
  dates.map((d) => contactWith(b, d, [STAFF.tutor]));
const complaint = (b: CaseBuilder, at: string, aboutPersonId: string = STAFF.tutor) =>
  b.add('complaint', at, { route: 'email', aboutPersonId, investigationStatus: 'received' });

/** A tuition case with the pairing, a contact with `staffId` at `tk` and a complaint about the tutor at `tc`. */
function scenario(tk: string, tc: string, staffId: string = STAFF.clientManager) {
  const b = new CaseBuilder('online_tuition');
  const paired = pairing(b);
  const k = contactWith(b, tk, [staffId]);
  const c = complaint(b, tc);
  return { b, paired, k, c };
}

describe('PAIR-4 possible re-pairing complaint', () => {
  it('PAIR-4: a complaint about the tutor after a pair with them and then a contact with the client manager is flagged', () => {
    const { b, paired, k, c } = scenario('2026-03-10', '2026-03-20');
    const { applies, findings } = runFlag(b, pair4, AS_OF);
    expect(applies).toBe(true);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ from: '2026-01-05', to: '2026-03-20', evidence: [...paired, k, c], staffId: STAFF.tutor });
    expect(findings[0]?.summary).toContain('Staff clientManager');
    expect(findings[0]?.summary).toContain('1 February 2026');
    expect(pair4.prompt).toMatch(/Gather evidence before acting/);
  });

  it('PAIR-4: the contact may be 30 days before the complaint, not 31', () => {
    expect(runFlag(scenario('2026-03-10', '2026-04-09').b, pair4, AS_OF).findings).toHaveLength(1);
    expect(runFlag(scenario('2026-03-10', '2026-04-10').b, pair4, AS_OF).findings).toEqual([]);
  });

  it('PAIR-4: the contact must come before the complaint, by the time of day too', () => {
    expect(runFlag(scenario('2026-03-10 09:00', '2026-03-10 10:00').b, pair4, AS_OF).findings).toHaveLength(1);
    expect(runFlag(scenario('2026-03-10 10:00', '2026-03-10 10:00').b, pair4, AS_OF).findings).toEqual([]);
    expect(runFlag(scenario('2026-03-10 11:00', '2026-03-10 10:00').b, pair4, AS_OF).findings).toEqual([]);
  });

  it('PAIR-4: the pair may have ended 60 days before the contact, not 61', () => {
    // The last PAIR-1 window ends on 1 February; 1 February + 60 days is 2 April.
    expect(runFlag(scenario('2026-04-02', '2026-04-10').b, pair4, AS_OF).findings).toHaveLength(1);
    expect(runFlag(scenario('2026-04-03', '2026-04-10').b, pair4, AS_OF).findings).toEqual([]);
  });

  it('PAIR-4: the PAIR-1 window must end by the contact date; its contacts are the evidence', () => {
    // On 15 January the window up to that day holds 4 contacts; on 16 January (after the tutor's
    // call) it holds 5, the manager's among them, and ends that day.
    expect(runFlag(scenario('2026-01-15 12:00', '2026-02-10').b, pair4, AS_OF).findings).toEqual([]);
    const { b, paired, k, c } = scenario('2026-01-16 12:00', '2026-02-10');
    expect(runFlag(b, pair4, AS_OF).findings[0]?.evidence).toEqual([...paired.slice(0, 4), k, c]);
  });

  it('PAIR-4: a mentor counts as B; the worker complained about, another tutor or the desk does not', () => {
    expect(runFlag(scenario('2026-03-10', '2026-03-20', STAFF.mentor).b, pair4, AS_OF).findings).toHaveLength(1);
    for (const staffId of [STAFF.tutor, STAFF.tutor2, STAFF.reception]) {
      expect(runFlag(scenario('2026-03-10', '2026-03-20', staffId).b, pair4, AS_OF).findings).toEqual([]);
    }
  });

  it('PAIR-4: no finding without a PAIR-1 pair with the person complained about', () => {
    const fewer = new CaseBuilder('online_tuition');
    pairing(fewer, ['2026-01-05', '2026-01-08', '2026-01-12', '2026-01-16']);
    contactWith(fewer, '2026-03-10', [STAFF.clientManager]);
    complaint(fewer, '2026-03-20');
    expect(runFlag(fewer, pair4, AS_OF).findings).toEqual([]);
    const other = new CaseBuilder('online_tuition');
    pairing(other);
    contactWith(other, '2026-03-10', [STAFF.clientManager]);
    complaint(other, '2026-03-20', STAFF.tutor2);
    expect(runFlag(other, pair4, AS_OF).findings).toEqual([]);
  });

  it('PAIR-4: a contact at 00:30 London time after the clocks change falls on its London date', () => {
    const b = new CaseBuilder('online_tuition');
    const paired = pairing(b, ['2026-09-01', '2026-09-04', '2026-09-08', '2026-09-12', '2026-09-16']);
    // 00:30 on 25 October is 23:30 UTC on the 24th; 24 November is exactly 30 days after the 25th.
    const k = contactWith(b, '2026-10-25 00:30', [STAFF.clientManager]);
    const c = complaint(b, '2026-11-24');
    expect(runFlag(b, pair4, AS_OF).findings[0]?.evidence).toEqual([...paired, k, c]);
  });

  it('PAIR-4: a complaint after the as-of date is not counted', () => {
    const { b } = scenario('2026-03-10', '2026-03-20');
    expect(runFlag(b, pair4, '2026-03-19').findings).toEqual([]);
    expect(runFlag(b, pair4, '2026-03-20').findings).toHaveLength(1);
  });

  it('PAIR-4: does not apply to counselling', () => {
    const b = new CaseBuilder('counselling_open_ended');
    pairing(b);
    contactWith(b, '2026-03-10', [STAFF.clientManager]);
    complaint(b, '2026-03-20', STAFF.counsellor);
    expect(runFlag(b, pair4, AS_OF).applies).toBe(false);
  });
});
