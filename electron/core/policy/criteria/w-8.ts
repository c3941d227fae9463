// W-8 unreasonably persistent or vexatious contact unchanged after a resolution was attempted.
// Hampshire SENDIASS ("Extreme cases in which resolution has been attempted but the customer's
// communication has not changed, may lead to the blocking of telephone calls and electronic
// contact with the service"): a restriction of contact channels, never a withdrawal of the
// service. Prerequisite (G-3): a communication agreement that started before at least one COMM-6
// breach. The breaches never include contacts that bring new information on an open issue or
// criticise the service (G-7, applied by COMM-6 itself).
import { longDate } from '../../analysis/dates';
import { ALL_SERVICES, POLICY } from '../../analysis/flag';
import { agreementBreaches } from '../../analysis/flags/comm-6';
import { defineCriterion, flagOf, plural } from './criterion';

export const w8 = defineCriterion({
  id: 'W-8',
  title: 'Unreasonably persistent or vexatious contact unchanged after a resolution was attempted',
  citation: { policy: POLICY.sendiass, section: 'Dealing with unreasonably persistent and/or vexatious communication' },
  decides: 'The director',
  services: ALL_SERVICES,
  counselling: false,
  allowedOutcomes: ['restrict'],
  evaluate(input) {
    const all = agreementBreaches(input.case);
    const after = all.map((a) => ({ ...a, breaches: a.breaches.filter((b) => b.contact.date > a.agreement.details.startsOn) })).filter((a) => a.breaches.length);
    const breaches = after.flatMap((a) => a.breaches);
    const agreements = input.case.records.filter((r) => r.type === 'communication_agreement');
    const prerequisites = [
      { text: 'a communication agreement that started before at least one COMM-6 breach', satisfied: after.length > 0, evidence: after.map((a) => a.agreement.id) },
    ];
    const flags = flagOf(input, 'COMM-6') ? (['COMM-6'] as const) : [];
    if (!agreements.length) return { state: 'not_met', summary: 'No communication agreement is recorded: a resolution must be attempted before contact channels are restricted.', evidence: [], flags, prerequisites };
    if (!breaches.length) return { state: 'not_met', summary: `${plural(agreements.length, 'communication agreement')} recorded; no contact has broken one after it started.`, evidence: agreements.map((a) => a.id), flags, prerequisites };
    const latest = breaches.at(-1)!.contact;
    return {
      state: 'met',
      summary: `${plural(breaches.length, 'contact')} broke a communication agreement after it started, the latest on ${longDate(latest.date)}: contact channels may be restricted, not the service withdrawn.`,
      evidence: [...after.map((a) => a.agreement.id), ...breaches.map((b) => b.contact.id)],
      flags,
      prerequisites,
    };
  },
});
