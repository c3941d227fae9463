// Date-times as a call log writes them, to UTC instants. Times without an offset are
// Europe/London wall-clock times; a time the clocks skipped (spring forward) is refused, and a
// time that happened twice (autumn) is read as the later, GMT one, as @date-fns/tz does.
import { TZDate } from '@date-fns/tz';
import { ZONE } from '../calendar';

export type DateFormat = 'uk' | 'iso';
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
interface Clock {
  readonly h: number;
  readonly mi: number;
  readonly s: number;
  /** Minutes east of UTC when the cell gave an offset (or Z); null for London local time. */
  readonly offset: number | null;
}

const UK_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d{1,9})?)?\s*(am|pm)?\s*(z|[+-]\d{2}:?\d{2})?$/i;

const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parseDay(text: string, format: DateFormat): Parsed<Day> {
  const match = format === 'uk' ? UK_DAY.exec(text) : ISO_DAY.exec(text);
  const example = format === 'uk' ? 'dd/mm/yyyy, such as 31/12/2026' : 'yyyy-mm-dd, such as 2026-12-31';
  if (!match) return fail(`"${text}" is not a date written ${example}`);
  const [y, m, d] = (format === 'uk' ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]]).map(Number) as [number, number, number];
  if (format === 'uk' && match[3]!.length !== 4) return fail(`"${text}" has a ${match[3]!.length}-digit year: write the year in full (${example})`);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return fail(`"${text}" is not a real date (${example})`);
  return { ok: true, value: { y, m, d } };
}

export function parseClock(text: string): Parsed<Clock> {
  const match = CLOCK.exec(text);
  if (!match) return fail(`"${text}" is not a time such as 14:05, 14:05:30 or 2:05 pm`);
  let h = Number(match[1]);
  const mi = Number(match[2]);
  const s = Number(match[3] ?? 0);
  const half = match[4]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return fail(`"${text}" is not a time: with am or pm the hour is 1 to 12`);
    h = (h % 12) + (half === 'pm' ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return fail(`"${text}" is not a time of day`);
  const zone = match[5];
  let offset: number | null = null;
  if (zone) {
    const digits = zone.toLowerCase() === 'z' ? '+0000' : zone.replace(':', '');
    offset = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return { ok: true, value: { h, mi, s, offset } };
}

// London's offset is the same for every minute of a wall-clock hour (the clocks change on the
// hour), so one TZDate per hour seen serves a whole file: 100,000 rows would otherwise spend
// seconds in the time zone code.
const hourOffsets = new Map<string, number | null>();

/** London's offset in ms for that wall-clock hour; null when the clocks skipped it. */
function londonOffset(day: Day, h: number): number | null {
  const key = `${day.y}-${day.m}-${day.d}-${h}`;
  const known = hourOffsets.get(key);
  if (known !== undefined) return known;
  const local = new TZDate(day.y, day.m - 1, day.d, h, 0, 0, ZONE);
  const offset = local.getHours() === h && local.getDate() === day.d ? Date.UTC(day.y, day.m - 1, day.d, h) - local.getTime() : null;
  if (hourOffsets.size > 100_000) hourOffsets.clear();
  hourOffsets.set(key, offset);
  return offset;
}

export function toInstant(day: Day, clock: Clock): Parsed<string> {
  const wall = Date.UTC(day.y, day.m - 1, day.d, clock.h, clock.mi, clock.s);
  if (clock.offset !== null) return { ok: true, value: new Date(wall - clock.offset * 60_000).toISOString() };
  const offset = londonOffset(day, clock.h);
  if (offset === null) return fail(`${String(clock.h).padStart(2, '0')}:${String(clock.mi).padStart(2, '0')} did not happen in London that day: the clocks went forward an hour`);
  return { ok: true, value: new Date(wall - offset).toISOString() };
}

/** One cell holding a date and a time ("31/12/2026 14:05", "2026-12-31T14:05:00Z"). */
export function parseDateTime(text: string, format: DateFormat): Parsed<string> {
  const trimmed = text.trim();
  const split = format === 'iso' ? /^(\S+?)(?:T|\s+)(.+)$/i.exec(trimmed) : /^(\S+)\s+(.+)$/.exec(trimmed);
  if (!split) {
    const example = format === 'uk' ? '31/12/2026 14:05' : '2026-12-31 14:05';
    return fail(`"${trimmed}" needs a date and a time, such as ${example} (or map the time's own column)`);
  }
  const day = parseDay(split[1]!, format);
  if (!day.ok) return day;
  const clock = parseClock(split[2]!);
  if (!clock.ok) return clock;
  return toInstant(day.value, clock.value);
}
