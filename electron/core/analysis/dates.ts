// Date arithmetic on London calendar dates (YYYY-MM-DD): calendar months clamp to the month's
// end (31 January + 3 months is 30 April), days are calendar days whatever the clock change,
// since a London date has no time of day left in it.
import { addMonths as addMonthsFns, format, parseISO } from 'date-fns';
import { dayNumber, fromDayNumber } from '../calendar';

// Day arithmetic runs for every record in every flag, so it is done on day numbers (calendar.ts);
// date-fns keeps the calendar-month rules and the British wording.
const toDate = (date: string): Date => parseISO(date);
const toIso = (date: Date): string => format(date, 'yyyy-MM-dd');

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function addMonths(date: string, months: number): string {
  return toIso(addMonthsFns(toDate(date), months));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  // Day 0 (1 January 1970) was a Thursday.
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the week a date falls in. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** "14 April 2026": the British form sentences use. */
export function longDate(date: string): string {
  return format(toDate(date), 'd MMMM yyyy');
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
