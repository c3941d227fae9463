import { call, requireValue, withUnlockedStore, type CliContext } from '../context';
import { resolveClient } from './subject-access';

/** Erases a client (director only, with a reason); the core refuses while a safeguarding note or a retention hold applies. */
export function erase(ctx: CliContext): Promise<number> {
  const reason = requireValue(ctx.values.reason, '--reason TEXT', 'why the client is erased (without their name)');
  return withUnlockedStore(ctx, async (core) => {
    const clientId = await resolveClient(core, requireValue(ctx.values.client, '--client ID-OR-REFERENCE', 'whom to erase'));
    const t = await call(core, 'dataProtection.erase', { clientId, reason });
    ctx.print(`Erased: ${t.recordsErased} record(s) of ${t.caseReferences.join(', ') || 'no case'}, ${t.peopleErased} person(s). Tombstone ${t.id}.`, t);
    return 0;
  });
}
