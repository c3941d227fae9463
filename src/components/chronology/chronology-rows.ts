// The chronology as rows: the entries in date order with each gap in contact as its own row,
// placed after the last entry of the day the gap starts. Newest first is the same rows reversed.
import type { ChronologyEntry, Output } from '../../../electron/core/contract';
import { endOfLondonDay } from '../../date-times';

export type ChronologyGap = Output<'chronology.list'>['gaps'][number];

export type ChronologyRow =
  | { readonly kind: 'entry'; readonly key: string; readonly entry: ChronologyEntry }
  | { readonly kind: 'gap'; readonly key: string; readonly gap: ChronologyGap };

/** `entries` oldest first, as the core returns them; `gaps` in date order. */
export function chronologyRows(entries: readonly ChronologyEntry[], gaps: readonly ChronologyGap[], newestFirst: boolean): ChronologyRow[] {
  const rows: ChronologyRow[] = [];
  const gapRow = (gap: ChronologyGap): ChronologyRow => ({ kind: 'gap', key: `gap:${gap.from}:${gap.to}`, gap });
  let next = 0;
  // Instants, not London dates, are compared: a date conversion per entry is too slow for 50,000.
  let boundary = gaps[0] ? endOfLondonDay(gaps[0].from) : Infinity;
  for (const entry of entries) {
    const at = Date.parse(entry.occurredAt);
    while (at >= boundary && next < gaps.length) {
      rows.push(gapRow(gaps[next]!));
      next++;
      boundary = gaps[next] ? endOfLondonDay(gaps[next]!.from) : Infinity;
    }
    rows.push({ kind: 'entry', key: entry.id, entry });
  }
  // Gaps after the last entry shown (up to today, or past a filter's end) close the list.
  for (; next < gaps.length; next++) rows.push(gapRow(gaps[next]!));
  return newestFirst ? rows.reverse() : rows;
}
