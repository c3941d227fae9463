// W-1 contact outside allocated times persists. Sue Lambert Trust 4.1 ("Where this occurs we will
// issue verbal and written warnings to the client in the first instance advising that we may
// withdraw the service if the issue persists"). Prerequisite (G-3): a verbal warning, then a
// written warning issued while the verbal one was live, both naming W-1, the written one still
// live at the decision, and at least one contact outside allocated times dated after it. The
// contacts are the client's own (SPEC section 3): cancelling or rescheduling is allowed outside
// allocated times (4.1), and a contact the service asked for is not the client's doing.
import { isFromClient } from '../../analysis/contacts';
import { longDate } from '../../analysis/dates';
import { ALL_SERVICES, POLICY } from '../../analysis/flag';
import { recordsOf } from '../../analysis/model';
import { overturned } from '../casework-model';
import { isLiveOn, liveUntil, warningsNaming } from '../ladder';
import { defineCriterion, plural, type Prerequisite } from './criterion';

export const w1 = defineCriterion({
  id: 'W-1',
  title: 'Contact outside allocated times persists',
  citation: { policy: POLICY.sueLambert, section: '4.1 Professional boundaries' },
  decides: 'The director',
  services: ALL_SERVICES,
  counselling: false,
  allowedOutcomes: ['withdraw', 'restrict'],
  evaluate({ case: c, casework: cw, asOf }) {
    const outside = recordsOf(c, 'contact').filter((k) => isFromClient(k) && !k.details.withinAllocatedTimes);
    const verbals = warningsNaming(cw, 'W-1', 'verbal').filter((v) => v.issuedOn <= asOf && !overturned(cw, v.id, asOf));
    // A written warning issued while a verbal one naming W-1 was live, and still live now.
    const pairs = warningsNaming(cw, 'W-1', 'written')
      .filter((w) => isLiveOn(cw, w, asOf))
      .flatMap((w) => verbals.filter((v) => v.issuedOn <= w.issuedOn && isLiveOn(cw, v, w.issuedOn)).map((v) => ({ v, w })));
    const pair = pairs.at(-1);
    const after = pair ? outside.filter((k) => k.date > pair.w.issuedOn) : [];
    const prerequisites: Prerequisite[] = [
      { text: 'a verbal warning naming W-1', satisfied: verbals.length > 0, evidence: [] },
      { text: 'a written warning naming W-1, issued while the verbal warning was live and still live at the decision', satisfied: pair !== undefined, evidence: [] },
      { text: 'at least one contact outside allocated times after the written warning', satisfied: after.length > 0, evidence: after.map((k) => k.id) },
    ];
    const evidence = outside.map((k) => k.id);
    if (!outside.length) return { state: 'not_met', summary: 'No contact from the client outside allocated times is recorded.', evidence, flags: [], prerequisites };
    const found = `${plural(outside.length, 'contact')} from the client outside allocated times, the latest on ${longDate(outside.at(-1)!.date)}.`;
    if (!pair) {
      const next = verbals.length ? 'a written warning naming W-1 while the verbal warning is live' : 'a verbal warning naming W-1, then a written warning while it is live';
      return { state: 'not_met', summary: `${found} Before withdrawal the policy needs ${next}.`, evidence, flags: [], prerequisites };
    }
    if (!after.length) return { state: 'not_met', summary: `${found} None is dated after the written warning of ${longDate(pair.w.issuedOn)}: the contact has not persisted since.`, evidence, flags: [], prerequisites };
    return {
      state: 'met',
      summary: `${found} A verbal warning (${longDate(pair.v.issuedOn)}) and a written warning (${longDate(pair.w.issuedOn)}, live until ${longDate(liveUntil(pair.w)!)}) were given, and ${plural(after.length, 'such contact')} followed.`,
      evidence,
      flags: [],
      prerequisites,
    };
  },
});
