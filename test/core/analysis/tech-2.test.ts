import { describe, expect, it } from 'vitest';
import { tech2 } from '../../../electron/core/analysis/flags/tech-2';
import { CaseBuilder } from './support/case-builder';
import { failedSession, runFlag, session } from './support/run-flag';

const AS_OF = '2027-06-30';

/** A failed lesson and its replacement the next day (or at `replacedAt`); returns the replacement's id. */
function replaced(b: CaseBuilder, failedOn: string, replacedAt: string): string {
  const f = failedSession(b, failedOn);
  return session(b, replacedAt, { replacementForId: f });
}

describe('TECH-2 replacement expectation', () => {
  it('TECH-2: two replacements 90 days apart (both ends included) are flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [replaced(b, '2025-12-31', '2026-01-01'), replaced(b, '2026-03-31', '2026-04-01')]; // 1 January + 90 days = 1 April
    session(b, '2026-02-01');
    const { applies, findings } = runFlag(b, tech2, AS_OF);
    expect(applies).toBe(true);
    expect(findings).toEqual([
      {
        summary: '2 replacement lessons between 1 January 2026 and 1 April 2026: the client may come to expect one ("you did it before").',
        from: '2026-01-01',
        to: '2026-04-01',
        evidence: ids,
        staffId: null,
      },
    ]);
  });

  it('TECH-2: the second on day 91 is one day too late, and one replacement alone is not flagged', () => {
    const b = new CaseBuilder('online_tuition');
    replaced(b, '2025-12-31', '2026-01-01');
    expect(runFlag(b, tech2, AS_OF).findings).toEqual([]);
    replaced(b, '2026-04-01', '2026-04-02');
    expect(runFlag(b, tech2, AS_OF).findings).toEqual([]);
  });

  it('TECH-2: replacements close together make one finding with every replacement as evidence', () => {
    const b = new CaseBuilder('online_tuition');
    const ids = [replaced(b, '2026-01-05', '2026-01-06'), replaced(b, '2026-02-05', '2026-02-06'), replaced(b, '2026-03-05', '2026-03-06')];
    expect(runFlag(b, tech2, AS_OF).findings.map((f) => f.evidence)).toEqual([ids]);
  });

  it('TECH-2: a replacement at 00:30 London time after the clocks change falls on its London date', () => {
    // 00:30 on Sunday 25 October 2026 is 23:30 UTC on the 24th; 23 January 2027 is 90 days after the 25th.
    const b = new CaseBuilder('online_tuition');
    const ids = [replaced(b, '2026-10-22', '2026-10-25 00:30'), replaced(b, '2027-01-21', '2027-01-23')];
    expect(runFlag(b, tech2, AS_OF).findings[0]).toMatchObject({ from: '2026-10-25', to: '2027-01-23', evidence: ids });
  });

  it('TECH-2: replacements after the as-of date are not counted', () => {
    const b = new CaseBuilder('online_tuition');
    replaced(b, '2026-01-05', '2026-01-06');
    replaced(b, '2026-02-05', '2026-02-06');
    expect(runFlag(b, tech2, '2026-02-05').findings).toEqual([]);
    expect(runFlag(b, tech2, '2026-02-06').findings).toHaveLength(1);
  });

  it('TECH-2: applies to online tuition only', () => {
    const b = new CaseBuilder('in_practice_tuition');
    replaced(b, '2026-01-05', '2026-01-06');
    replaced(b, '2026-02-05', '2026-02-06');
    expect(runFlag(b, tech2, AS_OF).applies).toBe(false);
  });
});
