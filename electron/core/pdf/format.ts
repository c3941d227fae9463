// How documents write dates and times: British forms (3 December 2026; 3 Dec 2026, 14:05),
// London time for instants. Shared by letters, the review pack and the registers.
import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import { ZONE } from '../calendar';

/** A calendar date (YYYY-MM-DD) as a letter writes it: "3 December 2026". */
export function britishDate(date: string): string {
  return format(parseISO(date), 'd MMMM yyyy');
}

/** A short calendar date for tables: "3 Dec 2026". */
export function shortDate(date: string): string {
  return format(parseISO(date), 'd MMM yyyy');
}

/** An instant in London time: "3 Dec 2026, 14:05". */
export function londonDateTime(instant: string): string {
  return format(new TZDate(parseISO(instant), ZONE), 'd MMM yyyy, HH:mm');
}
