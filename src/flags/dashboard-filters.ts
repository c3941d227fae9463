// The dashboard's filters, applied in the renderer over flags.dashboard: every case is already
// here, and a small organisation has hundreds of cases, not millions.
import type { DashboardRow, FlagId, Service } from '../../electron/core/contract';

export interface DashboardFilters {
  flagId: FlagId | null;
  service: Service | null;
  clientManagerId: string | null;
  onlyMine: boolean;
  onlyFlagged: boolean;
}

export const noDashboardFilters = (): DashboardFilters => ({ flagId: null, service: null, clientManagerId: null, onlyMine: false, onlyFlagged: false });

export const isFilteringDashboard = (f: DashboardFilters): boolean =>
  f.flagId !== null || f.service !== null || f.clientManagerId !== null || f.onlyMine || f.onlyFlagged;

export function filterDashboard(rows: readonly DashboardRow[], f: DashboardFilters): DashboardRow[] {
  return rows.filter(
    (r) =>
      (f.flagId === null || r.flags.some((flag) => flag.id === f.flagId)) &&
      (f.service === null || r.service === f.service) &&
      (f.clientManagerId === null || r.clientManager.id === f.clientManagerId) &&
      (!f.onlyMine || r.mine) &&
      (!f.onlyFlagged || r.flags.length > 0),
  );
}

/** Newest finding first; cases with no finding after every flagged one, by reference. */
export function byLatestFinding(a: DashboardRow, b: DashboardRow): number {
  if (a.latest !== b.latest) {
    if (a.latest === null) return 1;
    if (b.latest === null) return -1;
    return b.latest.localeCompare(a.latest);
  }
  return a.reference.localeCompare(b.reference, 'en-GB', { numeric: true });
}

/** The client managers across the rows, by name: the filter offers only who is there. */
export function clientManagersOf(rows: readonly DashboardRow[]): { label: string; value: string }[] {
  const byId = new Map(rows.map((r) => [r.clientManager.id, r.clientManager.fullName]));
  return [...byId].map(([value, label]) => ({ label, value })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

export type DashboardSortKey = 'latest' | 'flags' | 'reference' | 'client';
export interface DashboardSort {
  key: DashboardSortKey;
  order: 'ascend' | 'descend';
}

export const defaultDashboardSort = (): DashboardSort => ({ key: 'latest', order: 'descend' });

const COMPARE: Readonly<Record<DashboardSortKey, (a: DashboardRow, b: DashboardRow) => number>> = {
  // Ascending order; cases with no finding sort as the oldest.
  latest: (a, b) => (a.latest ?? '').localeCompare(b.latest ?? ''),
  flags: (a, b) => a.flags.length - b.flags.length,
  reference: (a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }),
  client: (a, b) => a.clientName.localeCompare(b.clientName, 'en-GB'),
};

/** Sorted by one key; ties by reference, so the order never shuffles between answers. */
export function sortDashboard(rows: readonly DashboardRow[], sort: DashboardSort): DashboardRow[] {
  const sign = sort.order === 'ascend' ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[sort.key](a, b) || COMPARE.reference(a, b));
}
