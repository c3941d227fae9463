// W-3 inappropriate behaviour with risk to staff or volunteers. Sue Lambert Trust 4.4 ("where
// there is a risk to staff or volunteers the service will be withdrawn"): no prerequisite, the
// service may be withdrawn at once. The behaviour is a behaviour incident recorded with some or
// serious risk to staff; one with no risk is "considered on a case by case basis" and does not
// meet W-3. A false complaint counts only as a finding (a behaviour incident "knowingly false
// complaint"), never because a complaint was not upheld (G-1).
import { longDate } from '../../analysis/dates';
import { ALL_SERVICES, POLICY } from '../../analysis/flag';
import { recordsOf } from '../../analysis/model';
import { defineCriterion, plural } from './criterion';

const KIND_WORDS: Readonly<Record<string, string>> = {
  verbal_aggression: 'verbal aggression',
  physical_aggression: 'physical aggression',
  threatening_behaviour: 'threatening behaviour',
  harassment: 'harassment',
  sexual_harassment: 'sexual harassment',
  knowingly_false_complaint: 'a knowingly false complaint (a finding)',
  stalking: 'stalking',
};

export const w3 = defineCriterion({
  id: 'W-3',
  title: 'Inappropriate behaviour with risk to staff or volunteers',
  citation: { policy: POLICY.sueLambert, section: '4.4 Inappropriate behaviour' },
  decides: 'The director',
  services: ALL_SERVICES,
  counselling: false,
  allowedOutcomes: ['withdraw', 'restrict'],
  evaluate({ case: c }) {
    const incidents = recordsOf(c, 'behaviour_incident');
    const risky = incidents.filter((i) => i.details.riskToStaff !== 'none');
    const prerequisites = [{ text: 'none: where there is a risk to staff the service may be withdrawn at once', satisfied: true, evidence: [] }];
    if (!risky.length) {
      const summary = incidents.length
        ? `${plural(incidents.length, 'behaviour incident')} recorded, none with a risk to staff: considered case by case, not under W-3.`
        : 'No behaviour incident with a risk to staff is recorded.';
      return { state: 'not_met', summary, evidence: incidents.map((i) => i.id), flags: [], prerequisites };
    }
    const latest = risky.at(-1)!;
    const serious = risky.some((i) => i.details.riskToStaff === 'serious');
    return {
      state: 'met',
      summary: `${plural(risky.length, 'behaviour incident')} with ${serious ? 'serious' : 'some'} risk to staff, the latest ${KIND_WORDS[latest.details.kind] ?? latest.details.kind} on ${longDate(latest.date)}.`,
      evidence: risky.map((i) => i.id),
      flags: [],
      prerequisites,
    };
  },
});
