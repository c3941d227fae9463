// COMP-3 seeking a worker's replacement: 2 or more complaints about staff persons, each seeking
// that person's replacement, within 12 calendar months. Hampshire SENDIASS, respectful
// communication ("Making what appear to be groundless complaints about employees and seeking to
// have them replaced"). Threshold's numbers. The complaints may be about different staff: the
// pattern is the client's. "Within 12 months" ends the day before the first + 12 months.
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, integer, POLICY } from '../flag';
import { recordsOf, staffName } from '../model';
import { beforeMonths, episodes } from '../windows';

const list = (items: readonly string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

export const comp3 = defineFlag({
  id: 'COMP-3',
  title: "Seeking a worker's replacement",
  definition: '2 or more complaints about staff seeking their replacement within 12 months.',
  citation: { policy: POLICY.sendiass, section: 'Examples of communication that is considered persistent and/or vexatious' },
  services: { default: ALL_SERVICES, origin: 'threshold' },
  params: {
    count: integer('Complaints', 2, 'threshold', 'complaints', 2, 50),
    months: integer('Within', 12, 'threshold', 'months', 1, 120),
  },
  evaluate(c, p) {
    const seeking = recordsOf(c, 'complaint').filter((k) => k.details.aboutPersonId !== null && k.details.seeksReplacement);
    return episodes(seeking, beforeMonths(p.months), (w) => w.length >= p.count).map((e) => {
      const people = [...new Set(e.items.map((k) => k.details.aboutPersonId!))];
      return {
        summary: `${e.items.length} complaints between ${longDate(e.from)} and ${longDate(e.to)} sought the replacement of ${list(people.map((id) => staffName(c, id)))}.`,
        from: e.from,
        to: e.to,
        evidence: e.items.map((k) => k.id),
        staffId: people.length === 1 ? people[0]! : null,
      };
    });
  },
});
