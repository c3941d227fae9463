// The chronology as rows: the entries in date order with each gap in contact as its own row,
// placed after the last entry of the day the gap starts, and each warning or decision after the
// last entry of its day. Newest first is the same rows reversed.
import type { ChronologyEntry, Output } from '../../../electron/core/contract';
import { endOfLondonDay } from '../../date-times';

export type ChronologyGap = Output<'chronology.list'>['gaps'][number];
export type ChronologyCasework = Output<'chronology.list'>['casework'][number];

export type ChronologyRow =
  | { readonly kind: 'entry'; readonly key: string; readonly entry: ChronologyEntry }
  | { readonly kind: 'gap'; readonly key: string; readonly gap: ChronologyGap }
  | { readonly kind: 'casework'; readonly key: string; readonly casework: ChronologyCasework };

type Note = Exclude<ChronologyRow, { kind: 'entry' }>;
const noteDate = (n: Note): string => (n.kind === 'gap' ? n.gap.from : n.casework.date);

/** `entries` oldest first, as the core returns them; `gaps` and `casework` in date order. */
export function chronologyRows(entries: readonly ChronologyEntry[], gaps: readonly ChronologyGap[], newestFirst: boolean, casework: readonly ChronologyCasework[] = []): ChronologyRow[] {
  const notes: Note[] = [
    ...gaps.map((gap): Note => ({ kind: 'gap', key: `gap:${gap.from}:${gap.to}`, gap })),
    ...casework.map((c): Note => ({ kind: 'casework', key: `casework:${c.id}`, casework: c })),
  ].sort((a, b) => noteDate(a).localeCompare(noteDate(b)));
  const rows: ChronologyRow[] = [];
  let next = 0;
  // Instants, not London dates, are compared: a date conversion per entry is too slow for 50,000.
  let boundary = notes[0] ? endOfLondonDay(noteDate(notes[0])) : Infinity;
  for (const entry of entries) {
    const at = Date.parse(entry.occurredAt);
    while (at >= boundary && next < notes.length) {
      rows.push(notes[next]!);
      next++;
      boundary = notes[next] ? endOfLondonDay(noteDate(notes[next]!)) : Infinity;
    }
    rows.push({ kind: 'entry', key: entry.id, entry });
  }
  // Notes after the last entry shown (up to today, or past a filter's end) close the list.
  for (; next < notes.length; next++) rows.push(notes[next]!);
  return newestFirst ? rows.reverse() : rows;
}
