// The users table: who can unlock the store, in which role, and whether they still hold a
// one-time passphrase. The Remove action is offered where the core would allow it.
import { NButton, NTag, type DataTableColumns } from 'naive-ui';
import { h, type HTMLAttributes } from 'vue';
import type { User } from '../../../electron/core/contract';
import { displayDay } from '../../dates';
import { ROLE_LABELS } from '../../labels';

export function userColumns(currentUserId: string | null, onRemove: (user: User) => void): DataTableColumns<User> {
  return [
    { key: 'fullName', title: 'Name' },
    { key: 'login', title: 'Login name', render: (row) => h('span', { class: 'user-login' }, row.login) },
    { key: 'role', title: 'Role', render: (row) => ROLE_LABELS[row.role] },
    {
      key: 'mustChangePassphrase',
      title: 'Passphrase',
      render: (row) =>
        row.mustChangePassphrase
          ? h(NTag, { size: 'small', bordered: false, type: 'warning' }, { default: () => 'One-time, not yet replaced' })
          : h(NTag, { size: 'small', bordered: false, type: 'success' }, { default: () => 'Own passphrase' }),
    },
    { key: 'createdAt', title: 'Added', width: 120, render: (row) => displayDay(row.createdAt) },
    {
      key: 'actions',
      title: '',
      width: 110,
      align: 'right',
      // The core refuses removing the director or yourself; no button invites that refusal.
      render: (row) =>
        row.role === 'director' || row.id === currentUserId
          ? null
          : h(NButton, { size: 'small', tertiary: true, type: 'error', 'data-testid': `remove-user-${row.login}`, onClick: () => onRemove(row) }, { default: () => 'Remove' }),
    },
  ];
}

export function userRowProps(row: User): HTMLAttributes {
  const attrs: HTMLAttributes & { 'data-testid': string; 'data-login': string } = { 'data-testid': 'user-row', 'data-login': row.login };
  return attrs;
}
