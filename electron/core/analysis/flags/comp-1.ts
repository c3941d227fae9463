// COMP-1 repeat after resolution: a complaint on an issue whose earlier complaint's procedure had
// completed before it was raised. Sue Lambert Trust 4.3 ("where the complainant continues to
// complain persistently about an issue after the matter has been investigated and resolved");
// Hampshire SENDIASS ("Submitting repeat complaints, essentially about the same issue, after the
// service's complaint procedure has been completed"). Policy. "The same issue" is the same issue
// record; a procedure completed on the day the new complaint was raised does not count, nor one
// completed after the as-of date.
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, POLICY, type NewFinding } from '../flag';
import { recordsOf } from '../model';

const list = (items: readonly string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

export const comp1 = defineFlag({
  id: 'COMP-1',
  title: 'Repeat complaint after resolution',
  definition: "A complaint on an issue whose earlier complaint's procedure had completed before it was raised.",
  citation: { policy: `${POLICY.sueLambert}; ${POLICY.sendiass}`, section: '4.3 Complaints and feedback; Examples of communication that is considered persistent and/or vexatious' },
  services: { default: ALL_SERVICES, origin: 'policy' },
  params: {},
  evaluate(c, _p, ctx) {
    const issues = new Map(recordsOf(c, 'issue').map((i) => [i.id, i.details.title]));
    const complaints = recordsOf(c, 'complaint').filter((k) => k.details.issueId !== null);
    const findings: NewFinding[] = [];
    complaints.forEach((later, index) => {
      const completed = complaints.slice(0, index).filter((earlier) => {
        const on = earlier.details.procedureCompletedOn;
        return earlier.details.issueId === later.details.issueId && on !== null && on < later.date && on <= ctx.asOf;
      });
      const first = completed[0];
      if (!first) return;
      const earlierWords = list(completed.map((e) => `${longDate(e.date)} (procedure completed ${longDate(e.details.procedureCompletedOn!)})`));
      findings.push({
        summary: `A complaint of ${longDate(later.date)} on the issue “${issues.get(later.details.issueId!) ?? 'not on record'}” follows the completed complaint${completed.length > 1 ? 's' : ''} of ${earlierWords} on the same issue.`,
        from: first.date,
        to: later.date,
        evidence: [...completed.map((e) => e.id), later.id],
        staffId: later.details.aboutPersonId,
      });
    });
    return findings;
  },
});
