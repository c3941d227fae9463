// Every flag of SPEC section 3, in the order the contract lists them.
import type { FlagId } from '../contract';
import { registered, type RegisteredFlag } from './flag';
import { pair1 } from './flags/pair-1';
import { pair2 } from './flags/pair-2';
import { pair3 } from './flags/pair-3';
import { pair4 } from './flags/pair-4';
import { comm1 } from './flags/comm-1';
import { comm2 } from './flags/comm-2';
import { comm3 } from './flags/comm-3';
import { comm4 } from './flags/comm-4';
import { comm5 } from './flags/comm-5';
import { comm6 } from './flags/comm-6';
import { comm7 } from './flags/comm-7';
import { comp1 } from './flags/comp-1';
import { comp2 } from './flags/comp-2';
import { comp3 } from './flags/comp-3';
import { sess1 } from './flags/sess-1';
import { sess2 } from './flags/sess-2';
import { sess3 } from './flags/sess-3';
import { tech1 } from './flags/tech-1';
import { tech2 } from './flags/tech-2';
import { tech3 } from './flags/tech-3';
import { bnd1 } from './flags/bnd-1';
import { safe1 } from './flags/safe-1';

export const FLAGS: readonly RegisteredFlag[] = [
  registered(pair1),
  registered(pair2),
  registered(pair3),
  registered(pair4),
  registered(comm1),
  registered(comm2),
  registered(comm3),
  registered(comm4),
  registered(comm5),
  registered(comm6),
  registered(comm7),
  registered(comp1),
  registered(comp2),
  registered(comp3),
  registered(sess1),
  registered(sess2),
  registered(sess3),
  registered(tech1),
  registered(tech2),
  registered(tech3),
  registered(bnd1),
  registered(safe1),
];

export function flagDef(id: FlagId): RegisteredFlag | undefined {
  return FLAGS.find((f) => f.id === id);
}
