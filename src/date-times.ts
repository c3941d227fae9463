// Moments as the organisation sees them: stored as UTC ISO instants (the contract's
// isoDateTime), entered and shown as Europe/London wall-clock time, whatever zone the computer
// is in. Date pickers hold a wall-clock string ("2026-10-01T17:30"); this file is the one
// place that string becomes an instant and back.
import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';
import { ORG_TIME_ZONE } from './dates';

/** date-fns pattern of the wall-clock string a date-time picker holds. */
export const WALL_CLOCK_FORMAT = "yyyy-MM-dd'T'HH:mm";
/** How a date-time reads in the app: "Tue 1 Oct 2026, 17:30". */
export const DISPLAY_DATE_TIME_FORMAT = 'EEE d MMM yyyy, HH:mm';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function inLondon(isoDateTime: string): TZDate | null {
  const at = new Date(isoDateTime);
  return isValid(at) ? new TZDate(at.getTime(), ORG_TIME_ZONE) : null;
}

/** "2026-10-01T16:30:00.000Z" → "Thu 1 Oct 2026, 17:30" (BST); unparseable text is shown as it came. */
export function displayDateTime(isoDateTime: string): string {
  const at = inLondon(isoDateTime);
  return at ? format(at, DISPLAY_DATE_TIME_FORMAT) : isoDateTime;
}

/** An instant → the London wall-clock string a picker shows. */
export function toWallClock(isoDateTime: string): string | null {
  const at = inLondon(isoDateTime);
  return at ? format(at, WALL_CLOCK_FORMAT) : null;
}

/** A London wall-clock string → the UTC instant it names; null when it is not one. */
export function fromWallClock(wallClock: string | null): string | null {
  const parts = wallClock ? WALL_CLOCK.exec(wallClock) : null;
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [number, number, number, number, number];
  const at = new TZDate(year, month - 1, day, hour, minute, ORG_TIME_ZONE);
  return isValid(at) ? new Date(at.getTime()).toISOString() : null;
}

/** Now, to the minute, as a London wall-clock string: the default for a new record. */
export function nowWallClock(now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), ORG_TIME_ZONE), WALL_CLOCK_FORMAT);
}

/** The London calendar day of an instant, as the contract's isoDate. */
export function londonDay(isoDateTime: string): string {
  const at = inLondon(isoDateTime);
  return at ? format(at, 'yyyy-MM-dd') : isoDateTime.slice(0, 10);
}

/** The instant (ms) the London day after `isoDate` begins: where a gap starting that day sits. */
export function endOfLondonDay(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day + 1, 0, 0, ORG_TIME_ZONE).getTime();
}
