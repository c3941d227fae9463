// SESS-2 long counselling without progress: counselling for 6 or more calendar months and the
// latest counselling review records no clarity of aims or no progress against agreed aims. Sue
// Lambert Trust 4.5 ("despite a significant number of counselling sessions being delivered
// (minimum 6 months) there is no clarity as to what the client wishes to achieve, and/or there is
// no progress in achieving agreed aims"). Policy. Six months from 31 August is 28 February
// (date-fns clamps to the month's end). With no review there is nothing to flag: the review is
// the clinical lead's judgement, which Threshold does not guess.
import { addMonths, longDate } from '../dates';
import { COUNSELLING, defineFlag, integer, POLICY } from '../flag';
import { recordsOf } from '../model';

export const sess2 = defineFlag({
  id: 'SESS-2',
  title: 'Long counselling without progress',
  definition: 'Counselling for 6 or more calendar months, and the latest counselling review records no clarity of aims or no progress against them.',
  citation: { policy: POLICY.sueLambert, section: '4.5 Counselling services' },
  services: { default: COUNSELLING, origin: 'policy' },
  params: {
    months: integer('Counselling for at least', 6, 'policy', 'months', 1, 120),
  },
  evaluate(c, p, ctx) {
    const since = addMonths(c.startDate, p.months);
    if (ctx.asOf < since) return [];
    const review = recordsOf(c, 'counselling_review')
      .filter((r) => r.date <= ctx.asOf)
      .at(-1);
    if (!review || (review.details.clarityOfAims && review.details.progressAgainstAims)) return [];
    const lacks = [!review.details.clarityOfAims && 'no clarity of aims', !review.details.progressAgainstAims && 'no progress against agreed aims'].filter((x): x is string => x !== false);
    return [
      {
        summary: `Counselling has run since ${longDate(c.startDate)}, ${p.months} calendar months or more by ${longDate(ctx.asOf)}, and the latest counselling review, of ${longDate(review.date)}, records ${lacks.join(' and ')}.`,
        from: c.startDate,
        to: ctx.asOf,
        evidence: [review.id],
        staffId: null,
      },
    ];
  },
});
