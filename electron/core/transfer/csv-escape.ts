// Spreadsheet-safe CSV cells, for every CSV Threshold writes (there is none yet: the exports are
// the JSON case bundle and PDFs; this is here so the first CSV export cannot forget it).
//
// A spreadsheet opening a CSV runs a cell that starts with = + - @ as a formula, and a tab or a
// line break before one of those is skipped by some of them: `=HYPERLINK("http://x","y")`
// makes a link that sends data away, `+cmd|' /C calc'!A0` ran programs through DDE. Case records
// hold what clients and staff wrote, so any cell may hold one. Following OWASP's guidance on CSV
// injection, a text cell that starts with one of those characters gets a single quote in front
// (spreadsheets show the text, not a formula), quotes are doubled, and cells holding a quote, the
// separator or a line break are wrapped in double quotes (RFC 4180).
// https://owasp.org/www-community/attacks/CSV_Injection

/** Characters that make a spreadsheet read a cell as a formula (or skip ahead to one). */
export const FORMULA_TRIGGERS: readonly string[] = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  // Full-width forms, which some spreadsheets normalise to the ASCII ones.
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
];

/** Whether a spreadsheet might run this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]!);
}

/** The text a spreadsheet will show as text: a single quote in front of anything formula-like. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** The separator: a comma unless said otherwise. */
  readonly separator?: ',' | ';' | '\t';
}

/**
 * One cell. Text is neutralised and quoted as needed. Numbers are written as numbers (a negative
 * number is data, not a formula); a number that is not finite is written empty, as is null.
 */
export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const separator = options.separator ?? ',';
  const text = neutraliseFormula(value);
  const needsQuotes = text.includes('"') || text.includes(separator) || /[\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[], options: CsvOptions = {}): string {
  return values.map((value) => csvCell(value, options)).join(options.separator ?? ',');
}

/**
 * A whole file: CRLF line ends (RFC 4180) after every row, and a UTF-8 byte-order mark so that
 * Excel reads names with accents correctly (it assumes a legacy code page without one).
 */
export function csvDocument(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  return `\uFEFF${rows.map((row) => `${csvRow(row, options)}\r\n`).join('')}`;
}
