// TECH-1 replacement window: a replacement for a failed online lesson dated after the failed
// lesson's date + 6 days; or any replacement for a failure on a client's first lesson or first
// lesson at a new location. Westcountry SEN, when technology fails: "It must be within 7 days of
// the original lesson. E.g., if the lesson is on a Thursday, you can only offer a lesson up to the
// Wednesday", and "this policy is not for first time students or students that have moved their
// tutoring location ... The lesson will have to be abandoned and these issues will have to be
// reported back for investigation." Policy.
import { addDays, daysFrom, longDate } from '../dates';
import { defineFlag, integer, POLICY } from '../flag';
import { recordsOf, staffName } from '../model';

export const tech1 = defineFlag({
  id: 'TECH-1',
  title: 'Replacement window',
  definition:
    'A replacement for a failed online lesson dated after the failed date + 6 days (a Thursday lesson: by the next Wednesday); or any replacement for a failure on a client’s first lesson or first lesson at a new location, which must be abandoned and reported.',
  citation: { policy: POLICY.technology, section: 'Things to consider; New clients' },
  services: { default: ['online_tuition'], origin: 'policy' },
  params: {
    replacementDays: integer('Replacement by, after the failed lesson', 6, 'policy', 'days', 0, 365),
  },
  evaluate(c, p) {
    const sessions = recordsOf(c, 'session');
    const index = new Map(sessions.map((s, i) => [s.id, i]));
    return sessions.flatMap((r, ri) => {
      const fi = r.details.replacementForId === null ? undefined : index.get(r.details.replacementForId);
      const f = fi === undefined ? undefined : sessions[fi];
      if (fi === undefined || f === undefined || f.details.outcome !== 'technology_failure') return [];
      // The session before the failed one, by time: none makes it the client's first lesson.
      const prev = sessions[fi - 1];
      const newStart = prev === undefined ? 'the client’s first lesson' : prev.details.location !== f.details.location ? 'the first lesson at a new location' : null;
      const lateBy = daysFrom(f.date, r.date);
      if (newStart === null && lateBy <= p.replacementDays) return [];
      const worker = staffName(c, f.details.workerId);
      const summary =
        newStart !== null
          ? `The lesson with ${worker} on ${longDate(f.date)} failed on ${newStart}, so it should have been abandoned and reported, yet a replacement was dated ${longDate(r.date)}.`
          : `The replacement dated ${longDate(r.date)} for the lesson with ${worker} that failed on ${longDate(f.date)} is ${lateBy} days later, after the last allowed date of ${longDate(addDays(f.date, p.replacementDays))}.`;
      const [first, second] = fi < ri ? [f, r] : [r, f];
      return [{ summary, from: first.date, to: second.date, evidence: [first.id, second.id], staffId: f.details.workerId }];
    });
  },
});
