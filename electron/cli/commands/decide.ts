import { CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { proposalLine } from './casework-text';
import { callNaming, dateOption, eitherSwitch, evidenceOption, onlyOptions, resolveCase } from './casework-options';
import { PROPOSAL_FIELD_OPTIONS, PROPOSAL_OPTIONS, proposalOptions } from './propose';

const DECISION_FIELDS = { proposalId: '--proposal', reasons: '--reasons', decidedOn: '--on' };

/**
 * The director's decision (only the director decides: G-5, by the contract's access list).
 * `--proposal ID` decides a proposal; `--case` with the proposal's options proposes and approves
 * in one go (decisions.decideNow), with every guard of both steps, writing nothing if one refuses.
 */
export function decide(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  if (v.proposal !== undefined && v.case?.length) throw new CliError('Give --proposal ID to decide a proposal, or --case with the outcome and criteria for a one-shot decision; not both.');
  if (v.proposal !== undefined) return decideProposal(ctx);
  if (v.case?.length) return decideAtOnce(ctx);
  throw new CliError('Say what to decide: --proposal ID, or --case ID-OR-REFERENCE --outcome ... for a one-shot decision.');
}

function decideProposal(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'decide --proposal', ['proposal', 'approve', 'reject', 'reasons', 'on']);
  const approve = eitherSwitch(v, 'approve', 'reject', 'whether the director approves the proposal') === 'approve';
  const reasons = requireValue(v.reasons, '--reasons TEXT', 'the reasons for the decision');
  const decidedOn = dateOption(v.on, '--on');
  return withUnlockedStore(ctx, async (core) => {
    const decided = await callNaming(core, 'decisions.decide', { proposalId: v.proposal!, approve, reasons, ...(decidedOn ? { decidedOn } : {}) }, DECISION_FIELDS);
    ctx.print(proposalLine(decided), decided);
    return 0;
  });
}

function decideAtOnce(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  // --approve is accepted (it is what a one-shot does); --reject is not: there is nothing to reject.
  onlyOptions(ctx, 'decide --case', [...PROPOSAL_OPTIONS, 'rationale', 'reasons', 'on', 'approve']);
  const reasons = requireValue(v.reasons, '--reasons TEXT', 'the reasons for the decision');
  const options = proposalOptions(v, v.rationale ?? reasons);
  const decidedOn = dateOption(v.on, '--on');
  return withUnlockedStore(ctx, async (core) => {
    const kase = await resolveCase(core, options.wanted);
    const evidence = await evidenceOption(core, v, kase, decidedOn);
    // One step in the core: the proposal and the decision, or, when a guard refuses, nothing.
    const input = { ...options.input, caseId: kase.id, evidence, reasons, ...(decidedOn ? { decidedOn } : {}) };
    const decided = await callNaming(core, 'decisions.decideNow', input, { ...PROPOSAL_FIELD_OPTIONS, ...DECISION_FIELDS });
    ctx.print(`${kase.reference}: ${proposalLine(decided)}`, decided);
    return 0;
  });
}
