import { describe, expect, it } from 'vitest';
import { tech3 } from '../../../electron/core/analysis/flags/tech-3';
import { CaseBuilder, STAFF } from './support/case-builder';
import { runFlag } from './support/run-flag';

const AS_OF = '2026-12-31';

const incident = (b: CaseBuilder, at: string, kind: 'financial_negotiation' | 'gift', workerId: string = STAFF.tutor) =>
  b.add('boundary_incident', at, { workerId, kind, severity: 'minor' });

describe('TECH-3 worker financial negotiation', () => {
  it('TECH-3: each financial negotiation by a worker is one finding about that worker', () => {
    const b = new CaseBuilder('online_tuition');
    const first = incident(b, '2026-02-03', 'financial_negotiation');
    incident(b, '2026-02-04', 'gift');
    const second = incident(b, '2026-03-10', 'financial_negotiation', STAFF.tutor2);
    const { applies, findings } = runFlag(b, tech3, AS_OF);
    expect(applies).toBe(true);
    expect(findings).toEqual([
      {
        summary: 'Staff tutor entered a financial negotiation with the client (a cancellation, fee reduction or contract change) on 3 February 2026.',
        from: '2026-02-03',
        to: '2026-02-03',
        evidence: [first],
        staffId: STAFF.tutor,
      },
      expect.objectContaining({ evidence: [second], staffId: STAFF.tutor2, from: '2026-03-10' }),
    ]);
  });

  it('TECH-3: other boundary incidents are not financial negotiations', () => {
    const b = new CaseBuilder('in_practice_tuition');
    incident(b, '2026-02-04', 'gift');
    expect(runFlag(b, tech3, AS_OF)).toEqual({ applies: true, findings: [] });
  });

  it('TECH-3: an incident at 00:30 London time after the clocks change is dated in London', () => {
    const b = new CaseBuilder('online_tuition');
    const id = incident(b, '2026-10-25 00:30', 'financial_negotiation');
    expect(runFlag(b, tech3, AS_OF).findings[0]).toMatchObject({ from: '2026-10-25', evidence: [id] });
  });

  it('TECH-3: incidents after the as-of date are not counted', () => {
    const b = new CaseBuilder('online_tuition');
    incident(b, '2026-02-03', 'financial_negotiation');
    expect(runFlag(b, tech3, '2026-02-02').findings).toEqual([]);
    expect(runFlag(b, tech3, '2026-02-03').findings).toHaveLength(1);
  });

  it('TECH-3: applies to tuition, not to counselling or advice', () => {
    for (const service of ['counselling_open_ended', 'information_advice'] as const) {
      const b = new CaseBuilder(service);
      incident(b, '2026-02-03', 'financial_negotiation', STAFF.supportWorker);
      expect(runFlag(b, tech3, AS_OF).applies).toBe(false);
    }
  });
});
