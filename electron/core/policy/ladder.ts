// The warning ladder (SPEC sections 4 and 7): informal conversation, verbal warning, written
// warning, final decision. Warnings expire: a verbal warning is live for 6 months and a written
// one for 12 by default (SPEC section 7, from ACAS and NHS guidance: Threshold's defaults, which
// each warning may state otherwise), and an expired or overturned warning no longer satisfies a
// prerequisite (G-3). An informal conversation is a step of the ladder but never a warning.
//
// "Live for N months" is read as the calendar months of SPEC section 3: a warning issued on
// 15 January for 6 months is live up to and including 14 July, and expired from 15 July.
import type { CriterionId, WarningLevel, WarningView } from '../contract';
import { addDays, addMonths } from '../analysis/dates';
import { overturned, type Casework, type Warning } from './casework-model';

export const DEFAULT_LIVE_MONTHS: Readonly<Record<Exclude<WarningLevel, 'informal'>, number>> = { verbal: 6, written: 12 };

/** The last day a warning is live; null for an informal conversation. */
export function liveUntil(w: Pick<Warning, 'issuedOn' | 'livePeriodMonths'>): string | null {
  return w.livePeriodMonths === null ? null : addDays(addMonths(w.issuedOn, w.livePeriodMonths), -1);
}

export function warningState(cw: Casework, w: Warning, asOf: string): WarningView['state'] {
  if (w.level === 'informal') return 'informal';
  if (overturned(cw, w.id, asOf)) return 'overturned';
  if (asOf < w.issuedOn) return 'not_yet';
  return asOf <= liveUntil(w)! ? 'live' : 'expired';
}

/** Whether a formal warning is live on a date (issued, not expired, not overturned by then). */
export function isLiveOn(cw: Casework, w: Warning, date: string): boolean {
  return warningState(cw, w, date) === 'live';
}

/** The warnings naming a criterion at a level, in the order they were issued. */
export function warningsNaming(cw: Casework, criterion: CriterionId, level: WarningLevel): Warning[] {
  return cw.warnings.filter((w) => w.level === level && w.criteria.includes(criterion)).sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.recordedAt.localeCompare(b.recordedAt));
}
