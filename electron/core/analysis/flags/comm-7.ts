// COMM-7 copying in: 3+ contacts from the client copying the service in without need within
// 30 days. Hampshire SENDIASS, respectful communication ("Routinely copying the service or
// support worker into all emails pertaining to a child even when the emails do not relate to
// the outcomes for which the service is providing support"). Threshold's numbers.
import { isFromClient } from '../contacts';
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, integer, POLICY } from '../flag';
import { recordsOf } from '../model';
import { episodes, withinDays } from '../windows';

export const comm7 = defineFlag({
  id: 'COMM-7',
  title: 'Copying in',
  definition: '3 or more contacts from the client copying the service in without need within 30 days.',
  citation: { policy: POLICY.sendiass, section: 'Examples of communication that is considered persistent and/or vexatious (scattergun approach)' },
  services: { default: ALL_SERVICES, origin: 'threshold' },
  params: {
    contacts: integer('Contacts copied in without need', 3, 'threshold', 'contacts', 2, 100),
    withinDays: integer('Within', 30, 'threshold', 'days', 1, 365),
  },
  evaluate(c, p) {
    const copied = recordsOf(c, 'contact').filter((k) => isFromClient(k) && k.details.copiedInWithoutNeed);
    return episodes(copied, withinDays(p.withinDays), (w) => w.length >= p.contacts).map((e) => ({
      summary: `${e.items.length} contacts from the client copied the service in without need between ${longDate(e.from)} and ${longDate(e.to)}.`,
      from: e.from,
      to: e.to,
      evidence: e.items.map((k) => k.id),
      staffId: null,
    }));
  },
});
