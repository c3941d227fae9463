// Small words the Checklist tab repeats: who acted and when, what a state tag looks like, and
// where a list of records opens (the case's chronology showing just those, as a flag's evidence).
import type { RouteLocationRaw } from 'vue-router';
import type { Actor } from '../../../electron/core/contract';
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
