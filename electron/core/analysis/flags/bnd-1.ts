// BND-1 transgressions accumulating: 3+ minor boundary incidents for the same worker–client
// pair within 90 days; any moderate or serious incident is flagged on its own.
// Community Care, professional boundaries (small transgressions accumulate into a pattern);
// Westcountry SEN, client contact. Threshold's numbers (3 within 90 days), the policies' principle.
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, integer, POLICY, type NewFinding } from '../flag';
import { recordsOf, staffName } from '../model';
import { episodes, groupBy, withinDays } from '../windows';

export const bnd1 = defineFlag({
  id: 'BND-1',
  title: 'Boundary transgressions accumulating',
  definition: '3+ minor boundary incidents for the same worker and client within 90 days; any moderate or serious incident is flagged on its own.',
  citation: { policy: `${POLICY.communityCare}; ${POLICY.pairing}`, section: 'Professional boundaries; Client contact' },
  services: { default: ALL_SERVICES, origin: 'policy' },
  params: {
    minorIncidents: integer('Minor incidents', 3, 'threshold', 'incidents', 2, 50),
    withinDays: integer('Within', 90, 'threshold', 'days', 1, 3650),
  },
  evaluate(c, p) {
    const incidents = recordsOf(c, 'boundary_incident');
    const findings: NewFinding[] = [];
    for (const [workerId, minor] of groupBy(
      incidents.filter((i) => i.details.severity === 'minor'),
      (i) => i.details.workerId,
    )) {
      for (const e of episodes(minor, withinDays(p.withinDays), (w) => w.length >= p.minorIncidents)) {
        findings.push({
          summary: `${e.items.length} minor boundary incidents involving ${staffName(c, workerId)} between ${longDate(e.from)} and ${longDate(e.to)}.`,
          from: e.from,
          to: e.to,
          evidence: e.items.map((i) => i.id),
          staffId: workerId,
        });
      }
    }
    for (const i of incidents.filter((x) => x.details.severity !== 'minor')) {
      findings.push({
        summary: `A ${i.details.severity} boundary incident involving ${staffName(c, i.details.workerId)} on ${longDate(i.date)}.`,
        from: i.date,
        to: i.date,
        evidence: [i.id],
        staffId: i.details.workerId,
      });
    }
    return findings;
  },
});
