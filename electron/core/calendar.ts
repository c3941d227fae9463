// Dates as people in England mean them: Europe/London local dates, whatever the clock change.
// Stored instants are UTC ISO strings; a "date" is YYYY-MM-DD in London.
import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';

export const ZONE = 'Europe/London';

const DAY_MS = 86_400_000;
/** A full ISO instant with its zone: Date.parse reads it exactly as parseISO would. */
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** London's UTC offset (minutes ahead) through each UTC day, or null on a day the clocks change. */
const offsetByUtcDay = new Map<number, number | null>();

function offsetThrough(utcDay: number): number | null {
  let offset = offsetByUtcDay.get(utcDay);
  if (offset === undefined) {
    const start = -new TZDate(utcDay * DAY_MS, ZONE).getTimezoneOffset();
    const end = -new TZDate((utcDay + 1) * DAY_MS - 1, ZONE).getTimezoneOffset();
    offset = start === end ? start : null;
    offsetByUtcDay.set(utcDay, offset);
  }
  return offset;
}

function slowLondonDate(at: Date): string {
  return format(new TZDate(at, ZONE), 'yyyy-MM-dd');
}

/**
 * The London calendar date of an instant. The analyses ask this for every record they load, so
 * the zone's rules are consulted once per UTC day (the clocks change at 01:00 UTC, inside a day,
 * and such a day takes the exact path); otherwise it is plain arithmetic on the offset.
 */
export function londonDate(instant: string | Date): string {
  const ms = typeof instant === 'string' ? (ZONED_INSTANT.test(instant) ? Date.parse(instant) : Number.NaN) : instant.getTime();
  if (Number.isNaN(ms)) return slowLondonDate(typeof instant === 'string' ? parseISO(instant) : instant);
  const offset = offsetThrough(Math.floor(ms / DAY_MS));
  if (offset === null) return slowLondonDate(new Date(ms));
  const local = new Date(ms + offset * 60_000);
  const year = local.getUTCFullYear();
  // toISOString writes years outside 0..9999 with a sign: leave those to the exact path.
  return year >= 1000 && year <= 9999 ? local.toISOString().slice(0, 10) : slowLondonDate(new Date(ms));
}

/** The instant a London calendar date begins (midnight local time), as a UTC ISO string. */
export function londonDayStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, ZONE).getTime()).toISOString();
}

/** The instant the day after a London date begins: the exclusive end of that date. */
export function londonDayEnd(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, ZONE).getTime()).toISOString();
}

/** The day number of a YYYY-MM-DD date (days since 1 January 1970): arithmetic without time zones. */
export function dayNumber(date: string): number {
  const at = new Date(0);
  at.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(at.getTime() / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromDate: string, toDate: string): number {
  return dayNumber(toDate) - dayNumber(fromDate);
}
