// The dashboard's columns. Sorting is the view's own (the store keeps it), so the headers show
// the order chosen by the "Sort by" control too, and a header click changes that same order.
import { NTag, type DataTableColumns, type DataTableSortState } from 'naive-ui';
import { h, type HTMLAttributes } from 'vue';
import { RouterLink } from 'vue-router';
import type { DashboardRow } from '../../../electron/core/contract';
import { displayDate } from '../../dates';
import type { DashboardSort, DashboardSortKey } from '../../flags/dashboard-filters';
import { SERVICE_LABELS, STATUS_LABELS } from '../../labels';
import DashboardFlags from './DashboardFlags.vue';

const SORTABLE: readonly DashboardSortKey[] = ['reference', 'client', 'latest', 'flags'];

export function dashboardColumns(sort: DashboardSort): DataTableColumns<DashboardRow> {
  const order = (key: DashboardSortKey) => (sort.key === key ? sort.order : false);
  return [
    {
      key: 'reference',
      title: 'Reference',
      width: 130,
      sorter: true,
      sortOrder: order('reference'),
      render: (row) => h(RouterLink, { to: { name: 'case', params: { caseId: row.caseId } }, class: 'case-ref' }, { default: () => row.reference }),
    },
    { key: 'client', title: 'Client', width: 160, sorter: true, sortOrder: order('client'), render: (row) => row.clientName },
    {
      key: 'service',
      title: 'Service and manager',
      width: 180,
      render: (row) => h('div', { class: 'facts' }, [h('span', SERVICE_LABELS[row.service]), h('span', { class: 'facts__manager' }, row.clientManager.fullName)]),
    },
    {
      key: 'status',
      title: 'Status and casework due',
      width: 220,
      render: (row) =>
        h('div', { class: 'status' }, [
          h(NTag, { size: 'small', bordered: false }, { default: () => STATUS_LABELS[row.status] }),
          ...row.due.map((note) => h('span', { class: 'status__due', 'data-testid': 'dashboard-due' }, note)),
        ]),
    },
    { key: 'flagList', title: 'Flags', render: (row) => h(DashboardFlags, { row }) },
    { key: 'flags', title: 'Number of flags', width: 130, sorter: true, sortOrder: order('flags'), align: 'right', render: (row) => String(row.flags.length) },
    { key: 'latest', title: 'Latest finding', width: 140, sorter: true, sortOrder: order('latest'), render: (row) => (row.latest ? displayDate(row.latest) : '—') },
  ];
}

/** A header click: the store's sort, from Naive UI's sorter state (a third click returns to the default). */
export function sortFromHeader(state: DataTableSortState | null): DashboardSort | null {
  if (!state || state.order === false) return null;
  const key = SORTABLE.find((k) => k === state.columnKey);
  return key ? { key, order: state.order } : null;
}

export function dashboardRowProps(row: DashboardRow): HTMLAttributes {
  const attrs: HTMLAttributes & { 'data-testid': string; 'data-reference': string } = { 'data-testid': 'dashboard-row', 'data-reference': row.reference };
  return attrs;
}
