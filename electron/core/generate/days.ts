// Dates for the generator as whole day numbers (days since 1970-01-01), which are cheap to add
// and compare. Times are drawn between 08:00 and 18:59 UTC, so a record's London date is always
// its UTC date, in summer time too: the plan can reason about London dates directly.
const DAY_MS = 86_400_000;

export function dayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant `minute` minutes after 08:00 UTC on a day (minute < 660). */
export function instantOf(day: number, minute: number): string {
  return new Date(day * DAY_MS + (8 * 60 + Math.min(659, Math.max(0, minute))) * 60_000).toISOString();
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayOf(day: number): number {
  return (day + 3) % 7;
}
