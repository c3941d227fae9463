// The demo's dates, counted back from the core's clock (so a test with a fixed clock gets the same
// demo every time) and written as London wall-clock times, as a practitioner would note them.
import { TZDate } from '@date-fns/tz';
import { addDays, format, getISODay } from 'date-fns';
import { ZONE } from '../calendar';

export class DemoCalendar {
  /** Midnight today, London time. */
  private readonly today: TZDate;

  constructor(now: Date) {
    const here = new TZDate(now.getTime(), ZONE);
    this.today = new TZDate(here.getFullYear(), here.getMonth(), here.getDate(), ZONE);
  }

  /** The instant (UTC ISO) at a London time, `daysAgo` days before today. */
  at(daysAgo: number, time = '10:00'): string {
    const day = addDays(this.today, -daysAgo);
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, ZONE).getTime()).toISOString();
  }

  /** The London date (YYYY-MM-DD) `daysAgo` days before today. */
  date(daysAgo: number): string {
    return format(addDays(this.today, -daysAgo), 'yyyy-MM-dd');
  }

  /** Days back to a weekday (1 = Monday ... 7 = Sunday) of the week `weeksAgo` weeks before this one. */
  weekday(weeksAgo: number, isoDay: number): number {
    return getISODay(this.today) - isoDay + 7 * weeksAgo;
  }

  /** `at` for a weekday of an earlier week: `on(2, 1, '09:05')` is 09:05 on Monday a fortnight ago. */
  on(weeksAgo: number, isoDay: number, time = '10:00'): string {
    return this.at(this.weekday(weeksAgo, isoDay), time);
  }

  /** `date` for a weekday of an earlier week. */
  dateOn(weeksAgo: number, isoDay: number): string {
    return this.date(this.weekday(weeksAgo, isoDay));
  }
}
