import { randomUUID } from 'node:crypto';
import type { Core } from '../../core';
import { londonDate } from '../../core/calendar';
import { CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { proposalLine, words } from './casework-text';
import { callNaming, CliRefusal, dateOption, eitherSwitch, onlyOptions } from './casework-options';
import { PROPOSAL_OPTIONS, proposalOptions, recordProposal } from './propose';

const DECISION_FIELDS = { proposalId: '--proposal', reasons: '--reasons', decidedOn: '--on' };

/**
 * The director's decision (only the director decides: G-5, by the contract's access list).
 * `--proposal ID` decides a proposal; `--case` with the proposal's options proposes and approves
 * in one go, as the same user, with every guard of both steps.
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
  // The proposal is recorded today, and a decision can be neither before its proposal nor in the
  // future; refusing any other --on here keeps a foreseeable refusal from leaving a proposal behind.
  const today = londonDate(new Date());
  if (decidedOn !== undefined && decidedOn !== today) {
    throw new CliError(`--on: a one-shot decision is proposed and decided today (${today}). To decide on another day, propose first and then decide --proposal ID --on DATE.`);
  }
  return withUnlockedStore(ctx, async (core) => {
    await refuseUnlessMayDecide(core);
    const { kase, proposal } = await recordProposal(core, v, options);
    try {
      const decided = await callNaming(core, 'decisions.decide', { proposalId: proposal.id, approve: true, reasons, ...(decidedOn ? { decidedOn } : {}) }, DECISION_FIELDS);
      ctx.print(`${kase.reference}: ${proposalLine(decided)}`, decided);
      return 0;
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      // The proposal stands (a clinical lead can still approve it, G-4): say so, with its id.
      throw new CliRefusal(
        `${error.message} The proposal ${proposal.id} was recorded and stays ${words(proposal.stage)}; decide it later with decide --proposal ${proposal.id}.`,
        error.apiError,
        { proposal: { id: proposal.id, caseId: kase.id, reference: kase.reference, stage: proposal.stage } },
      );
    }
  });
}

/**
 * A user who may not decide would otherwise leave a proposal behind before being refused. The
 * core answers for itself: its router checks who may call a method before the method looks for
 * the proposal, so deciding an id that cannot exist is refused as `forbidden` for such a user and
 * as `not_found`, with nothing written, for the director.
 */
async function refuseUnlessMayDecide(core: Core): Promise<void> {
  const probe = await core.invoke('decisions.decide', { proposalId: randomUUID(), approve: false, reasons: 'Checking who may decide before a one-shot decision.' });
  if (!probe.ok && probe.error.code === 'forbidden') throw new CliError(probe.error.message, probe.error);
}
