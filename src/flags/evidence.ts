// Where a flag's evidence opens: the case's chronology showing just those records
// (?tab=chronology&records=id1,id2&flag=BND-1), the way a reviewer checks a finding.
import type { RouteLocationRaw } from 'vue-router';
import type { FlagId } from '../../electron/core/contract';
import { displayDate } from '../dates';

export function evidenceRoute(caseId: string, evidence: readonly string[], flagId?: FlagId): RouteLocationRaw {
  const query: Record<string, string> = { tab: 'chronology', records: evidence.join(',') };
  if (flagId) query.flag = flagId;
  return { name: 'case', params: { caseId }, query };
}

/** The ids in ?records=, or null when the address names none (a plain chronology). */
export function recordsInQuery(value: unknown): string[] | null {
  const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return ids.length ? [...new Set(ids)] : null;
}

export const recordCount = (n: number): string => `${n} ${n === 1 ? 'record' : 'records'}`;

/** "1 Oct 2026" for one day, "1 Oct 2026 to 10 Nov 2026" for a period. */
export const period = (from: string, to: string): string => (from === to ? displayDate(from) : `${displayDate(from)} to ${displayDate(to)}`);
