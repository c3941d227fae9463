// The home screen's work queues (SPEC 9), one per role: the casework waiting for the person
// (queues.mine: decisions, approvals, assessments, appeals, reviews) and, from the dashboard's
// rows, the flagged cases they look at first, newest finding first.
import type { DashboardRow, FlagId, QueueItem, Role } from '../../electron/core/contract';
import { byLatestFinding } from './dashboard-filters';

export type QueueKind = 'my-cases' | 'to-assess' | 'to-decide' | 'appeals';

export const QUEUE_FOR: Readonly<Record<Role, QueueKind>> = {
  client_manager: 'my-cases',
  clinical_lead: 'to-assess',
  director: 'to-decide',
  appeals_officer: 'appeals',
};

export const QUEUE_TITLES: Readonly<Record<QueueKind, string>> = {
  'my-cases': 'My cases',
  'to-assess': 'To assess',
  'to-decide': 'To decide and sign',
  appeals: 'Appeals',
};

/** Flags that call for the clinical lead: missed sessions, no progress, the session limit, safeguarding. */
export const ASSESSMENT_FLAGS: readonly FlagId[] = ['SESS-1', 'SESS-2', 'SESS-3', 'SAFE-1'];

/** The date of the newest finding among a row's flags (null without any). */
const latestOf = (flags: DashboardRow['flags']): string | null => flags.reduce<string | null>((a, f) => (a === null || f.latest > a ? f.latest : a), null);

/** The client manager's own cases: those with flags first (newest finding first), then the rest. */
export const myCases = (rows: readonly DashboardRow[]): DashboardRow[] => rows.filter((r) => r.mine).sort(byLatestFinding);

/** Counselling cases with a finding the clinical lead assesses, showing only those flags. */
export function toAssess(rows: readonly DashboardRow[]): DashboardRow[] {
  return rows
    .filter((r) => r.service.startsWith('counselling_'))
    .map((r) => {
      const flags = r.flags.filter((f) => ASSESSMENT_FLAGS.includes(f.id));
      return { ...r, flags, latest: latestOf(flags) };
    })
    .filter((r) => r.flags.length > 0)
    .sort(byLatestFinding);
}

/** Every flagged case across the organisation, newest finding first. */
export const toDecide = (rows: readonly DashboardRow[]): DashboardRow[] => rows.filter((r) => r.flags.length > 0).sort(byLatestFinding);

/** A queue is work still to do: closed and withdrawn cases never appear in one. */
const isOpen = (r: DashboardRow): boolean => r.status !== 'closed' && r.status !== 'withdrawn';

export function queueRows(kind: QueueKind, rows: readonly DashboardRow[]): DashboardRow[] {
  const open = rows.filter(isOpen);
  if (kind === 'my-cases') return myCases(open);
  if (kind === 'to-assess') return toAssess(open);
  if (kind === 'to-decide') return toDecide(open);
  return [];
}

/** ISO dates compare as text; no date comes after every date. */
const byDue = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * Casework in the order to do it: what has a due date first, soonest (so overdue) first; then the
 * rest in the core's order, which follows the cases' casework as it was recorded.
 */
export function caseworkInOrder(items: readonly QueueItem[]): QueueItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => byDue(a.item.due, b.item.due) || a.index - b.index)
    .map(({ item }) => item);
}
