// TECH-3 worker financial negotiation: a worker offered a cancellation, fee reduction or contract
// change (a boundary incident of that kind). Westcountry SEN, when technology fails: "Do not enter
// financial negotiations such as: cancelling any lessons", "Do not offer a fee reduction / split
// the difference"; the contract "can only be negated against by the company director". Policy.
import { longDate } from '../dates';
import { defineFlag, POLICY, TUITION } from '../flag';
import { recordsOf, staffName } from '../model';

export const tech3 = defineFlag({
  id: 'TECH-3',
  title: 'Worker financial negotiation',
  definition: 'A worker offered a cancellation, fee reduction or contract change (a boundary incident of that kind).',
  citation: { policy: POLICY.technology, section: 'Be mindful about' },
  services: { default: TUITION, origin: 'policy' },
  params: {},
  evaluate(c) {
    return recordsOf(c, 'boundary_incident')
      .filter((i) => i.details.kind === 'financial_negotiation')
      .map((i) => ({
        summary: `${staffName(c, i.details.workerId)} entered a financial negotiation with the client (a cancellation, fee reduction or contract change) on ${longDate(i.date)}.`,
        from: i.date,
        to: i.date,
        evidence: [i.id],
        staffId: i.details.workerId,
      }));
  },
});
