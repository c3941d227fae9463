import { call, openStore, type CliContext } from '../context';

/** Whether a store exists in --store; never unlocks. */
export async function status(ctx: CliContext): Promise<number> {
  const core = openStore(ctx);
  try {
    const state = (await call(core, 'session.status', {})).state;
    ctx.print(state === 'no-store' ? 'No store here yet.' : 'A store exists here (locked).', { state });
    return 0;
  } finally {
    core.close();
  }
}
