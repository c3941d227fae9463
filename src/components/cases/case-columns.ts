// The case list's columns: what a client manager scans for, in the order they read it.
import { NTag, type DataTableColumns } from 'naive-ui';
import { h, type HTMLAttributes } from 'vue';
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
    render: (row) => h('span', { class: 'case-ref' }, row.reference),
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

/** A stable hook per row for the end-to-end test, carrying the case's reference. */
export function caseRowProps(row: CaseSummary): HTMLAttributes {
  const attrs: HTMLAttributes & { 'data-testid': string; 'data-reference': string } = { 'data-testid': 'case-row', 'data-reference': row.reference };
  return attrs;
}
