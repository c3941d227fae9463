// Sliding windows over dated records. "Within N days" includes both ends (SPEC section 3), so a
// window starting on date d holds the records dated d .. d + N. For the monotone conditions the
// flags use ("at least k records", "at least h hours"), a window that satisfies the condition can
// always be moved to start on its first record, so trying a window at each record is complete.
// Satisfying windows that share a record are merged into one episode: one finding, not dozens.
import { addDays, addMonths } from './dates';

export interface Dated {
  readonly id: string;
  readonly date: string;
}

export interface Episode<T extends Dated> {
  /** Every record of every satisfying window in the episode, in time order. */
  readonly items: readonly T[];
  readonly from: string;
  readonly to: string;
}

/** Where a window starting at `start` ends (inclusive). */
export type WindowEnd = (start: string) => string;

/** "Within N days": the window d .. d + N, both ends included. */
export const withinDays =
  (days: number): WindowEnd =>
  (start) =>
    addDays(start, days);

/** "Before the first + N calendar months": the window ends the day before first + N months. */
export const beforeMonths =
  (months: number): WindowEnd =>
  (start) =>
    addDays(addMonths(start, months), -1);

/**
 * Episodes of windows (one starting at each record) whose records satisfy `holds`. `items` must
 * be in time order.
 */
export function episodes<T extends Dated>(items: readonly T[], end: WindowEnd, holds: (inWindow: readonly T[]) => boolean): Episode<T>[] {
  const found: { first: number; last: number }[] = [];
  let last = 0;
  for (let first = 0; first < items.length; first++) {
    const until = end(items[first]!.date);
    if (last < first) last = first;
    while (last + 1 < items.length && items[last + 1]!.date <= until) last++;
    if (holds(items.slice(first, last + 1))) found.push({ first, last });
  }
  const merged: { first: number; last: number }[] = [];
  for (const w of found) {
    const prev = merged.at(-1);
    if (prev && w.first <= prev.last) prev.last = Math.max(prev.last, w.last);
    else merged.push({ ...w });
  }
  return merged.map(({ first, last: l }) => {
    const slice = items.slice(first, l + 1);
    return { items: slice, from: slice[0]!.date, to: slice.at(-1)!.date };
  });
}

/** Groups items by a key, keeping each group in the input's order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
