// Small words the Checklist tab repeats: who acted and when, what a state tag looks like, and
// where a list of records opens (the case's chronology showing just those, as a flag's evidence).
import type { RouteLocationRaw } from 'vue-router';
import type { Actor, AdjustmentsCheck } from '../../../electron/core/contract';
import { displayDateTime } from '../../date-times';
import { ROLE_LABELS } from '../../labels';

/** "Dr Ruth Menheniott (Clinical lead), Thu 3 Dec 2026, 17:30". */
export const actedBy = (actor: Actor, at: string): string => `${actor.fullName} (${ROLE_LABELS[actor.role]}), ${displayDateTime(at)}`;

/** Naive UI's tag types: a colour that always comes with its state's words. */
export type Tone = 'default' | 'info' | 'success' | 'warning' | 'error';

/** The chronology of the case showing just these records, with what they are behind in its banner. */
export function recordsRoute(caseId: string, ids: readonly string[], behind: string): RouteLocationRaw {
  return { name: 'case', params: { caseId }, query: { tab: 'chronology', records: ids.join(','), flag: behind } };
}

/** The reasonable-adjustments answer in one line (SPEC section 7: asked before any warning or restriction). */
export function adjustmentsLine(a: AdjustmentsCheck): string {
  const need = a.needOrDisability ? `a need or disability is recorded${a.details ? ` (${a.details})` : ''}` : 'no need or disability was found';
  const explains = a.needOrDisability ? (a.explainsBehaviour ? ', which explains the behaviour' : ', which does not explain the behaviour') : '';
  return `Reasonable adjustments: ${need}${explains}${a.adjustmentsMade ? `; adjustments made or offered: ${a.adjustmentsMade}` : ''}.`;
}
