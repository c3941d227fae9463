// TECH-2 replacement expectation: 2+ replacement lessons for the same client within 90 days.
// Westcountry SEN, when technology fails: "Clients are never guaranteed a replacement, you must
// try to avoid at all costs setting up a 'you did it before, why won't you now!'". Threshold's
// numbers.
import { longDate } from '../dates';
import { defineFlag, integer, POLICY } from '../flag';
import { recordsOf } from '../model';
import { episodes, withinDays } from '../windows';

export const tech2 = defineFlag({
  id: 'TECH-2',
  title: 'Replacement expectation',
  definition: '2+ replacement lessons for the same client within 90 days ("you did it before").',
  citation: { policy: POLICY.technology, section: 'Things to consider' },
  services: { default: ['online_tuition'], origin: 'policy' },
  params: {
    minReplacements: integer('Replacement lessons', 2, 'threshold', 'lessons', 2, 100),
    withinDays: integer('Within', 90, 'threshold', 'days', 1, 3650),
  },
  evaluate(c, p) {
    const replacements = recordsOf(c, 'session').filter((s) => s.details.replacementForId !== null);
    return episodes(replacements, withinDays(p.withinDays), (w) => w.length >= p.minReplacements).map((e) => ({
      summary: `${e.items.length} replacement lessons between ${longDate(e.from)} and ${longDate(e.to)}: the client may come to expect one ("you did it before").`,
      from: e.from,
      to: e.to,
      evidence: e.items.map((s) => s.id),
      staffId: null,
    }));
  },
});
