// A helpline's call log as CSV text (the contact importer's default columns), for writes large
// enough to need new pages of the store.
import { HEADER, csv } from '../transfer/csv-fixture';

/** `n` calls, one every 7 minutes from 1 November 2026, taken by Tom Pascoe. */
export function callLog(n: number): string {
  const rows: string[][] = [HEADER];
  const start = Date.UTC(2026, 10, 1, 8, 0);
  for (let i = 0; i < n; i++) {
    const at = new Date(start + i * 7 * 60_000);
    const day = `${String(at.getUTCDate()).padStart(2, '0')}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${at.getUTCFullYear()}`;
    const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    rows.push([day, time, 'Phone call', i % 2 ? 'Inbound' : 'Outbound', 'Tom Pascoe', String(i % 30), `Call ${i + 1} about homework and the next lesson.`]);
  }
  return csv(rows);
}
