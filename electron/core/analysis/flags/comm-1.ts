// COMM-1 high contact frequency: contacts from the client on 5 consecutive working days
// (weekends and bank holidays neither count nor break the run), or 2 days with 3+ contacts
// each, at most 13 days apart. Hampshire SENDIASS, respectful communication ("telephoning or
// sending emails daily and/ or several times a day"). Threshold's numbers. Contacts that bring
// new information on an open issue never count ("Raising legitimate queries or criticisms ...
// should not in itself lead to someone being regarded as unreasonably persistent").
import { persistenceContacts, type Contact } from '../contacts';
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, integer, POLICY, type NewFinding } from '../flag';
import { episodes, groupBy, withinDays } from '../windows';
import { addWorkingDays } from '../working-days';

const list = (items: readonly string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

export const comm1 = defineFlag({
  id: 'COMM-1',
  title: 'High contact frequency',
  definition:
    'Contacts from the client on 5 consecutive working days (weekends and bank holidays neither count nor break the run), or 2 days with 3 or more contacts each, at most 13 days apart.',
  citation: { policy: POLICY.sendiass, section: 'Examples of communication that is considered persistent and/or vexatious' },
  services: { default: ALL_SERVICES, origin: 'threshold' },
  params: {
    consecutiveDays: integer('Consecutive working days with contact', 5, 'threshold', 'working days', 2, 60),
    heavyDays: integer('Days with many contacts', 2, 'threshold', 'days', 2, 50),
    heavyDayContacts: integer('Contacts that make a day one with many', 3, 'threshold', 'contacts', 2, 100),
    heavyDaysApartMax: integer('Days with many contacts at most this far apart', 13, 'threshold', 'days', 1, 365),
  },
  evaluate(c, p, ctx) {
    // Contacts are in time order, so the days come out in date order.
    const byDay = groupBy(persistenceContacts(c), (k) => k.date);
    const findings: NewFinding[] = [];

    // (a) Runs of consecutive working days with contact; a contact at a weekend or on a bank
    // holiday is ignored, a working day without contact ends the run.
    const runs: string[][] = [];
    for (const day of [...byDay.keys()].filter((d) => ctx.calendar.isWorkingDay(d))) {
      const run = runs.at(-1);
      if (run && addWorkingDays(ctx.calendar, run.at(-1)!, 1) === day) run.push(day);
      else runs.push([day]);
    }
    for (const run of runs.filter((r) => r.length >= p.consecutiveDays)) {
      const contacts = run.flatMap((d) => byDay.get(d) ?? []);
      findings.push({
        summary: `Contacts from the client on ${run.length} consecutive working days from ${longDate(run[0]!)} to ${longDate(run.at(-1)!)} (${contacts.length} contacts).`,
        from: run[0]!,
        to: run.at(-1)!,
        evidence: contacts.map((k) => k.id),
        staffId: null,
      });
    }

    // (b) Days with many contacts, close enough together: one finding per episode.
    const heavy: { id: string; date: string; contacts: Contact[] }[] = [...byDay]
      .filter(([, ks]) => ks.length >= p.heavyDayContacts)
      .map(([date, contacts]) => ({ id: date, date, contacts }));
    for (const e of episodes(heavy, withinDays(p.heavyDaysApartMax), (w) => w.length >= p.heavyDays)) {
      const contacts = e.items.flatMap((d) => d.contacts);
      findings.push({
        summary: `${p.heavyDayContacts} or more contacts from the client a day on ${e.items.length} days, ${list(e.items.map((d) => longDate(d.date)))} (${contacts.length} contacts).`,
        from: e.from,
        to: e.to,
        evidence: contacts.map((k) => k.id),
        staffId: null,
      });
    }
    return findings;
  },
});
