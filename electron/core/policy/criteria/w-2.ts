// W-2 persistent complaints after investigation and resolution (COMP-1), or complaints taking a
// large amount of time (COMP-2). Sue Lambert Trust 4.3 ("where the complainant continues to
// complain persistently about an issue after the matter has been investigated and resolved, or
// where the client raises ongoing/ persistent complaints which take a large amount of time and
// resource to manage then the service may be withdrawn. The client will be warned prior to
// this"). Prerequisite (G-3): a live warning naming W-2; an informal conversation does not count.
import { longDate } from '../../analysis/dates';
import { ALL_SERVICES, POLICY } from '../../analysis/flag';
import { isLiveOn, liveUntil } from '../ladder';
import { defineCriterion, flagOf } from './criterion';

export const w2 = defineCriterion({
  id: 'W-2',
  title: 'Persistent complaints after resolution, or complaints taking a large amount of time',
  citation: { policy: POLICY.sueLambert, section: '4.3 Complaints and feedback' },
  decides: 'The director',
  services: ALL_SERVICES,
  counselling: false,
  allowedOutcomes: ['withdraw', 'restrict'],
  evaluate(input) {
    const { casework: cw, asOf } = input;
    const found = [flagOf(input, 'COMP-1'), flagOf(input, 'COMP-2')].filter((f) => f !== undefined);
    const live = cw.warnings.filter((w) => w.level !== 'informal' && w.criteria.includes('W-2') && isLiveOn(cw, w, asOf));
    const warning = live.at(-1);
    const prerequisites = [{ text: 'a live verbal or written warning naming W-2 (an informal conversation does not count)', satisfied: warning !== undefined, evidence: [] }];
    const evidence = [...new Set(found.flatMap((f) => f.evidence))];
    const flags = found.map((f) => f.id);
    if (!found.length) {
      return { state: 'not_met', summary: 'Neither COMP-1 (a repeat complaint after the procedure completed) nor COMP-2 (complaints taking a large amount of staff time) is found. Raising complaints is never by itself a ground (G-1).', evidence, flags, prerequisites };
    }
    const what = found.map((f) => `${f.id} ${f.title.toLowerCase()}`).join(' and ');
    if (!warning) return { state: 'not_met', summary: `${what} found. The client must be warned first: a live warning naming W-2 is needed.`, evidence, flags, prerequisites };
    return { state: 'met', summary: `${what} found, and a ${warning.level} warning naming W-2 (${longDate(warning.issuedOn)}) is live until ${longDate(liveUntil(warning)!)}.`, evidence, flags, prerequisites };
  },
});
