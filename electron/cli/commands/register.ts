import { call, CliError, withUnlockedStore, type CliContext } from '../context';
import { registerLine, restrictionLine } from './casework-text';
import { dateOption, onlyOptions, requireDate } from './casework-options';

/**
 * The registers of SPEC section 7: `register restrictions` (every contact restriction and
 * communication agreement with its review date and state, as of --at) and `register oversight`
 * (every warning, restriction, withdrawal and appeal from --from to --to, for the board).
 */
export function register(ctx: CliContext): Promise<number> {
  const [which, ...extra] = ctx.args;
  if (extra.length) throw new CliError(`register ${which} takes no further words (got "${extra.join(' ')}").`);
  if (which === 'restrictions') return restrictions(ctx);
  if (which === 'oversight') return oversight(ctx);
  throw new CliError(which === undefined ? 'Say which register: register restrictions|oversight.' : `Unknown register "${which}": use register restrictions|oversight.`);
}

function restrictions(ctx: CliContext): Promise<number> {
  onlyOptions(ctx, 'register restrictions', ['at']);
  const asOf = dateOption(ctx.values.at, '--at');
  return withUnlockedStore(ctx, async (core) => {
    const out = await call(core, 'registers.restrictions', asOf ? { asOf } : {});
    ctx.print([`Restriction register as of ${out.asOf}:`, ...(out.items.length ? out.items.map((r) => `  ${restrictionLine(r)}`) : ['  none'])].join('\n'), out);
    return 0;
  });
}

function oversight(ctx: CliContext): Promise<number> {
  onlyOptions(ctx, 'register oversight', ['from', 'to']);
  const from = requireDate(ctx.values.from, '--from', 'the first day of the period');
  const to = requireDate(ctx.values.to, '--to', 'the last day of the period');
  if (to < from) throw new CliError(`--to (${to}) must be on or after --from (${from}).`);
  return withUnlockedStore(ctx, async (core) => {
    const out = await call(core, 'registers.oversight', { from, to });
    ctx.print([`Oversight report ${out.from} to ${out.to}:`, ...(out.entries.length ? out.entries.map((e) => `  ${registerLine(e)}`) : ['  none'])].join('\n'), out);
    return 0;
  });
}
