import { requireValue, withUnlockedStore, type CliContext } from '../context';
import { words } from './casework-text';
import { callNaming, evidenceOption, EVIDENCE_OPTIONS, oneCaseOption, onlyOptions, requireChoice, resolveCase } from './casework-options';

const COUNSELLING = ['W-4', 'W-5', 'W-6', 'W-7'] as const;

/** The clinical lead's assessment of a counselling criterion, with the counsellor's view (SPEC section 4). */
export function assess(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'assess', ['case', 'criterion', 'finding', 'counsellor-view', 'rationale', ...EVIDENCE_OPTIONS]);
  const wanted = oneCaseOption(v);
  const criterion = requireChoice(v.criterion?.toUpperCase(), '--criterion', COUNSELLING, 'the counselling criterion assessed');
  const finding = requireChoice(v.finding, '--finding', ['met', 'not_met'] as const, 'whether the criterion is met');
  const counsellorView = requireValue(v['counsellor-view'], '--counsellor-view TEXT', 'the counsellor’s view');
  const rationale = requireValue(v.rationale, '--rationale TEXT', 'the clinical lead’s reasons');
  return withUnlockedStore(ctx, async (core) => {
    const kase = await resolveCase(core, wanted);
    const evidence = await evidenceOption(core, v, kase, undefined);
    const assessment = await callNaming(
      core,
      'checklist.assess',
      { caseId: kase.id, criterion, finding, counsellorView, rationale, evidence },
      { criterion: '--criterion', finding: '--finding', counsellorView: '--counsellor-view', rationale: '--rationale', evidence: '--evidence' },
    );
    ctx.print(`${kase.reference}: assessment ${assessment.id} recorded: ${criterion} ${words(finding)}.`, assessment);
    return 0;
  });
}
