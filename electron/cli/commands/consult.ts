import { requireValue, withUnlockedStore, type CliContext } from '../context';
import { proposalLine } from './casework-text';
import { callNaming, eitherSwitch, onlyOptions } from './casework-options';

/**
 * The clinical lead's approval or refusal of a proposal on counselling criteria (W-4..W-7), which
 * the director needs before deciding it (G-4).
 */
export function consult(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'consult', ['proposal', 'approve', 'refuse', 'rationale', 'counsellor-view']);
  const proposalId = requireValue(v.proposal, '--proposal ID', 'the proposal to give a view on');
  const approves = eitherSwitch(v, 'approve', 'refuse', 'whether the clinical lead approves the proposal') === 'approve';
  const rationale = requireValue(v.rationale, '--rationale TEXT', 'the clinical lead’s reasons');
  return withUnlockedStore(ctx, async (core) => {
    const proposal = await callNaming(
      core,
      'decisions.consult',
      { proposalId, approves, rationale, counsellorView: v['counsellor-view'] ?? '' },
      { proposalId: '--proposal', rationale: '--rationale', counsellorView: '--counsellor-view' },
    );
    ctx.print(proposalLine(proposal), proposal);
    return 0;
  });
}
