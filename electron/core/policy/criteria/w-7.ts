// W-7 missed sessions (SESS-1 met). Sue Lambert Trust 4.5 ("Where a client cancels appointments
// frequently without due cause ... when the client has failed to attend a minimum of 3 planned
// sessions during any 3 month period"), with good practice's risk and safeguarding check before
// a discharge for non-attendance (SPEC section 7): the check must be recorded after the missed
// sessions began and by the decision. The clinical lead assesses and approves (G-4).
import { longDate } from '../../analysis/dates';
import { COUNSELLING, POLICY } from '../../analysis/flag';
import { defineCriterion, flagOf, judgedByClinicalLead } from './criterion';

export const w7 = defineCriterion({
  id: 'W-7',
  title: 'Missed sessions (SESS-1)',
  citation: { policy: POLICY.sueLambert, section: '4.5 Counselling services' },
  decides: 'The clinical lead approves, then the director',
  services: COUNSELLING,
  counselling: true,
  allowedOutcomes: ['withdraw'],
  evaluate(input) {
    const sess1 = flagOf(input, 'SESS-1');
    const since = sess1?.findings.at(-1)?.from;
    const checks = since ? input.casework.riskChecks.filter((r) => r.checkedOn >= since && r.checkedOn <= input.asOf) : [];
    return judgedByClinicalLead(input, 'W-7', {
      present: sess1 !== undefined,
      summary: sess1 ? sess1.findings.at(-1)!.summary : 'SESS-1 is not found: the missed sessions do not reach the attendance rule.',
      evidence: sess1?.evidence ?? [],
      flags: sess1 ? ['SESS-1'] : [],
      prerequisites: [
        {
          text: since ? `a risk and safeguarding check recorded on or after ${longDate(since)}, before discharge` : 'a risk and safeguarding check before discharge',
          satisfied: checks.length > 0,
          evidence: [],
        },
      ],
    });
  },
});
