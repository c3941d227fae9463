// The fast date paths (day numbers in UTC, London's offset looked up once per UTC day) agree with
// date-fns and the zone database on every case: each hour across years of clock changes, leap
// days, month and year ends, and the weekdays of dates either side of 1970.
import { TZDate } from '@date-fns/tz';
import { addDays as addDaysFns, differenceInCalendarDays, format, getISODay, parseISO, startOfISOWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDays, daysFrom, isoWeekday, weekStart } from '../../../electron/core/analysis/dates';
import { daysBetween, londonDate, ZONE } from '../../../electron/core/calendar';

const reference = (at: Date) => format(new TZDate(at, ZONE), 'yyyy-MM-dd');

describe('londonDate', () => {
  it('gives the zone database’s London date for every 20 minutes from 2024 to 2027, clock changes included', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2027, 11, 31); ms += 20 * 60_000) {
      const iso = new Date(ms).toISOString();
      if (londonDate(iso) !== reference(new Date(ms))) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('puts the minutes around midnight in British Summer Time on the right day', () => {
    expect(londonDate('2026-06-30T22:59:59.999Z')).toBe('2026-06-30');
    expect(londonDate('2026-06-30T23:00:00.000Z')).toBe('2026-07-01');
    expect(londonDate('2026-12-31T23:59:59Z')).toBe('2026-12-31');
    // The night the clocks go back (25 October 2026, 01:00 UTC) and forward (29 March 2026).
    expect(londonDate('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(londonDate('2026-03-29T00:30:00Z')).toBe('2026-03-29');
  });

  it('reads offsets, Dates and instants without seconds as parseISO does', () => {
    expect(londonDate('2026-07-01T00:30:00+02:00')).toBe(reference(parseISO('2026-07-01T00:30:00+02:00')));
    expect(londonDate(new Date('2026-01-10T23:59:00Z'))).toBe('2026-01-10');
    expect(londonDate('2026-08-01T23:10Z')).toBe('2026-08-02');
  });
});

describe('day arithmetic on London dates', () => {
  const day = (d: string) => parseISO(d);
  const dates = ['1969-12-29', '1970-01-01', '2000-02-29', '2024-02-28', '2026-03-29', '2026-10-25', '2026-12-31', '2027-01-01'];

  it('adds days, counts days, and finds weekdays and Mondays as date-fns does', () => {
    for (const d of dates) {
      for (const n of [-400, -31, -1, 0, 1, 6, 7, 30, 366]) expect(addDays(d, n), `${d} + ${n}`).toBe(format(addDaysFns(day(d), n), 'yyyy-MM-dd'));
      for (const e of dates) {
        expect(daysFrom(d, e), `${d} to ${e}`).toBe(differenceInCalendarDays(day(e), day(d)));
        expect(daysBetween(d, e), `${d} to ${e}`).toBe(differenceInCalendarDays(day(e), day(d)));
      }
      expect(isoWeekday(d), d).toBe(getISODay(day(d)));
      expect(weekStart(d), d).toBe(format(startOfISOWeek(day(d)), 'yyyy-MM-dd'));
    }
  });
});
