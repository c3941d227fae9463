// COMM-2 scattergun: the same issue raised via 2+ lines or with 2+ staff within 2 working days
// (the window runs from the first contact's date to the end of the second working day after
// it), unless the client said others had been contacted. Hampshire SENDIASS, respectful
// communication ("Pursuing the same issue via multiple routes and not making parties aware that
// others have been contacted"). Threshold's numbers. Contacts that bring new information on an
// open issue never count ("Raising legitimate queries ... should not in itself lead to someone
// being regarded as unreasonably persistent").
import { LINE_WORDS } from '../../contract/transfer';
import { persistenceContacts, type Contact } from '../contacts';
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, integer, POLICY, type NewFinding } from '../flag';
import { recordsOf, staffName } from '../model';
import { episodes, groupBy } from '../windows';
import { addWorkingDays } from '../working-days';

/** The same issue raised again: one contact alone is never scattergun, whatever it names. */
const CONTACTS_AT_LEAST = 2;

const list = (items: readonly string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
type Line = Contact['details']['line'];
const lineWords = (line: Line): string => LINE_WORDS[line][0]!.toLowerCase();

export const distinctLines = (ks: readonly Contact[]): Line[] => [...new Set(ks.map((k) => k.details.line))];
export const distinctStaff = (ks: readonly Contact[]): string[] => [...new Set(ks.flatMap((k) => k.details.staffParties))];

export const comm2 = defineFlag({
  id: 'COMM-2',
  title: 'Scattergun contact',
  definition:
    'The same issue raised via 2 or more lines or with 2 or more staff within 2 working days (the window ends at the end of the second working day after the first contact), unless the client said others had been contacted.',
  citation: { policy: POLICY.sendiass, section: 'Examples of communication that is considered persistent and/or vexatious (scattergun approach)' },
  services: { default: ALL_SERVICES, origin: 'threshold' },
  params: {
    lines: integer('Different lines', 2, 'threshold', 'lines', 2, 10),
    staff: integer('Different staff', 2, 'threshold', 'staff', 2, 50),
    workingDays: integer('Within', 2, 'threshold', 'working days', 0, 60),
  },
  evaluate(c, p, ctx) {
    const issues = new Map(recordsOf(c, 'issue').map((i) => [i.id, i.details.title]));
    const allContacts = recordsOf(c, 'contact');
    const counted = persistenceContacts(c).filter((k) => k.details.issueId !== null);
    const end = (start: string): string => (p.workingDays > 0 ? addWorkingDays(ctx.calendar, start, p.workingDays) : start);
    const findings: NewFinding[] = [];
    for (const [issueId, contacts] of groupBy(counted, (k) => k.details.issueId!)) {
      // Any contact on the issue in the window (whoever it counts for) in which the client said
      // others had been contacted makes the window the client's openness, not scattergun.
      const saidOthers = allContacts.filter((k) => k.details.issueId === issueId && k.details.clientSaidOthersContacted).map((k) => k.date);
      const holds = (w: readonly Contact[]): boolean => {
        const from = w[0]!.date;
        const to = end(from);
        if (saidOthers.some((d) => d >= from && d <= to)) return false;
        return w.length >= CONTACTS_AT_LEAST && (distinctLines(w).length >= p.lines || distinctStaff(w).length >= p.staff);
      };
      for (const e of episodes(contacts, end, holds)) {
        const lines = distinctLines(e.items);
        const staff = distinctStaff(e.items);
        const how = [
          ...(lines.length >= p.lines ? [`via ${lines.length} lines (${list(lines.map(lineWords))})`] : []),
          ...(staff.length >= p.staff ? [`with ${staff.length} staff (${list(staff.map((s) => staffName(c, s)))})`] : []),
        ];
        const when = e.from === e.to ? `on ${longDate(e.from)}` : `between ${longDate(e.from)} and ${longDate(e.to)}`;
        findings.push({
          summary: `The issue “${issues.get(issueId) ?? 'not on record'}” was raised ${how.join(' and ')} in ${e.items.length} contacts ${when}, without the client saying others had been contacted.`,
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
