// The columns of the wizard's two tables: the first rows as they would be recorded, and the
// rows that cannot be imported (row, column, reason, as a person finds them in a spreadsheet).
import type { DataTableColumns } from 'naive-ui';
import type { HTMLAttributes } from 'vue';
import type { ContactImportError, ContactImportPreviewRow } from '../../../electron/core/contract/transfer';
import { DIRECTION_WORDS, LINE_WORDS, MEDIUM_WORDS, PURPOSE_WORDS } from '../../../electron/core/contract/transfer';
import { displayDateTime } from '../../date-times';
import { wordLabel } from './import-options';

export const previewColumns: DataTableColumns<ContactImportPreviewRow> = [
  { key: 'row', title: 'Row', width: 56 },
  { key: 'occurredAt', title: 'Date and time', width: 140, render: (r) => displayDateTime(r.occurredAt) },
  { key: 'medium', title: 'Medium', width: 105, render: (r) => wordLabel(MEDIUM_WORDS, r.details.medium) },
  { key: 'direction', title: 'Direction', width: 120, render: (r) => wordLabel(DIRECTION_WORDS, r.details.direction) },
  { key: 'line', title: 'Line', width: 110, render: (r) => wordLabel(LINE_WORDS, r.details.line) },
  { key: 'people', title: 'With', width: 150, render: (r) => [...r.clientNames, ...r.staffNames].join(', ') },
  { key: 'purpose', title: 'Purpose', width: 100, render: (r) => wordLabel(PURPOSE_WORDS, r.details.purpose) },
  { key: 'length', title: 'Length', width: 84, render: (r) => (r.details.length ? `${r.details.length.value} min` : '') },
  { key: 'fact', title: 'Fact', ellipsis: { tooltip: true } },
];

export const errorColumns: DataTableColumns<ContactImportError> = [
  { key: 'row', title: 'Row', width: 72 },
  { key: 'column', title: 'Column', width: 200 },
  // The core writes reasons to follow the column's name; standing alone, they start a sentence.
  { key: 'reason', title: 'Problem', minWidth: 300, render: (e) => e.reason.charAt(0).toUpperCase() + e.reason.slice(1) },
];

/** Row attributes carrying a stable test id, for the component and end-to-end tests. */
export function testRow(testId: string): () => HTMLAttributes {
  const attrs: HTMLAttributes & { 'data-testid': string } = { 'data-testid': testId };
  return () => attrs;
}
