// The CSV file the import benchmark reads: a phone system's call log of `rows` calls for one
// client, with the columns such exports have (UK dates, time apart, type, direction, agent by
// full name, minutes, notes), every cell varied from a seeded generator.
import { Prng } from '../../electron/core/generate/prng';

const HEADER = ['Date', 'Time', 'Type', 'Direction', 'Agent', 'Duration', 'Notes'];
const TYPES = ['Phone call', 'Text', 'Email', 'Voice call'];
const NOTES = ['Asked about the timetable.', 'Rang to check the homework, "again".', 'Returned the call, left a message.', 'Question about the invoice, resolved.'];

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const two = (n: number): string => String(n).padStart(2, '0');

/** `rows` calls, a few minutes apart in office hours from `from` (08:00 on a day), handled by the staff named. */
export function callLog(rows: number, staffNames: readonly string[], from: Date, seed = 1): string {
  const rng = new Prng(seed, 'call log');
  const lines = [HEADER.join(',')];
  let at = from.getTime();
  for (let i = 0; i < rows; i++) {
    at += rng.int(1, 9) * 60_000;
    // Office hours only (08:00 to 19:59): never the hour the clocks skip or repeat.
    if (new Date(at).getUTCHours() >= 20) at += 12 * 3_600_000;
    const d = new Date(at);
    const cells = [
      `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
      `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
      rng.pick(TYPES),
      rng.chance(0.5) ? 'Inbound' : 'Outbound',
      rng.chance(0.8) ? rng.pick(staffNames) : '',
      String(rng.int(0, 40)),
      rng.pick(NOTES),
    ];
    lines.push(cells.map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}
