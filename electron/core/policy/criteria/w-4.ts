// W-4 counselling for 6+ months with no clarity of aims or no progress (SESS-2). Sue Lambert
// Trust 4.5 ("despite a significant number of counselling sessions being delivered (minimum 6
// months) there is no clarity as to what the client wishes to achieve, and/or there is no
// progress in achieving agreed aims"). Prerequisite: a counselling review (SESS-2 rests on the
// latest). The clinical lead assesses it, with the counsellor's view, and approves (G-4).
import { COUNSELLING, POLICY } from '../../analysis/flag';
import { defineCriterion, flagOf, judgedByClinicalLead } from './criterion';

export const w4 = defineCriterion({
  id: 'W-4',
  title: 'Counselling for 6 months or more with no clarity of aims or no progress',
  citation: { policy: POLICY.sueLambert, section: '4.5 Counselling services' },
  decides: 'The clinical lead approves, then the director',
  services: COUNSELLING,
  counselling: true,
  allowedOutcomes: ['withdraw'],
  evaluate(input) {
    const sess2 = flagOf(input, 'SESS-2');
    const reviews = input.case.records.filter((r) => r.type === 'counselling_review');
    return judgedByClinicalLead(input, 'W-4', {
      present: sess2 !== undefined,
      summary: sess2 ? sess2.findings.at(-1)!.summary : 'SESS-2 is not found: counselling has not run 6 months without clarity of aims or progress at the latest review.',
      evidence: sess2?.evidence ?? [],
      flags: sess2 ? ['SESS-2'] : [],
      prerequisites: [{ text: 'a counselling review', satisfied: reviews.length > 0, evidence: reviews.slice(-1).map((r) => r.id) }],
    });
  },
});
