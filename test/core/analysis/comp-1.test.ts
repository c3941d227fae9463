import { describe, expect, it } from 'vitest';
import { comp1 } from '../../../electron/core/analysis/flags/comp-1';
import { CaseBuilder, STAFF } from './support/case-builder';
import { complaint, completedComplaint, evaluateOne } from './support/complaints-sessions';

describe('COMP-1 repeat complaint after resolution', () => {
  it('COMP-1: a complaint on an issue whose earlier complaint had completed is flagged with both complaints', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const issue = b.add('issue', '2026-01-05', { title: 'Session times', openedOn: '2026-01-05' });
    const first = completedComplaint(b, '2026-01-10', '2026-02-01', { issueId: issue });
    const again = complaint(b, '2026-03-03', { issueId: issue, aboutPersonId: STAFF.counsellor });
    const findings = evaluateOne(b, comp1, '2026-06-01');
    expect(findings).toHaveLength(1);
    expect(findings?.[0]).toMatchObject({ from: '2026-01-10', to: '2026-03-03', evidence: [first, again], staffId: STAFF.counsellor });
    expect(findings?.[0]?.summary).toBe(
      'A complaint of 3 March 2026 on the issue “Session times” follows the completed complaint of 10 January 2026 (procedure completed 1 February 2026) on the same issue.',
    );
  });

  it('COMP-1: a procedure completed on the day the new complaint was raised does not count; the day before does', () => {
    const b = new CaseBuilder('information_advice');
    const issue = b.add('issue', '2026-01-05', { title: 'Transport', openedOn: '2026-01-05' });
    completedComplaint(b, '2026-01-10', '2026-03-03', { issueId: issue });
    complaint(b, '2026-03-03 16:00', { issueId: issue });
    expect(evaluateOne(b, comp1, '2026-06-01')).toEqual([]);

    const c = new CaseBuilder('information_advice');
    const issue2 = c.add('issue', '2026-01-05', { title: 'Transport', openedOn: '2026-01-05' });
    const first = completedComplaint(c, '2026-01-10', '2026-03-02', { issueId: issue2 });
    const again = complaint(c, '2026-03-03', { issueId: issue2 });
    expect(evaluateOne(c, comp1, '2026-06-01')?.map((f) => f.evidence)).toEqual([[first, again]]);
  });

  it('COMP-1: complaints on different issues, with no issue, or whose earlier procedure has not completed are not flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const a = b.add('issue', '2026-01-05', { title: 'Fees', openedOn: '2026-01-05' });
    const other = b.add('issue', '2026-01-06', { title: 'Tutor', openedOn: '2026-01-06' });
    completedComplaint(b, '2026-01-10', '2026-02-01', { issueId: a });
    complaint(b, '2026-03-03', { issueId: other });
    completedComplaint(b, '2026-01-11', '2026-02-01');
    complaint(b, '2026-03-04');
    complaint(b, '2026-03-05', { issueId: other, investigationStatus: 'investigating' });
    complaint(b, '2026-04-05', { issueId: other });
    expect(evaluateOne(b, comp1, '2026-06-01')).toEqual([]);
  });

  it('COMP-1: every earlier completed complaint on the issue is evidence, one finding per repeat', () => {
    const b = new CaseBuilder('in_practice_tuition');
    const issue = b.add('issue', '2026-01-05', { title: 'Homework', openedOn: '2026-01-05' });
    const c1 = completedComplaint(b, '2026-01-10', '2026-01-20', { issueId: issue });
    complaint(b, '2026-01-12', { issueId: issue }); // never completed: not evidence
    const c2 = completedComplaint(b, '2026-02-01', '2026-02-20', { issueId: issue });
    const c3 = complaint(b, '2026-03-01', { issueId: issue });
    const findings = evaluateOne(b, comp1, '2026-06-01');
    expect(findings?.map((f) => f.evidence)).toEqual([[c1, c2], [c1, c2, c3]]);
    expect(findings?.[1]).toMatchObject({ from: '2026-01-10', to: '2026-03-01', staffId: null });
  });

  it('COMP-1: a repeat complaint after the as-of date is not counted', () => {
    const b = new CaseBuilder('counselling_short_term');
    const issue = b.add('issue', '2026-01-05', { title: 'Waiting list', openedOn: '2026-01-05' });
    completedComplaint(b, '2026-01-10', '2026-02-01', { issueId: issue });
    complaint(b, '2026-03-03', { issueId: issue });
    expect(evaluateOne(b, comp1, '2026-03-02')).toEqual([]);
    expect(evaluateOne(b, comp1, '2026-03-03')).toHaveLength(1);
  });

  it('COMP-1: applies to every service by default', () => {
    expect(comp1.services.default).toEqual(['online_tuition', 'in_practice_tuition', 'counselling_open_ended', 'counselling_short_term', 'information_advice']);
    expect(comp1.services.origin).toBe('policy');
  });
});
