// The pairing chart's data from a case: contacts per staff person per week (Monday-based,
// London dates), incidents marked, and the graph's edges for the chosen period.
import { describe, expect, it } from 'vitest';
import { pairingData } from '../../../electron/core/analysis/pairing-data';
import { CaseBuilder, STAFF } from './support/case-builder';

describe('pairing chart data', () => {
  it('counts each contact once per staff person in its London week, with unnamed desk contacts apart', () => {
    const b = new CaseBuilder('in_practice_tuition', '2026-03-02');
    b.contactFromClient('2026-03-02 09:00', STAFF.tutor);
    b.contactFromClient('2026-03-08 23:30', STAFF.tutor); // Sunday night: still the week of 2 March
    b.contactFromClient('2026-03-09 00:30', STAFF.tutor); // Monday: the next week
    b.contactFromClient('2026-03-10', null);
    b.contactFromClient('2026-03-11', STAFF.clientManager, { staffParties: [STAFF.clientManager, STAFF.tutor] });
    const data = pairingData(b.build());
    expect(data.weeks.map((w) => w.week)).toEqual(['2026-03-02', '2026-03-09']);
    expect(data.weeks[0]).toEqual({ week: '2026-03-02', byStaff: { [STAFF.tutor]: 2 }, unnamed: 0 });
    expect(data.weeks[1]).toEqual({ week: '2026-03-09', byStaff: { [STAFF.tutor]: 2, [STAFF.clientManager]: 1 }, unnamed: 1 });
    expect(data.edges.find((e) => e.staffId === STAFF.tutor)?.contacts).toBe(4);
  });

  it('uses London dates across the clock change: 00:30 on 30 March 2026 is Monday in London, Sunday in UTC', () => {
    const b = new CaseBuilder('in_practice_tuition', '2026-03-23');
    b.contactFromClient('2026-03-30 00:30', STAFF.tutor);
    expect(pairingData(b.build()).weeks.at(-1)).toEqual({ week: '2026-03-30', byStaff: { [STAFF.tutor]: 1 }, unnamed: 0 });
  });

  it('marks complaints and incidents, and weights the graph by the chosen period only', () => {
    const b = new CaseBuilder('in_practice_tuition', '2026-01-05');
    b.contactFromClient('2026-01-06', STAFF.tutor);
    b.contactFromClient('2026-02-03', STAFF.tutor);
    const complaint = b.add('complaint', '2026-02-10', { route: 'email', aboutPersonId: STAFF.tutor, investigationStatus: 'received' });
    const gift = b.add('boundary_incident', '2026-01-20', { workerId: STAFF.tutor, kind: 'gift', severity: 'minor' });
    const data = pairingData(b.build(), '2026-02-01', '2026-02-28');
    expect(data.markers).toEqual([expect.objectContaining({ recordId: complaint, kind: 'complaint', week: '2026-02-09', label: 'Complaint about Staff tutor', staffId: STAFF.tutor })]);
    expect(data.edges.find((e) => e.staffId === STAFF.tutor)?.contacts).toBe(1);
    expect(data.weeks[0]?.week).toBe('2026-01-26'); // the Monday of the week the period starts in
    expect(pairingData(b.build()).markers.map((m) => m.recordId)).toEqual([gift, complaint]);
  });

  it('shows the case’s worker, client manager and mentor even before any contact', () => {
    const data = pairingData(new CaseBuilder('online_tuition').build());
    expect(data.staff.map((s) => s.id)).toEqual([STAFF.tutor, STAFF.clientManager, STAFF.mentor]);
    expect(data.weeks).toHaveLength(1);
  });
});
