// COMP-2 resource-heavy complaints: 10 or more staff hours spent on complaints raised within 90
// days. Sue Lambert Trust 4.3 ("where the client raises ongoing/ persistent complaints which take
// a large amount of time and resource to manage then the service may be withdrawn"). Threshold's
// numbers. Each complaint's hours count on the date it was raised; "within 90 days" includes both
// ends (d .. d + 90). Complaints with no hours recorded add nothing and are not evidence.
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, integer, POLICY } from '../flag';
import { recordsOf, type RecordOf } from '../model';
import { episodes, withinDays } from '../windows';

type Complaint = RecordOf<'complaint'>;

const hoursOf = (w: readonly Complaint[]): number => w.reduce((sum, k) => sum + k.details.staffHours, 0);
/** 10.5 → "10.5", 12 → "12": hours as a person would write them. */
const hoursText = (h: number): string => String(Math.round(h * 100) / 100);

export const comp2 = defineFlag({
  id: 'COMP-2',
  title: 'Resource-heavy complaints',
  definition: '10 or more staff hours spent on complaints raised within 90 days.',
  citation: { policy: POLICY.sueLambert, section: '4.3 Complaints and feedback' },
  services: { default: ALL_SERVICES, origin: 'threshold' },
  params: {
    hours: integer('Staff hours', 10, 'threshold', 'hours', 1, 10000),
    days: integer('Within', 90, 'threshold', 'days', 1, 3650),
  },
  evaluate(c, p) {
    const complaints = recordsOf(c, 'complaint').filter((k) => k.details.staffHours > 0);
    return episodes(complaints, withinDays(p.days), (w) => hoursOf(w) >= p.hours).map((e) => {
      const count = e.items.length === 1 ? '1 complaint' : `${e.items.length} complaints`;
      const when = e.from === e.to ? `on ${longDate(e.from)}` : `between ${longDate(e.from)} and ${longDate(e.to)}`;
      return {
        summary: `${hoursText(hoursOf(e.items))} staff hours were spent on ${count} raised ${when}.`,
        from: e.from,
        to: e.to,
        evidence: e.items.map((k) => k.id),
        staffId: null,
      };
    });
  },
});
