// Every flag of SPEC section 3, in the order the contract lists them. COMM-6 (agreement breach)
// joins with communication agreements in the checklist issue.
import type { FlagId } from '../contract';
import type { FlagDef, ParamSpec } from './flag';
import { bnd1 } from './flags/bnd-1';
import { pair2 } from './flags/pair-2';

// Each flag is declared with its own parameter types; the registry only needs the common shape.
type AnyFlag = FlagDef<Record<string, ParamSpec>>;

export const FLAGS: readonly AnyFlag[] = [pair2, bnd1] as readonly FlagDef[] as readonly AnyFlag[];

export function flagDef(id: FlagId): AnyFlag | undefined {
  return FLAGS.find((f) => f.id === id);
}
