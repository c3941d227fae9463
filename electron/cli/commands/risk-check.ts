import { requireValue, withUnlockedStore, type CliContext } from '../context';
import { callNaming, oneCaseOption, onlyOptions, requireDate, resolveCase, yesNoOption } from './casework-options';

/** The risk and safeguarding check W-7 needs before a discharge for non-attendance (SPEC section 7). */
export function riskCheck(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'risk-check', ['case', 'on', 'risks', 'safeguarding-concerns', 'action']);
  const wanted = oneCaseOption(v);
  const checkedOn = requireDate(v.on, '--on', 'the day the check was made');
  const risks = requireValue(v.risks, '--risks TEXT', 'the risks considered');
  const safeguardingConcerns = yesNoOption(requireValue(v['safeguarding-concerns'], '--safeguarding-concerns yes|no', 'whether the check found safeguarding concerns'), '--safeguarding-concerns')!;
  return withUnlockedStore(ctx, async (core) => {
    const kase = await resolveCase(core, wanted);
    const check = await callNaming(
      core,
      'checklist.riskCheck',
      { caseId: kase.id, checkedOn, risks, safeguardingConcerns, actionTaken: v.action ?? '' },
      { checkedOn: '--on', risks: '--risks', actionTaken: '--action' },
    );
    ctx.print(`${kase.reference}: risk check ${check.id} of ${check.checkedOn} recorded (safeguarding concerns: ${safeguardingConcerns ? 'yes' : 'no'}).`, check);
    return 0;
  });
}
