// COMM-3 advice shopping: the same issue raised with 3+ different staff on 3+ different days
// within 14 days. Hampshire SENDIASS, respectful communication ("Calling the helpline multiple
// times about the same issue, apparently to check whether different advisors give the same
// advice"). Threshold's numbers; an advice service's pattern, so it applies to information and
// advice by default. Contacts that bring new information on an open issue never count.
import { persistenceContacts, type Contact } from '../contacts';
import { longDate } from '../dates';
import { defineFlag, integer, POLICY, type NewFinding } from '../flag';
import { recordsOf, staffName } from '../model';
import { episodes, groupBy, withinDays } from '../windows';
import { distinctStaff } from './comm-2';

const list = (items: readonly string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
const distinctDays = (ks: readonly Contact[]): string[] => [...new Set(ks.map((k) => k.date))];

export const comm3 = defineFlag({
  id: 'COMM-3',
  title: 'Advice shopping',
  definition: 'The same issue raised with 3 or more different staff on 3 or more different days within 14 days.',
  citation: { policy: POLICY.sendiass, section: 'Examples of communication that is considered persistent and/or vexatious (scattergun approach)' },
  services: { default: ['information_advice'], origin: 'threshold' },
  params: {
    staff: integer('Different staff', 3, 'threshold', 'staff', 2, 50),
    days: integer('Different days', 3, 'threshold', 'days', 2, 50),
    withinDays: integer('Within', 14, 'threshold', 'days', 1, 365),
  },
  evaluate(c, p) {
    const issues = new Map(recordsOf(c, 'issue').map((i) => [i.id, i.details.title]));
    const counted = persistenceContacts(c).filter((k) => k.details.issueId !== null);
    const findings: NewFinding[] = [];
    for (const [issueId, contacts] of groupBy(counted, (k) => k.details.issueId!)) {
      const holds = (w: readonly Contact[]): boolean => distinctStaff(w).length >= p.staff && distinctDays(w).length >= p.days;
      for (const e of episodes(contacts, withinDays(p.withinDays), holds)) {
        const staff = distinctStaff(e.items);
        findings.push({
          summary: `The issue “${issues.get(issueId) ?? 'not on record'}” was raised with ${staff.length} different staff (${list(staff.map((s) => staffName(c, s)))}) on ${distinctDays(e.items).length} different days between ${longDate(e.from)} and ${longDate(e.to)}.`,
          from: e.from,
          to: e.to,
          evidence: e.items.map((k) => k.id),
          staffId: null,
        });
      }
    }
    return findings;
  },
});
