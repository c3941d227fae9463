// The pairing-dynamic chart's data (SPEC section 3): week by week, whom the client is in contact
// with, per staff person, with complaints and incidents marked, and the client–staff graph's
// edges weighted by contact in the chosen period. Pure: the case in, the chart's data out.
import type { PairingData } from '../contract';
import { addDays, maxDate, minDate, weekStart } from './dates';
import { recordsOf, staffName, type AnalysisCase } from './model';

const words = (value: string): string => value.replaceAll('_', ' ');

/**
 * `casework` are markers for the case's warnings and decisions (decisions/markers.ts), which are
 * not chronology records; they are kept to the same period.
 */
export function pairingData(c: AnalysisCase, from?: string, to?: string, casework: PairingData['markers'] = []): PairingData {
  const first = c.records[0]?.date ?? c.startDate;
  const last = c.records.at(-1)?.date ?? c.startDate;
  const start = from ?? minDate(c.startDate, first);
  const end = to ?? maxDate(start, last);
  const inPeriod = (date: string): boolean => date >= start && date <= end;

  const weeks = new Map<string, PairingData['weeks'][number]>();
  for (let week = weekStart(start); week <= end; week = addDays(week, 7)) weeks.set(week, { week, byStaff: {}, unnamed: 0 });
  const edges = new Map<string, number>();
  const staffSeen = new Set([c.allocatedWorkerId, c.clientManagerId, ...(c.mentorId ? [c.mentorId] : [])]);

  for (const k of recordsOf(c, 'contact')) {
    if (!inPeriod(k.date)) continue;
    const week = weeks.get(weekStart(k.date));
    if (!week) continue;
    if (!k.details.staffParties.length) week.unnamed += 1;
    for (const id of new Set(k.details.staffParties)) {
      week.byStaff[id] = (week.byStaff[id] ?? 0) + 1;
      edges.set(id, (edges.get(id) ?? 0) + 1);
      staffSeen.add(id);
    }
  }

  const markers: PairingData['markers'] = [];
  for (const r of c.records) {
    if (!inPeriod(r.date)) continue;
    if (r.type === 'complaint') {
      const about = r.details.aboutPersonId ? staffName(c, r.details.aboutPersonId) : r.details.aboutWhat;
      markers.push({ recordId: r.id, kind: 'complaint', date: r.date, week: weekStart(r.date), label: `Complaint about ${about}`, staffId: r.details.aboutPersonId });
      if (r.details.aboutPersonId) staffSeen.add(r.details.aboutPersonId);
    } else if (r.type === 'boundary_incident') {
      markers.push({ recordId: r.id, kind: 'boundary_incident', date: r.date, week: weekStart(r.date), label: `Boundary: ${words(r.details.kind)} (${staffName(c, r.details.workerId)})`, staffId: r.details.workerId });
      staffSeen.add(r.details.workerId);
    } else if (r.type === 'behaviour_incident') {
      markers.push({ recordId: r.id, kind: 'behaviour_incident', date: r.date, week: weekStart(r.date), label: `Behaviour: ${words(r.details.kind)}`, staffId: null });
    }
  }

  markers.push(...casework.filter((m) => inPeriod(m.date)));
  markers.sort((a, b) => a.date.localeCompare(b.date));

  const staff = [...staffSeen].flatMap((id) => {
    const person = c.staff.get(id);
    return person ? [{ id, fullName: person.fullName, staffRole: person.staffRole }] : [];
  });
  return {
    caseId: c.caseId,
    clientName: c.clientName,
    from: start,
    to: end,
    staff,
    weeks: [...weeks.values()],
    markers,
    edges: staff.map((s) => ({ staffId: s.id, contacts: edges.get(s.id) ?? 0 })),
  };
}
