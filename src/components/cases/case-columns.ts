// The case list's columns: what a client manager scans for, in the order they read it.
import { NTag, type DataTableColumns } from 'naive-ui';
import { h, type HTMLAttributes } from 'vue';
import { RouterLink } from 'vue-router';
import type { CaseSummary } from '../../../electron/core/contract';
import { displayDate } from '../../dates';
import { SERVICE_LABELS, STATUS_LABELS, type CaseStatus } from '../../labels';

// Quiet colours; only the states that call for attention stand out.
const STATUS_TAG: Readonly<Record<CaseStatus, 'default' | 'info' | 'success' | 'warning' | 'error'>> = {
  active: 'success',
  under_review: 'info',
  warned: 'warning',
  restricted: 'error',
  withdrawn: 'default',
  closed: 'default',
};

export const caseColumns: DataTableColumns<CaseSummary> = [
  {
    key: 'reference',
    title: 'Reference',
    width: 110,
    // A link, so the case opens by keyboard too; a click anywhere on the row opens it as well.
    render: (row) => h(RouterLink, { to: { name: 'case', params: { caseId: row.id } }, class: 'case-ref', onClick: (event: MouseEvent) => event.stopPropagation() }, { default: () => row.reference }),
  },
  { key: 'clientName', title: 'Client', ellipsis: { tooltip: true } },
  { key: 'service', title: 'Service', render: (row) => SERVICE_LABELS[row.service] },
  { key: 'allocatedWorker', title: 'Allocated worker', render: (row) => row.allocatedWorker.fullName },
  { key: 'clientManager', title: 'Client manager', render: (row) => row.clientManager.fullName },
  {
    key: 'status',
    title: 'Status',
    width: 130,
    render: (row) => h(NTag, { size: 'small', bordered: false, type: STATUS_TAG[row.status] }, { default: () => STATUS_LABELS[row.status] }),
  },
  { key: 'startDate', title: 'Start date', width: 120, render: (row) => displayDate(row.startDate) },
];

/** Opens the case on a click anywhere on its row, with a stable hook for tests carrying its reference. */
export function caseRowProps(open: (row: CaseSummary) => void): (row: CaseSummary) => HTMLAttributes {
  return (row) => {
    const attrs: HTMLAttributes & { 'data-testid': string; 'data-reference': string } = {
      'data-testid': 'case-row',
      'data-reference': row.reference,
      class: 'case-row',
      onClick: () => open(row),
    };
    return attrs;
  };
}
