// Spreadsheet-safe CSV cells (OWASP CSV injection) for any CSV Threshold writes: formula-like
// text is shown as text, and what a CSV reader gets back is exactly the neutralised text.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_CELLS } from './support/formula-cells';
import { csvCell, csvDocument, csvRow, FORMULA_TRIGGERS, isFormulaLike, neutraliseFormula } from '../../../electron/core/transfer/csv-escape';

describe('csv-escape', () => {
  it('prefixes every formula-like cell with a single quote, and quotes what needs quoting', () => {
    expect(FORMULA_CELLS.map((cell) => csvCell(cell))).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      `'+cmd|' /C calc'!A0`,
      `'-2+3`,
      `'@SUM(1)`,
      `'\t=1+2`,
      `"'\r=1+2"`,
      `'=1+2;=3`,
      `'＝1+2`,
    ]);
  });

  it('leaves ordinary text, numbers and empty cells alone', () => {
    expect(csvRow(['Amira Haddad', 'Asked about homework.', 'O’Brien', '', null, undefined, 42, -2, 1.5, true, NaN])).toBe('Amira Haddad,Asked about homework.,O’Brien,,,,42,-2,1.5,true,');
    expect(csvCell('said "no", twice')).toBe('"said ""no"", twice"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('a;b', { separator: ';' })).toBe('"a;b"');
    expect(csvCell('a;b')).toBe('a;b');
    expect(isFormulaLike('')).toBe(false);
    expect(neutraliseFormula('1+1=2')).toBe('1+1=2');
  });

  it('writes a document with a byte-order mark and CRLF after every row', () => {
    expect(csvDocument([['Date', 'Notes'], ['03/10/2026', '=1+1']])).toBe("\uFEFFDate,Notes\r\n03/10/2026,'=1+1\r\n");
  });

  it('reads back as exactly the neutralised text, and no cell a reader gets starts a formula', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(...FORMULA_CELLS, '"', '""', ',', '\r\n', '\r', '\n', ' ', "'"),
      fc.tuple(fc.constantFrom(...FORMULA_TRIGGERS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = csvDocument(table).slice(1);
        const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data.slice(0, table.length)).toEqual(table.map((r) => r.map(neutraliseFormula)));
        for (const cells of parsed.data) for (const c of cells) expect(isFormulaLike(c)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
