import { describe, expect, it } from 'vitest';
import { tech1 } from '../../../electron/core/analysis/flags/tech-1';
import { CaseBuilder, STAFF } from './support/case-builder';
import { failedSession, runFlag, session } from './support/run-flag';

const AS_OF = '2026-12-31';

/** An established online client: a lesson on 1 January 2026, then one failing on Thursday 8 January. */
function failedThursday(service: 'online_tuition' | 'in_practice_tuition' = 'online_tuition') {
  const b = new CaseBuilder(service);
  session(b, '2026-01-01');
  const f = failedSession(b, '2026-01-08');
  return { b, f };
}

describe('TECH-1 replacement window', () => {
  it('TECH-1: a replacement by the next Wednesday (failed date + 6) is within the window', () => {
    const { b, f } = failedThursday();
    session(b, '2026-01-14 17:00', { replacementForId: f });
    expect(runFlag(b, tech1, AS_OF)).toEqual({ applies: true, findings: [] });
  });

  it('TECH-1: a replacement on the next Thursday (failed date + 7) is flagged', () => {
    const { b, f } = failedThursday();
    const r = session(b, '2026-01-15', { replacementForId: f });
    const { findings } = runFlag(b, tech1, AS_OF);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ from: '2026-01-08', to: '2026-01-15', evidence: [f, r], staffId: STAFF.tutor });
    expect(findings[0]?.summary).toBe(
      'The replacement dated 15 January 2026 for the lesson with Staff tutor that failed on 8 January 2026 is 7 days later, after the last allowed date of 14 January 2026.',
    );
  });

  it("TECH-1: any replacement for a failure on the client's first lesson is flagged", () => {
    const b = new CaseBuilder('online_tuition');
    const f = failedSession(b, '2026-01-08');
    const r = session(b, '2026-01-09', { replacementForId: f });
    const { findings } = runFlag(b, tech1, AS_OF);
    expect(findings.map((x) => x.evidence)).toEqual([[f, r]]);
    expect(findings[0]?.summary).toContain('the client’s first lesson');
  });

  it('TECH-1: any replacement for a failure on the first lesson at a new location is flagged; the same location is not', () => {
    const b = new CaseBuilder('online_tuition');
    session(b, '2026-01-01', { location: 'practice' });
    const f = failedSession(b, '2026-01-08');
    const r = session(b, '2026-01-09', { replacementForId: f });
    const { findings } = runFlag(b, tech1, AS_OF);
    expect(findings.map((x) => x.evidence)).toEqual([[f, r]]);
    expect(findings[0]?.summary).toContain('the first lesson at a new location');
    const same = failedThursday();
    session(same.b, '2026-01-09', { replacementForId: same.f });
    expect(runFlag(same.b, tech1, AS_OF).findings).toEqual([]);
  });

  it('TECH-1: replacements for a lesson cancelled by the service, or one that did not fail, do not count', () => {
    const b = new CaseBuilder('online_tuition');
    const cancelled = session(b, '2026-01-01', { outcome: 'cancelled_by_service' });
    const attended = session(b, '2026-01-08');
    session(b, '2026-01-20', { replacementForId: cancelled });
    session(b, '2026-01-21', { replacementForId: attended });
    expect(runFlag(b, tech1, AS_OF).findings).toEqual([]);
  });

  it('TECH-1: a replacement at 00:30 London time after the clocks change falls on its London date', () => {
    // 00:30 on Sunday 25 October 2026 is 23:30 UTC on the 24th: day 7 after Sunday 18 October in London.
    const october = new CaseBuilder('online_tuition');
    session(october, '2026-10-11');
    const f = failedSession(october, '2026-10-18');
    const r = session(october, '2026-10-25 00:30', { replacementForId: f });
    expect(runFlag(october, tech1, AS_OF).findings.map((x) => x.evidence)).toEqual([[f, r]]);
    // 00:30 on Monday 30 March 2026 is BST (23:30 UTC on the 29th): day 7 after Monday 23 March.
    const march = new CaseBuilder('online_tuition');
    session(march, '2026-03-16');
    const fm = failedSession(march, '2026-03-23');
    const rm = session(march, '2026-03-30 00:30', { replacementForId: fm });
    expect(runFlag(march, tech1, AS_OF).findings.map((x) => x.evidence)).toEqual([[fm, rm]]);
  });

  it('TECH-1: a replacement after the as-of date is not counted', () => {
    const { b, f } = failedThursday();
    session(b, '2026-01-20', { replacementForId: f });
    expect(runFlag(b, tech1, '2026-01-19').findings).toEqual([]);
    expect(runFlag(b, tech1, '2026-01-20').findings).toHaveLength(1);
  });

  it('TECH-1: the window is a setting (7 days allows the next Thursday)', () => {
    const { b, f } = failedThursday();
    session(b, '2026-01-15', { replacementForId: f });
    expect(runFlag(b, tech1, AS_OF, { replacementDays: 7 }).findings).toEqual([]);
  });

  it('TECH-1: applies to online tuition only', () => {
    const { b, f } = failedThursday('in_practice_tuition');
    session(b, '2026-01-20', { replacementForId: f });
    expect(runFlag(b, tech1, AS_OF).applies).toBe(false);
  });
});
