// Reads CSV text into a header and rows with papaparse. Row numbers count as a spreadsheet does
// (the header is row 1, a quoted line break does not start a new row), so a person can find a
// reported row in Excel. Empty lines are skipped but still counted.
import Papa from 'papaparse';
import type { ContactImportError } from '../contract/transfer';
import { CoreError } from '../errors';

export interface CsvRow {
  /** The spreadsheet row number: 2 for the first row under the header. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  /** Header names, made unique and non-empty: they are how a mapping names a column. */
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Rows papaparse could not read (an unterminated quote, a quote inside a field). */
  readonly problems: readonly ContactImportError[];
}

const WHOLE_ROW = '(whole row)';

function refuse(message: string): never {
  throw new CoreError('invalid_input', message, [{ path: 'csv', message }]);
}

/**
 * The wizard decodes the file with a strict UTF-8 decoder; text that reached the core another
 * way and holds U+FFFD (what a lenient decoder leaves for bytes that were not UTF-8) or a lone
 * surrogate did not come from a UTF-8 file.
 */
function checkText(text: string): void {
  const lineAt = (index: number) => text.slice(0, index).split(/\r\n|\r|\n/).length;
  // UTF-16 without a byte-order mark decodes as "valid" UTF-8 with a NUL beside every ASCII
  // letter; without this check it reads as a header nobody recognises and a misleading message
  // about the mapping. No CSV a person or a phone system writes holds a NUL.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    refuse(`The file holds NUL characters (near line ${lineAt(nul)}): it is UTF-16 text or not a text file at all. Save it again as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8) and choose it again.`);
  }
  const bad = text.search(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  if (bad < 0) return;
  refuse(`The file is not UTF-8 text (near line ${lineAt(bad)}). Save it again as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8) and choose it again.`);
}

function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const name = raw.trim() || `Column ${index + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

export function readCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') refuse('The file is empty: it needs a header row and at least one row of contacts.');
  checkText(text);
  // Arrays, not objects: duplicate or blank headers stay distinct, and row numbers stay exact.
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const [header = [], ...body] = parsed.data;
  if (isBlank(header)) refuse('The first row of the file is empty: it must be the header row naming each column.');
  const columns = uniqueColumns(header);

  const problems: ContactImportError[] = [];
  const quoteProblem = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && error.row !== undefined) quoteProblem.set(error.row, error.message);
  }

  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) return;
    const quote = quoteProblem.get(index + 1);
    if (quote) {
      problems.push({ row, column: WHOLE_ROW, reason: `cannot be read: ${quote.toLowerCase()} (a field that starts with " must end with ")` });
      return;
    }
    // Trailing empty cells (a trailing comma) are harmless; anything else out of line is not.
    const extra = cells.slice(columns.length);
    if (extra.some((cell) => cell.trim() !== '')) {
      problems.push({ row, column: WHOLE_ROW, reason: `has ${cells.length} cells but the header names ${columns.length} columns (a comma inside a field that is not in quotes?)` });
      return;
    }
    if (cells.length < columns.length) {
      problems.push({ row, column: WHOLE_ROW, reason: `has ${cells.length} cells but the header names ${columns.length} columns (a line break inside a field that is not in quotes?)` });
      return;
    }
    rows.push({ row, cells });
  });
  if (rows.length === 0 && problems.length === 0) refuse('The file has a header row but no rows of contacts under it.');
  return { columns, rows, problems };
}
