import type { Core } from '../../core';
import { OUTCOMES, type CaseSummary, type Input } from '../../core/contract';
import type { CliValues } from '../args';
import { CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { proposalLine } from './casework-text';
import {
  adjustmentsOption,
  ADJUSTMENT_OPTIONS,
  callNaming,
  criteriaOption,
  dateOption,
  evidenceOption,
  EVIDENCE_OPTIONS,
  linesOption,
  oneCaseOption,
  onlyOptions,
  requireChoice,
  resolveCase,
} from './casework-options';

/** The options that make a proposal, shared with the one-shot `decide --case`. */
export const PROPOSAL_OPTIONS = ['case', 'outcome', 'criteria', 'block', 'review', 'agreement', ...EVIDENCE_OPTIONS, ...ADJUSTMENT_OPTIONS] as const;

export const PROPOSAL_FIELD_OPTIONS = {
  outcome: '--outcome',
  criteria: '--criteria',
  evidence: '--evidence',
  rationale: '--rationale',
  restriction: '--block',
  'restriction.reviewOn': '--review',
  agreementId: '--agreement',
  adjustments: '--need / --explains',
  'adjustments.adjustmentsMade': '--adjustments',
  'adjustments.needOrDisability': '--need',
};

/** What a proposal's options say, checked before the store is opened; the case and evidence come later. */
export interface ProposalOptions {
  readonly wanted: string;
  readonly input: Omit<Input<'decisions.propose'>, 'caseId' | 'evidence'>;
}

export function proposalOptions(v: CliValues, rationale: string): ProposalOptions {
  const wanted = oneCaseOption(v);
  const outcome = requireChoice(v.outcome, '--outcome', OUTCOMES, 'what is proposed');
  const blockedLines = linesOption(v.block);
  const reviewOn = dateOption(v.review, '--review');
  if (outcome === 'restrict' && !blockedLines.length) throw new CliError('--block LINE[,LINE] is required with --outcome restrict: the contact lines to block.');
  if (outcome !== 'restrict' && (blockedLines.length || reviewOn !== undefined)) throw new CliError('--block and --review are only for --outcome restrict.');
  if (outcome === 'continue_under_agreement' && v.agreement === undefined) throw new CliError('--agreement ID is required with --outcome continue_under_agreement: the communication agreement record the service continues under.');
  if (outcome !== 'continue_under_agreement' && v.agreement !== undefined) throw new CliError('--agreement is only for --outcome continue_under_agreement.');
  return {
    wanted,
    input: {
      outcome,
      criteria: criteriaOption(v.criteria),
      rationale,
      restriction: outcome === 'restrict' ? { blockedLines, ...(reviewOn !== undefined ? { reviewOn } : {}) } : null,
      agreementId: v.agreement ?? null,
      adjustments: adjustmentsOption(v),
    },
  };
}

/** Records the proposal; the evidence is taken from the flags as of today, the day it is proposed. */
export async function recordProposal(core: Core, v: CliValues, options: ProposalOptions) {
  const kase: CaseSummary = await resolveCase(core, options.wanted);
  const evidence = await evidenceOption(core, v, kase, undefined);
  const proposal = await callNaming(core, 'decisions.propose', { ...options.input, caseId: kase.id, evidence }, PROPOSAL_FIELD_OPTIONS);
  return { kase, proposal };
}

/**
 * Proposes an outcome on criteria and evidence (SPEC section 4). A proposal on a counselling
 * criterion goes to the clinical lead first; any other goes straight to the director.
 */
export function propose(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'propose', [...PROPOSAL_OPTIONS, 'rationale']);
  const options = proposalOptions(v, requireValue(v.rationale, '--rationale TEXT', 'why this outcome, on this evidence'));
  return withUnlockedStore(ctx, async (core) => {
    const { kase, proposal } = await recordProposal(core, v, options);
    ctx.print(`${kase.reference}: ${proposalLine(proposal)}`, proposal);
    return 0;
  });
}
