// Dates as people in England mean them: Europe/London local dates, whatever the clock change.
// Stored instants are UTC ISO strings; a "date" is YYYY-MM-DD in London.
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';

export const ZONE = 'Europe/London';

/** The London calendar date of an instant. */
export function londonDate(instant: string | Date): string {
  return format(new TZDate(typeof instant === 'string' ? parseISO(instant) : instant, ZONE), 'yyyy-MM-dd');
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

export function daysBetween(fromDate: string, toDate: string): number {
  return differenceInCalendarDays(parseISO(toDate), parseISO(fromDate));
}
