import { describe, expect, it } from 'vitest';
import { CaseBuilder } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

describe('W-3 inappropriate behaviour with risk to staff', () => {
  it('W-3: a behaviour incident with a risk to staff meets it at once, with no prerequisite', () => {
    const b = new CaseBuilder('in_practice_tuition');
    const id = b.add('behaviour_incident', '2026-03-03', { kind: 'threatening_behaviour', riskToStaff: 'serious' });
    const found = criterion(b, new CaseworkBuilder(), 'W-3', '2026-03-03');
    expect(found).toMatchObject({ state: 'met', evidence: [id] });
    expect(found.prerequisites).toEqual([expect.objectContaining({ satisfied: true })]);
    expect(found.summary).toBe('1 behaviour incident with serious risk to staff, the latest threatening behaviour on 3 March 2026.');
  });

  it('W-3: an incident with no risk to staff is considered case by case, not W-3', () => {
    const b = new CaseBuilder('online_tuition');
    b.add('behaviour_incident', '2026-03-03', { kind: 'verbal_aggression', riskToStaff: 'none' });
    expect(criterion(b, new CaseworkBuilder(), 'W-3', '2026-04-01')).toMatchObject({ state: 'not_met' });
  });

  it('W-3: a complaint not upheld is no finding of a false complaint; a recorded finding is', () => {
    const b = new CaseBuilder('online_tuition');
    b.add('complaint', '2026-03-01', { route: 'email', aboutWhat: 'The tutor', investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: '2026-03-10' });
    expect(criterion(b, new CaseworkBuilder(), 'W-3', '2026-04-01').state).toBe('not_met');
    const finding = b.add('behaviour_incident', '2026-03-12', { kind: 'knowingly_false_complaint', riskToStaff: 'some' });
    expect(criterion(b, new CaseworkBuilder(), 'W-3', '2026-04-01')).toMatchObject({ state: 'met', evidence: [finding] });
  });

  it('W-3: an incident after the as-of date does not count yet', () => {
    const b = new CaseBuilder('online_tuition');
    b.add('behaviour_incident', '2026-03-03', { kind: 'stalking', riskToStaff: 'some' });
    expect(criterion(b, new CaseworkBuilder(), 'W-3', '2026-03-02').state).toBe('not_met');
  });
});
