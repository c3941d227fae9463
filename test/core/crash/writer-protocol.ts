// What the crash loop's parent and its writer child share: the orders the child reads, the
// records it writes, and the lines it reports each committed write with.
import { HEADER, csv } from '../transfer/csv-fixture';

export interface WriterOrders {
  readonly run: number;
  readonly storeDir: string;
  readonly login: string;
  readonly passphrase: string;
  /** The case records are created and corrected in. */
  readonly caseId: string;
  /** The case contact imports go to, so its count shows whether an import landed whole. */
  readonly importCaseId: string;
  readonly clientId: string;
  readonly tutorId: string;
}

/** Rows of each contact import: all of them commit or none. */
export const IMPORT_ROWS = 40;

export function crashContact(orders: WriterOrders, n: number) {
  return {
    caseId: orders.caseId,
    type: 'contact' as const,
    occurredAt: new Date(Date.UTC(2026, 9, 1) + (orders.run * 1000 + n) * 60_000).toISOString(),
    fact: `Run ${orders.run}, write ${n}: the parent phoned about the timetable and asked for a call back.`,
    details: {
      medium: 'phone_call' as const,
      line: 'main_desk_phone' as const,
      direction: 'from_client_side' as const,
      clientParties: [orders.clientId],
      staffParties: [orders.tutorId],
      purpose: 'enquiry' as const,
    },
  };
}

/** A call log of IMPORT_ROWS calls for one import. */
export function crashCallLog(run: number, n: number): string {
  const rows: string[][] = [HEADER];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const at = new Date(Date.UTC(2026, 10, 1) + ((run * 1000 + n) * IMPORT_ROWS + i) * 60_000);
    const day = `${String(at.getUTCDate()).padStart(2, '0')}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${at.getUTCFullYear()}`;
    const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    rows.push([day, time, 'Phone call', 'Inbound', 'Tom Pascoe', '3', `Run ${run}, import ${n}, call ${i + 1}.`]);
  }
  return csv(rows);
}

/** What one child reported committed before it was killed. */
export interface Reported {
  readonly created: string[];
  /** Record id to the highest version reported for it. */
  readonly corrected: Map<string, number>;
  imports: number;
  readonly failures: string[];
}

export function emptyReport(): Reported {
  return { created: [], corrected: new Map(), imports: 0, failures: [] };
}

/** Takes in one complete line of the child's stdout. */
export function takeLine(report: Reported, line: string): void {
  const [word, a, b] = line.split(' ');
  if (word === 'created' && a) report.created.push(a);
  else if (word === 'corrected' && a && b) report.corrected.set(a, Math.max(Number(b), report.corrected.get(a) ?? 0));
  else if (word === 'imported' && Number(a) === IMPORT_ROWS) report.imports += 1;
  else if (word !== 'loaded' && word !== 'ready') report.failures.push(line);
}
