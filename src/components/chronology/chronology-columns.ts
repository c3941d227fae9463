// The chronology table's columns: when, what kind, who, and what happened (the summary the core
// builds from the details, then the fact). A gap in contact, a warning or a decision spans every
// column as its own row.
import { NTag, type DataTableColumns } from 'naive-ui';
import { h, type HTMLAttributes, type VNodeChild } from 'vue';
import { RouterLink } from 'vue-router';
import type { ChronologyEntry } from '../../../electron/core/contract';
import { displayDateTime } from '../../date-times';
import { displayDate, todayIso } from '../../dates';
import { RECORD_TYPE_LABELS } from '../../records/labels';
import type { ChronologyCasework, ChronologyGap, ChronologyRow } from './chronology-rows';

/** Every entry row has this height, so the virtual list can place 50,000 rows without measuring them. */
export const ENTRY_ROW_HEIGHT = 68;

const WHAT_MIN_WIDTH = 260;
/** The fixed columns and the narrowest "What happened": below this the table scrolls sideways. */
export const CHRONOLOGY_MIN_WIDTH = 200 + 200 + 210 + WHAT_MIN_WIDTH;

function gapNotice(gap: ChronologyGap): VNodeChild {
  const until = gap.to === todayIso() ? 'today' : displayDate(gap.to);
  return h('div', { class: 'gap', role: 'note', 'data-testid': 'chronology-gap' }, [
    h('span', { class: 'gap__mark', 'aria-hidden': 'true' }, '⋯'),
    h('strong', { class: 'gap__days' }, `No contact for ${gap.days} days`),
    h('span', { class: 'gap__span' }, `${displayDate(gap.from)} to ${until}`),
  ]);
}

/** A warning or a decision: casework, not a record, so it opens the case's Checklist tab. */
function caseworkNotice(c: ChronologyCasework, caseId: string): VNodeChild {
  return h('div', { class: 'casework', role: 'note', 'data-testid': 'chronology-casework', 'data-kind': c.kind }, [
    h('span', { class: 'casework__mark', 'aria-hidden': 'true' }, c.kind === 'warning' ? '⚑' : '➜'),
    h('strong', { class: 'casework__date' }, displayDate(c.date)),
    h('span', { class: 'casework__label' }, `${c.kind === 'warning' ? 'Ladder' : 'Decision'}: ${c.label}`),
    h(RouterLink, { to: { name: 'case', params: { caseId }, query: { tab: 'checklist' } }, class: 'casework__link' }, { default: () => 'Open the checklist' }),
  ]);
}

/** The client side first, then staff: the order a chronology reads "who contacted whom". */
function partyNames(entry: ChronologyEntry): string {
  const clientSide = entry.parties.filter((p) => p.side === 'client');
  const staff = entry.parties.filter((p) => p.side === 'staff');
  return [...clientSide, ...staff].map((p) => p.fullName).join(', ') || '—';
}

function typeCell(entry: ChronologyEntry): VNodeChild {
  const tags = [
    entry.significant ? h(NTag, { size: 'small', type: 'warning', bordered: false, 'data-testid': 'tag-significant' }, { default: () => 'Significant' }) : null,
    entry.restricted ? h(NTag, { size: 'small', type: 'error', bordered: false, 'data-testid': 'tag-restricted' }, { default: () => 'Restricted' }) : null,
    entry.version > 1 ? h('span', { class: 'entry__version' }, `Corrected (v${entry.version})`) : null,
  ];
  return h('div', { class: 'entry__type' }, [h('span', { class: 'entry__type-name' }, RECORD_TYPE_LABELS[entry.type]), h('div', { class: 'entry__tags' }, tags)]);
}

function whatCell(entry: ChronologyEntry, open: (entry: ChronologyEntry) => void): VNodeChild {
  return h('div', { class: 'entry__what' }, [
    // A real button: the row opens by keyboard (Tab, Enter) as well as by a click anywhere on it.
    h('button', { type: 'button', class: 'entry__open', 'data-testid': 'chronology-open', onClick: (event: MouseEvent) => (event.stopPropagation(), open(entry)) }, entry.summary),
    h('p', { class: 'entry__fact' }, entry.fact),
  ]);
}

export function chronologyColumns(open: (entry: ChronologyEntry) => void, caseId: () => string): DataTableColumns<ChronologyRow> {
  return [
    {
      key: 'when',
      title: 'Date and time',
      width: 200,
      colSpan: (row) => (row.kind === 'entry' ? 1 : 4),
      render: (row) =>
        row.kind === 'gap' ? gapNotice(row.gap) : row.kind === 'casework' ? caseworkNotice(row.casework, caseId()) : h('time', { class: 'entry__when', datetime: row.entry.occurredAt }, displayDateTime(row.entry.occurredAt)),
    },
    { key: 'type', title: 'Type', width: 200, render: (row) => (row.kind === 'entry' ? typeCell(row.entry) : null) },
    {
      key: 'parties',
      title: 'Parties',
      width: 210,
      render: (row) => (row.kind === 'entry' ? h('span', { class: 'entry__parties' }, partyNames(row.entry)) : null),
    },
    // Never narrower than its words: zoomed in, the table scrolls sideways inside itself instead
    // of squeezing this column to a letter a line.
    { key: 'what', title: 'What happened', minWidth: WHAT_MIN_WIDTH, render: (row) => (row.kind === 'entry' ? whatCell(row.entry, open) : null) },
  ];
}

export function chronologyRowProps(open: (entry: ChronologyEntry) => void): (row: ChronologyRow) => HTMLAttributes {
  return (row) => {
    if (row.kind === 'gap') {
      const gapAttrs: HTMLAttributes & { 'data-testid': string } = { 'data-testid': 'chronology-gap-row', class: 'row--gap' };
      return gapAttrs;
    }
    if (row.kind === 'casework') {
      const caseworkAttrs: HTMLAttributes & { 'data-testid': string } = { 'data-testid': 'chronology-casework-row', class: 'row--gap row--casework' };
      return caseworkAttrs;
    }
    const attrs: HTMLAttributes & { 'data-testid': string; 'data-record-id': string; 'data-type': string } = {
      'data-testid': 'chronology-row',
      'data-record-id': row.entry.id,
      'data-type': row.entry.type,
      class: 'row--entry',
      onClick: () => open(row.entry),
    };
    return attrs;
  };
}
