// A case ready for contact imports (the chronology fixture: tutor Tom Pascoe, client Amira
// Haddad) and small helpers to write CSV text and read back what the case holds.
import type { Input } from '../../../electron/core/contract';
import type { CaseFixture } from '../support/case-fixture';
import { ok } from '../support/temp-store';

export type ImportInput = Input<'contacts.import'>;

/** CSV text from rows of cells, quoting what needs it, lines ended the way the caller says. */
export function csv(rows: readonly (readonly string[])[], eol = '\n'): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((cells) => cells.map(quote).join(',')).join(eol) + eol;
}

export const HEADER = ['Date', 'Time', 'Type', 'Direction', 'Agent', 'Duration', 'Notes'];

/** A helpline's call log: out of date order on purpose. */
export const GOOD_ROWS = [
  ['03/10/2026', '09:15', 'Phone call', 'Inbound', 'Tom Pascoe', '4:32', 'Asked again about the homework.'],
  ['01/10/2026', '16:30', 'phone', 'Outbound', 'tom pascoe', '12', 'Returned the call about homework.'],
  ['02/10/2026', '08:05', 'Text', 'inbound', '', '', 'Texted to say the lesson was too hard.'],
];

export function importInput(f: CaseFixture, text: string, more: Partial<ImportInput> = {}): ImportInput {
  return { caseId: f.kase.id, csv: text, ...more };
}

export async function contactsOf(f: CaseFixture) {
  return ok(f.store.core, 'chronology.list', { caseId: f.kase.id });
}

export async function auditRows(f: CaseFixture): Promise<number> {
  return (await ok(f.store.core, 'audit.verify', {})).rows;
}
