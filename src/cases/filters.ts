// The case list's filters, applied in the renderer over cases.list: every case is already here,
// and a small organisation has hundreds, not millions.
import type { CaseStatus, CaseSummary, Service } from '../../electron/core/contract';

export interface CaseFilters {
  status: CaseStatus | null;
  service: Service | null;
  allocatedWorkerId: string | null;
  clientManagerId: string | null;
}

export const noCaseFilters = (): CaseFilters => ({ status: null, service: null, allocatedWorkerId: null, clientManagerId: null });

export const isFiltering = (f: CaseFilters): boolean => f.status !== null || f.service !== null || f.allocatedWorkerId !== null || f.clientManagerId !== null;

export function filterCases(cases: readonly CaseSummary[], f: CaseFilters): CaseSummary[] {
  return cases.filter(
    (c) =>
      (f.status === null || c.status === f.status) &&
      (f.service === null || c.service === f.service) &&
      (f.allocatedWorkerId === null || c.allocatedWorker.id === f.allocatedWorkerId) &&
      (f.clientManagerId === null || c.clientManager.id === f.clientManagerId),
  );
}

/** The distinct people holding a role across the cases, by name: a filter offers only who is there. */
export function peopleOf(cases: readonly CaseSummary[], pick: (c: CaseSummary) => { id: string; fullName: string }): { label: string; value: string }[] {
  const byId = new Map(cases.map((c) => [pick(c).id, pick(c).fullName]));
  return [...byId].map(([value, label]) => ({ label, value })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
