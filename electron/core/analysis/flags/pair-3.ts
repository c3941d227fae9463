// PAIR-3 worker island: 3 consecutive attended sessions with no session report filed while
// client–worker contact continues. Westcountry SEN, client contact and pairing: a tutor may prefer
// "to work alone and trying to become a Westcountry SEN island with their student and/or their
// client"; the worked example's client manager "supported the tutor to engage more with the
// organisation in terms of record keeping". Threshold's number.
import { longDate } from '../dates';
import { defineFlag, integer, POLICY, TUITION, type NewFinding } from '../flag';
import { recordsOf, staffName, type RecordOf } from '../model';
import { groupBy } from '../windows';

type Session = RecordOf<'session'>;

export const pair3 = defineFlag({
  id: 'PAIR-3',
  title: 'Worker island',
  definition: '3 consecutive attended sessions with no session report filed while client–worker contact continues.',
  citation: { policy: POLICY.pairing, section: 'The human motivation to pair and the risk of isolated relationships' },
  services: { default: TUITION, origin: 'policy' },
  params: {
    minSessions: integer('Consecutive attended sessions without a report', 3, 'threshold', 'sessions', 2, 100),
  },
  evaluate(c, p) {
    const contacts = recordsOf(c, 'contact');
    const attended = recordsOf(c, 'session').filter((s) => s.details.outcome === 'attended');
    const findings: NewFinding[] = [];
    for (const [workerId, sessions] of groupBy(attended, (s) => s.details.workerId)) {
      // Maximal runs of the worker's attended sessions without a report: a filed report ends one.
      const runs: Session[][] = [[]];
      for (const s of sessions) {
        if (s.details.reportFiled) runs.push([]);
        else runs.at(-1)!.push(s);
      }
      for (const run of runs.filter((r) => r.length >= p.minSessions)) {
        const from = run[0]!.date;
        const to = run.at(-1)!.date;
        const talk = contacts.filter((k) => k.details.staffParties.includes(workerId) && k.date >= from && k.date <= to);
        if (!talk.length) continue;
        const ids = new Set([...run, ...talk].map((r) => r.id));
        findings.push({
          summary: `${run.length} attended sessions with ${staffName(c, workerId)} from ${longDate(from)} to ${longDate(to)} have no session report filed, while ${talk.length} ${talk.length === 1 ? 'contact' : 'contacts'} with them continued.`,
          from,
          to,
          evidence: c.records.filter((r) => ids.has(r.id)).map((r) => r.id),
          staffId: workerId,
        });
      }
    }
    return findings;
  },
});
