import type { Core } from '../../core';
import { call, CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { appealLine } from './casework-text';
import { callNaming, dateOption, eitherSwitch, onlyOptions, requireDate } from './casework-options';

const SUBCOMMANDS = ['lodge', 'assign', 'decide'] as const;

/**
 * Appeals (SPEC section 7, right of appeal): `appeal lodge` against a warning or a decided
 * withdrawal or restriction, `appeal assign` to someone who took no part in it (director), and
 * `appeal decide` by that person (G-5 refuses anyone who took part).
 */
export function appeal(ctx: CliContext): Promise<number> {
  const [sub, ...extra] = ctx.args;
  if (extra.length) throw new CliError(`appeal ${sub} takes no further words (got "${extra.join(' ')}").`);
  if (sub === 'lodge') return lodge(ctx);
  if (sub === 'assign') return assign(ctx);
  if (sub === 'decide') return decideAppeal(ctx);
  throw new CliError(sub === undefined ? `Say what to do with the appeal: appeal ${SUBCOMMANDS.join('|')}.` : `Unknown appeal action "${sub}": use appeal ${SUBCOMMANDS.join('|')}.`);
}

function lodge(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'appeal lodge', ['against', 'on', 'grounds']);
  const againstId = requireValue(v.against, '--against ID', 'the warning or decision appealed');
  const lodgedOn = requireDate(v.on, '--on', 'the day the appeal was made');
  const grounds = requireValue(v.grounds, '--grounds TEXT', 'the grounds of the appeal');
  return withUnlockedStore(ctx, async (core) => {
    const lodged = await callNaming(core, 'appeals.lodge', { againstId, lodgedOn, grounds }, { againstId: '--against', lodgedOn: '--on', grounds: '--grounds' });
    ctx.print(appealLine(lodged), lodged);
    return 0;
  });
}

function assign(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'appeal assign', ['appeal', 'user']);
  const appealId = requireValue(v.appeal, '--appeal ID', 'the appeal to assign');
  const wanted = requireValue(v.user, '--user LOGIN', 'who decides the appeal');
  return withUnlockedStore(ctx, async (core) => {
    const userId = await resolveUser(core, wanted);
    const assigned = await callNaming(core, 'appeals.assign', { appealId, userId }, { appealId: '--appeal', userId: '--user' });
    ctx.print(appealLine(assigned), assigned);
    return 0;
  });
}

function decideAppeal(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'appeal decide', ['appeal', 'upheld', 'dismissed', 'reasons', 'on']);
  const appealId = requireValue(v.appeal, '--appeal ID', 'the appeal to decide');
  const outcome = eitherSwitch(v, 'upheld', 'dismissed', 'the appeal’s outcome');
  const reasons = requireValue(v.reasons, '--reasons TEXT', 'the reasons for the outcome');
  const decidedOn = dateOption(v.on, '--on');
  return withUnlockedStore(ctx, async (core) => {
    const decided = await callNaming(core, 'appeals.decide', { appealId, outcome, reasons, ...(decidedOn ? { decidedOn } : {}) }, { appealId: '--appeal', reasons: '--reasons', decidedOn: '--on' });
    ctx.print(appealLine(decided), decided);
    return 0;
  });
}

/** A user id for a login name (users.list is the director's, as assigning an appeal is). */
async function resolveUser(core: Core, wanted: string): Promise<string> {
  const users = await call(core, 'users.list', {});
  const found = users.find((u) => u.login.toLowerCase() === wanted.toLowerCase() || u.id === wanted);
  if (!found) throw new CliError(`--user: there is no current user with the login "${wanted}".`);
  return found.id;
}
