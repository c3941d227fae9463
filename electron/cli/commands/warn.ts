import { WARNING_LEVELS } from '../../core/contract';
import { CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { warningLine } from './casework-text';
import {
  adjustmentsOption,
  ADJUSTMENT_OPTIONS,
  callNaming,
  criteriaOption,
  dateOption,
  evidenceOption,
  EVIDENCE_OPTIONS,
  monthsOption,
  oneCaseOption,
  onlyOptions,
  requireChoice,
  requireDate,
  resolveCase,
} from './casework-options';

/** Where the core's field names come from on this command's line, for its refusals. */
const FIELD_OPTIONS = {
  criteria: '--criteria',
  evidence: '--evidence',
  issuedOn: '--issued',
  summary: '--summary',
  livePeriodMonths: '--live-months',
  reviewOn: '--review',
  confirmation: '--confirmed-on / --confirmed-how',
  adjustments: '--need / --explains',
  'adjustments.adjustmentsMade': '--adjustments',
  'adjustments.needOrDisability': '--need',
};

/**
 * A step of the warning ladder (SPEC sections 4 and 7): an informal conversation, or a verbal or
 * written warning naming criteria. Only the director issues a written warning (G-5, in the core).
 */
export function warn(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'warn', ['case', 'level', 'criteria', 'issued', 'summary', 'live-months', 'review', 'confirmed-on', 'confirmed-how', ...EVIDENCE_OPTIONS, ...ADJUSTMENT_OPTIONS]);
  const wanted = oneCaseOption(v);
  const level = requireChoice(v.level, '--level', WARNING_LEVELS, 'the step of the ladder');
  const criteria = criteriaOption(v.criteria);
  if (!criteria.length) throw new CliError('--criteria W-1[,W-2] is required: the criteria the warning names.');
  const issuedOn = requireDate(v.issued, '--issued', 'the day the warning was given');
  const summary = requireValue(v.summary, '--summary TEXT', 'what was said or written to the client');
  const livePeriodMonths = monthsOption(v['live-months'], '--live-months');
  const reviewOn = dateOption(v.review, '--review');
  const confirmedOn = dateOption(v['confirmed-on'], '--confirmed-on');
  if ((confirmedOn === undefined) !== (v['confirmed-how'] === undefined)) throw new CliError('--confirmed-on DATE and --confirmed-how TEXT go together: when and how the warning was confirmed to the client.');
  const adjustments = adjustmentsOption(v);
  return withUnlockedStore(ctx, async (core) => {
    const kase = await resolveCase(core, wanted);
    const evidence = await evidenceOption(core, v, kase, issuedOn);
    const warning = await callNaming(
      core,
      'ladder.warn',
      {
        caseId: kase.id,
        level,
        criteria,
        evidence,
        issuedOn,
        summary,
        ...(livePeriodMonths !== undefined ? { livePeriodMonths } : {}),
        ...(reviewOn !== undefined ? { reviewOn } : {}),
        confirmation: confirmedOn !== undefined ? { on: confirmedOn, how: v['confirmed-how']! } : null,
        adjustments,
      },
      FIELD_OPTIONS,
    );
    ctx.print(`${kase.reference}: recorded. ${warningLine(warning)}`, warning);
    return 0;
  });
}
