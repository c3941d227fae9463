import { CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { restrictionLine } from './casework-text';
import { callNaming, dateOption, eitherSwitch, onlyOptions } from './casework-options';

/**
 * The review of a contact restriction (SPEC section 7): renewed with reasons (and a new review
 * date, 6 months on by default), or lifted. --restriction is the id of the decision that imposed it.
 */
export function reviewRestriction(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'review-restriction', ['restriction', 'renew', 'lift', 'reasons', 'review', 'on']);
  const decisionId = requireValue(v.restriction, '--restriction ID', 'the decision that imposed the restriction');
  const action = eitherSwitch(v, 'renew', 'lift', 'whether the restriction is renewed or lifted');
  const reasons = requireValue(v.reasons, '--reasons TEXT', 'the reasons for the review’s outcome');
  const reviewOn = dateOption(v.review, '--review');
  if (action === 'lift' && reviewOn !== undefined) throw new CliError('--review is only for --renew: a lifted restriction has no next review.');
  const reviewedOn = dateOption(v.on, '--on');
  return withUnlockedStore(ctx, async (core) => {
    const restriction = await callNaming(
      core,
      'restrictions.review',
      { decisionId, action, reasons, ...(reviewOn ? { reviewOn } : {}), ...(reviewedOn ? { reviewedOn } : {}) },
      { decisionId: '--restriction', reasons: '--reasons', reviewOn: '--review', reviewedOn: '--on' },
    );
    ctx.print(restrictionLine(restriction), restriction);
    return 0;
  });
}
