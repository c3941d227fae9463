// Working days for England and Wales: Monday to Friday except bank holidays. No feed of bank
// holidays can be reached offline, so they are computed from the rules that fix them (the
// Banking and Financial Dealings Act 1971 and the annual proclamations), with the one-off days
// and moves of recent years built in and an editable list for days still to be proclaimed.
import { addDays, isoWeekday } from './dates';

export interface Holiday {
  readonly date: string;
  readonly name: string;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** The bank holiday on a date, or null. */
  holiday(date: string): string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** Easter Sunday (Gregorian), by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

function firstMonday(year: number, month: number): string {
  const first = ymd(year, month, 1);
  return addDays(first, (8 - isoWeekday(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = addDays(month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1), -1);
  return addDays(last, -((isoWeekday(last) + 6) % 7));
}

/**
 * Fixed-date holidays (New Year's Day; Christmas and Boxing Day): each stays on its date when
 * that is a weekday; one that falls at a weekend gets a substitute day, the next weekday not
 * already taken, in order (so with Christmas on a Sunday, Boxing Day keeps Monday 26 December
 * and Christmas Day's substitute is Tuesday 27 December).
 */
function fixedHolidays(days: readonly Holiday[]): Holiday[] {
  const taken = new Set(days.filter((h) => isoWeekday(h.date) <= 5).map((h) => h.date));
  return days.map((h) => {
    if (isoWeekday(h.date) <= 5) return h;
    let day = h.date;
    while (isoWeekday(day) >= 6 || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    return { date: day, name: `${h.name} (substitute day)` };
  });
}

/**
 * Proclaimed changes to the usual days: a holiday moved (the Spring bank holiday for a jubilee,
 * the Early May one for VE Day) or a one-off day added (a coronation, a state funeral).
 */
const PROCLAIMED: Readonly<Record<number, { readonly moved?: Readonly<Record<string, string>>; readonly added?: readonly Holiday[] }>> = {
  1995: { moved: { 'Early May bank holiday': '1995-05-08' } },
  1999: { added: [{ date: '1999-12-31', name: 'Millennium bank holiday' }] },
  2002: { moved: { 'Spring bank holiday': '2002-06-04' }, added: [{ date: '2002-06-03', name: 'Golden Jubilee bank holiday' }] },
  2011: { added: [{ date: '2011-04-29', name: 'Royal wedding bank holiday' }] },
  2012: { moved: { 'Spring bank holiday': '2012-06-04' }, added: [{ date: '2012-06-05', name: 'Diamond Jubilee bank holiday' }] },
  2020: { moved: { 'Early May bank holiday': '2020-05-08' } },
  2022: {
    moved: { 'Spring bank holiday': '2022-06-02' },
    added: [
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'State funeral of Queen Elizabeth II' },
    ],
  },
  2023: { added: [{ date: '2023-05-08', name: 'Coronation bank holiday' }] },
};

/** England-and-Wales bank holidays of a year, by rule, with the proclaimed changes applied. */
export function bankHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const proclaimed = PROCLAIMED[year] ?? {};
  const usual: Holiday[] = [
    ...fixedHolidays([{ date: ymd(year, 1, 1), name: "New Year's Day" }]),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: firstMonday(year, 5), name: 'Early May bank holiday' },
    { date: lastMonday(year, 5), name: 'Spring bank holiday' },
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
  ].map((h) => ({ ...h, date: proclaimed.moved?.[h.name] ?? h.date }));
  const christmas = fixedHolidays([
    { date: ymd(year, 12, 25), name: 'Christmas Day' },
    { date: ymd(year, 12, 26), name: 'Boxing Day' },
  ]);
  return [...usual, ...christmas, ...(proclaimed.added ?? [])].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** A working calendar with the hand-added one-off days; bank holidays are cached per year. */
export function workingCalendar(extra: readonly Holiday[] = []): WorkingCalendar {
  const byYear = new Map<number, Map<string, string>>();
  const extraDays = new Map(extra.map((h) => [h.date, h.name]));
  const holiday = (date: string): string | null => {
    const year = Number(date.slice(0, 4));
    let days = byYear.get(year);
    if (!days) byYear.set(year, (days = new Map(bankHolidays(year).map((h) => [h.date, h.name]))));
    return days.get(date) ?? extraDays.get(date) ?? null;
  };
  return {
    holiday,
    isWorkingDay: (date) => isoWeekday(date) <= 5 && holiday(date) === null,
  };
}

/** The date `n` working days after `date` (n >= 1); `date` itself need not be a working day. */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): string {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) left--;
  }
  return day;
}
