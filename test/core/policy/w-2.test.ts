import { describe, expect, it } from 'vitest';
import { CaseBuilder, STAFF } from '../analysis/support/case-builder';
import { criterion, CaseworkBuilder } from './support/casework';

function repeatComplaint(b: CaseBuilder) {
  const issue = b.issue('2026-01-10', 'Tutor changes');
  b.add('complaint', '2026-01-12', { route: 'email', aboutPersonId: STAFF.tutor, issueId: issue, investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: '2026-02-01' });
  return b.add('complaint', '2026-03-01', { route: 'email', aboutPersonId: STAFF.tutor, issueId: issue, investigationStatus: 'received' });
}

describe('W-2 persistent complaints after resolution, or complaints taking a large amount of time', () => {
  it('W-2: COMP-1 with a live verbal or written warning naming W-2 is met', () => {
    const b = new CaseBuilder('online_tuition');
    repeatComplaint(b);
    const cw = new CaseworkBuilder();
    cw.warn('verbal', ['W-2'], '2026-03-05');
    const found = criterion(b, cw, 'W-2', '2026-04-01');
    expect(found).toMatchObject({ state: 'met', flags: ['COMP-1'] });
    expect(found.citation.section).toBe('4.3 Complaints and feedback');
  });

  it('W-2: an informal conversation does not count, nor an expired warning', () => {
    const b = new CaseBuilder('online_tuition');
    repeatComplaint(b);
    const informal = new CaseworkBuilder();
    informal.warn('informal', ['W-2'], '2026-03-05');
    expect(criterion(b, informal, 'W-2', '2026-04-01').state).toBe('not_met');
    const expired = new CaseworkBuilder();
    expired.warn('verbal', ['W-2'], '2026-03-05');
    expect(criterion(b, expired, 'W-2', '2026-09-04').state).toBe('met');
    expect(criterion(b, expired, 'W-2', '2026-09-05').state).toBe('not_met');
  });

  it('W-2: COMP-2 (10 staff hours in 90 days) supports it too; complaints alone, without COMP-1 or COMP-2, never do (G-1)', () => {
    const b = new CaseBuilder('information_advice');
    b.add('complaint', '2026-03-01', { route: 'email', aboutWhat: 'Advice given', investigationStatus: 'completed', outcome: 'upheld', procedureCompletedOn: '2026-03-20', staffHours: 6 });
    const cw = new CaseworkBuilder();
    cw.warn('written', ['W-2'], '2026-03-25');
    const one = criterion(b, cw, 'W-2', '2026-04-01');
    expect(one.state).toBe('not_met');
    expect(one.summary).toContain('never by itself a ground (G-1)');
    b.add('complaint', '2026-04-10', { route: 'email', aboutWhat: 'Another matter', investigationStatus: 'investigating', staffHours: 4 });
    expect(criterion(b, cw, 'W-2', '2026-04-15')).toMatchObject({ state: 'met', flags: ['COMP-2'] });
  });
});
