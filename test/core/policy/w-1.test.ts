import { describe, expect, it } from 'vitest';
import { CaseBuilder, STAFF } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

const late = (b: CaseBuilder, day: string, extra = {}) => b.contactFromClient(`${day} 21:30`, STAFF.tutor, { withinAllocatedTimes: false, line: 'practice_mobile', ...extra });

describe('W-1 contact outside allocated times persists', () => {
  it('W-1: met with a verbal warning, a written one while it was live, the written live at the decision, and a contact after it', () => {
    const b = new CaseBuilder('online_tuition');
    late(b, '2026-02-02');
    const cw = new CaseworkBuilder();
    cw.warn('verbal', ['W-1'], '2026-02-10');
    cw.warn('written', ['W-1'], '2026-04-01');
    const after = late(b, '2026-04-02');
    const found = criterion(b, cw, 'W-1', '2026-05-01');
    expect(found.state).toBe('met');
    expect(found.prerequisites.map((p) => p.satisfied)).toEqual([true, true, true]);
    expect(found.prerequisites[2]!.evidence).toEqual([after]);
    expect(found.citation.section).toBe('4.1 Professional boundaries');
  });

  it('W-1: a contact on the day of the written warning is not after it', () => {
    const b = new CaseBuilder('online_tuition');
    late(b, '2026-02-02');
    const cw = new CaseworkBuilder();
    cw.warn('verbal', ['W-1'], '2026-02-10');
    cw.warn('written', ['W-1'], '2026-04-01');
    late(b, '2026-04-01');
    expect(criterion(b, cw, 'W-1', '2026-05-01').state).toBe('not_met');
  });

  it('W-1: a written warning issued after the verbal one expired does not count (verbal live 6 months: 10 Feb to 9 Aug)', () => {
    const b = new CaseBuilder('online_tuition');
    late(b, '2026-02-02');
    const cw = new CaseworkBuilder();
    cw.warn('verbal', ['W-1'], '2026-02-10');
    cw.warn('written', ['W-1'], '2026-08-10');
    late(b, '2026-08-20');
    expect(criterion(b, cw, 'W-1', '2026-09-01').state).toBe('not_met');
    const onLastDay = new CaseworkBuilder();
    onLastDay.warn('verbal', ['W-1'], '2026-02-10');
    onLastDay.warn('written', ['W-1'], '2026-08-09');
    expect(criterion(b, onLastDay, 'W-1', '2026-09-01').state).toBe('met');
  });

  it('W-1: the written warning must still be live at the decision (12 months: live to 31 March 2027, not 1 April)', () => {
    const b = new CaseBuilder('online_tuition');
    late(b, '2026-02-02');
    const cw = new CaseworkBuilder();
    cw.warn('verbal', ['W-1'], '2026-02-10');
    cw.warn('written', ['W-1'], '2026-04-01');
    late(b, '2026-05-02');
    expect(criterion(b, cw, 'W-1', '2027-03-31').state).toBe('met');
    expect(criterion(b, cw, 'W-1', '2027-04-01').state).toBe('not_met');
  });

  it('W-1: warnings naming another criterion, an informal conversation, or an overturned warning do not count', () => {
    const b = new CaseBuilder('online_tuition');
    late(b, '2026-02-02');
    late(b, '2026-04-05');
    const other = new CaseworkBuilder();
    other.warn('verbal', ['W-2'], '2026-02-10');
    other.warn('written', ['W-1'], '2026-04-01');
    expect(criterion(b, other, 'W-1', '2026-05-01').state).toBe('not_met');
    const informal = new CaseworkBuilder();
    informal.warn('informal', ['W-1'], '2026-02-10');
    informal.warn('written', ['W-1'], '2026-04-01');
    expect(criterion(b, informal, 'W-1', '2026-05-01').state).toBe('not_met');
    const appealed = new CaseworkBuilder();
    const v = appealed.warn('verbal', ['W-1'], '2026-02-10');
    appealed.warn('written', ['W-1'], '2026-04-01');
    expect(criterion(b, appealed, 'W-1', '2026-05-01').state).toBe('met');
    appealed.upheld(v.id, '2026-04-20');
    expect(criterion(b, appealed, 'W-1', '2026-05-01').state).toBe('not_met');
  });

  it('W-1: cancelling or rescheduling outside allocated times, contacts the service asked for, and contacts to the client are not the behaviour', () => {
    const b = new CaseBuilder('online_tuition');
    late(b, '2026-02-02', { purpose: 'cancellation_or_rescheduling' });
    late(b, '2026-02-03', { requestedByService: true });
    b.contactToClient('2026-02-04 21:00', STAFF.tutor, { withinAllocatedTimes: false });
    b.contactFromClient('2026-02-05', STAFF.tutor);
    const found = criterion(b, new CaseworkBuilder(), 'W-1', '2026-05-01');
    expect(found).toMatchObject({ state: 'not_met', evidence: [] });
    expect(found.summary).toBe('No contact from the client outside allocated times is recorded.');
  });
});
