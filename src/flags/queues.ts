// The home screen's work queues (SPEC 9), one per role, built from the dashboard's rows: what
// each person has to look at first, newest finding first.
import type { DashboardRow, FlagId, Role } from '../../electron/core/contract';
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
