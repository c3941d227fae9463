// Dates as the organisation sees them: calendar days in Europe/London, stored as YYYY-MM-DD
// (the contract's isoDate) and shown the British way ("23 Nov 2026").
import { TZDate } from '@date-fns/tz';
import { format, isValid, parse } from 'date-fns';

export const ORG_TIME_ZONE = 'Europe/London';
export const DISPLAY_DATE_FORMAT = 'd MMM yyyy';
/** date-fns pattern of the contract's isoDate; also the date picker's value format. */
export const ISO_DATE_FORMAT = 'yyyy-MM-dd';

/** Today's calendar date in London, whatever zone the computer is set to. */
export function todayIso(now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), ORG_TIME_ZONE), ISO_DATE_FORMAT);
}

/** "2026-11-23" → "23 Nov 2026"; anything unparseable is shown as it came. */
export function displayDate(isoDate: string): string {
  // Parsed as a local calendar day, not as UTC midnight, so no zone can shift it by a day.
  const day = parse(isoDate, ISO_DATE_FORMAT, new Date());
  return isValid(day) ? format(day, DISPLAY_DATE_FORMAT) : isoDate;
}

/** An ISO timestamp (createdAt) → its London calendar day, shown the British way. */
export function displayDay(isoDateTime: string): string {
  const at = new Date(isoDateTime);
  return isValid(at) ? format(new TZDate(at.getTime(), ORG_TIME_ZONE), DISPLAY_DATE_FORMAT) : isoDateTime;
}
