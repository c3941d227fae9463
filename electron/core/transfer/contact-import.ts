// Contact import from CSV: read the file, map its columns, check every row (in chunks that
// yield, so progress flows and a cancel is heard), then preview or write. Nothing is written
// unless every row is good.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ParsedInput } from '../contract';
import { MAX_LISTED_IMPORT_ERRORS, contactImportDefaults, type ContactImportError, type ContactImportPreviewRow } from '../contract/transfer';
import { CoreError } from '../errors';
import { getCase } from '../records/cases';
import { listClientSide, listStaff } from '../records/people';
import type { Writer } from '../records/record-service';
import type { CallContext } from '../router';
import { nameReader } from './contact-values';
import { referenceChecker } from './contact-references';
import { buildRow, columnForPath, type NewContact, type RowContext } from './contact-rows';
import { CHUNK, cancelled, writeContacts } from './contact-write';
import { resolveMapping, suggestMapping } from './csv-mapping';
import { readCsv } from './csv-table';

type ImportInput = ParsedInput<'contacts.import'>;

interface Checked {
  readonly columns: readonly string[];
  readonly suggestedMapping: ReturnType<typeof suggestMapping>;
  readonly mapping: ReturnType<typeof suggestMapping>;
  readonly dataRows: number;
  readonly good: { readonly row: number; readonly record: NewContact }[];
  readonly errors: ContactImportError[];
  readonly names: ReadonlyMap<string, string>;
}

/** Reads and checks every row. `progress` receives the rows checked so far. */
async function check(w: Writer, input: ImportInput, ctx: CallContext, progress: (done: number, total: number) => void): Promise<Checked> {
  const kase = getCase(w.db, input.caseId);
  const staff = listStaff(w.db);
  const clientSide = listClientSide(w.db, input.caseId);
  const table = readCsv(input.csv);
  const suggestedMapping = suggestMapping(table.columns);
  const mapping = input.mapping ?? suggestedMapping;
  const rowCtx: RowContext = {
    caseId: kase.id,
    clientId: kase.clientId,
    columns: table.columns,
    indexes: resolveMapping(table.columns, mapping),
    dateFormat: input.dateFormat,
    defaults: contactImportDefaults.parse(input.defaults),
    staffByName: nameReader('staff person', staff, 'add them as staff first, or correct the spelling'),
    clientSideByName: nameReader('client-side person on this case', clientSide, 'add them to the case first, or leave the cell empty for the client'),
  };
  const references = referenceChecker(w.db, kase.id, kase.clientId);
  const good: Checked['good'] = [];
  const errors: ContactImportError[] = [...table.problems];
  for (const [index, row] of table.rows.entries()) {
    if (index % CHUNK === 0) {
      if (ctx.signal.aborted) throw cancelled();
      progress(index, table.rows.length);
      await nextTurn(); // lets a cancel message (and other calls) in; no transaction is open
    }
    const outcome = buildRow(rowCtx, row);
    if (!outcome.ok) {
      errors.push(...outcome.errors);
      continue;
    }
    const refs = references(outcome.record);
    if (refs.ok) good.push({ row: row.row, record: outcome.record });
    else errors.push({ row: row.row, column: columnForPath(rowCtx, refs.path), reason: refs.reason });
  }
  if (ctx.signal.aborted) throw cancelled();
  progress(table.rows.length, table.rows.length);
  errors.sort((a, b) => a.row - b.row);
  const names = new Map([...staff, ...clientSide].map((p) => [p.id, p.fullName]));
  return { columns: table.columns, suggestedMapping, mapping, dataRows: table.rows.length + table.problems.length, good, errors, names };
}

export async function previewContactImport(w: Writer, input: ParsedInput<'contacts.previewImport'>, ctx: CallContext) {
  const checked = await check(w, input, ctx, (done, total) => ctx.progress({ done, total, label: 'Checking rows' }));
  const nameOf = (id: string): string => checked.names.get(id) ?? id;
  const rows = checked.good.slice(0, input.previewRows).map(({ row, record }): ContactImportPreviewRow => ({
    row,
    occurredAt: record.occurredAt,
    fact: record.fact,
    analysis: record.analysis,
    significant: record.significant,
    details: record.details,
    clientNames: record.details.clientParties.map(nameOf),
    staffNames: record.details.staffParties.map(nameOf),
  }));
  return {
    columns: [...checked.columns],
    suggestedMapping: checked.suggestedMapping,
    mapping: checked.mapping,
    dataRows: checked.dataRows,
    validRows: checked.good.length,
    rows,
    errors: checked.errors.slice(0, MAX_LISTED_IMPORT_ERRORS),
    errorCount: checked.errors.length,
  };
}

function refuseBadRows(errors: readonly ContactImportError[]): never {
  const rows = new Set(errors.map((e) => e.row)).size;
  const [first] = errors;
  const firstText = first ? ` The first: row ${first.row}, column "${first.column}": ${first.reason}.` : '';
  throw new CoreError(
    'invalid_input',
    `${rows === 1 ? '1 row has' : `${rows} rows have`} problems, so nothing was imported.${firstText}`,
    errors.slice(0, MAX_LISTED_IMPORT_ERRORS).map((e) => ({ path: `row ${e.row}, ${e.column}`, message: e.reason })),
  );
}

/** `writer` is asked again before writing: the session may have been locked while rows were checked. */
export async function importContacts(writer: () => Writer, input: ImportInput, ctx: CallContext): Promise<{ caseId: string; imported: number }> {
  const reader = writer();
  // One bar for both phases: checking is the first half of the work, writing the second.
  const checked = await check(reader, input, ctx, (done, total) => ctx.progress({ done, total: total * 2, label: 'Checking rows' }));
  if (checked.errors.length > 0) refuseBadRows(checked.errors);
  const w = writer();
  if (w.user.id !== reader.user.id) throw new CoreError('conflict', 'A different user signed in while the file was being checked; nothing was imported.');
  const total = checked.good.length;
  const imported = writeContacts(
    w,
    input.caseId,
    checked.good.map((g) => g.record),
    { signal: ctx.signal, report: (written) => ctx.progress({ done: total + written, total: total * 2, label: 'Writing contacts' }) },
    { rows: checked.dataRows, columns: checked.columns, mapping: checked.mapping, dateFormat: input.dateFormat },
  );
  return { caseId: input.caseId, imported };
}
