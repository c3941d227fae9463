// The demo's cases: at least one for each situation the five policies describe.
import type { DemoScenario } from '../context';
import { boundaries } from './boundaries';
import { longCounselling } from './long-counselling';
import { missedSessions } from './missed-sessions';
import { pairing } from './pairing';
import { persistentCaller } from './persistent-caller';
import { technology } from './technology';
import { threats } from './threats';

export const SCENARIOS: readonly DemoScenario[] = [pairing, persistentCaller, missedSessions, longCounselling, threats, boundaries, technology];
