// One CSV row to one contact record: each mapped cell read into its field (an empty cell takes
// the default), then the whole record checked against the contract's own schema for
// records.create, so an import can never store what the form would refuse.
import { z } from 'zod';
import { newRecord, type ParsedInput } from '../contract';
import { CONTACT_IMPORT_FIELD_LABELS, contactImportDefaults, type ContactImportError, type ContactImportField } from '../contract/transfer';
import type { ColumnIndexes } from './csv-mapping';
import type { CsvRow } from './csv-table';
import { readMinutes, readTones, readYesNo, readers, type WordReader } from './contact-values';
import { parseClock, parseDateTime, parseDay, toInstant, type DateFormat, type Parsed } from './london-time';

export type NewContact = Extract<ParsedInput<'records.create'>, { type: 'contact' }>;

export interface RowContext {
  readonly caseId: string;
  readonly clientId: string;
  readonly columns: readonly string[];
  readonly indexes: ColumnIndexes;
  readonly dateFormat: DateFormat;
  readonly defaults: z.output<typeof contactImportDefaults>;
  readonly staffByName: (cell: string) => Parsed<string[]>;
  readonly clientSideByName: (cell: string) => Parsed<string[]>;
}

export type RowOutcome = { readonly ok: true; readonly record: NewContact } | { readonly ok: false; readonly errors: ContactImportError[] };

/** The header of the column a field is read from, or what stood in for it. */
function columnOf(ctx: RowContext, field: ContactImportField): string {
  const index = ctx.indexes[field];
  return index === undefined ? `Default: ${CONTACT_IMPORT_FIELD_LABELS[field]}` : (ctx.columns[index] ?? field);
}

const ISSUE_FIELDS: Readonly<Record<string, ContactImportField>> = {
  occurredAt: 'occurredAt',
  fact: 'fact',
  analysis: 'analysis',
  'details.clientParties': 'clientParties',
  'details.staffParties': 'staffParties',
  'details.length': 'lengthMinutes',
  'details.length.value': 'lengthMinutes',
};

/** The column a contract issue path (details.staffParties.0, fact, ...) points at. */
export function columnForPath(ctx: RowContext, path: string): string {
  const field = ISSUE_FIELDS[path] ?? ISSUE_FIELDS[path.split('.').slice(0, 2).join('.')];
  return field ? columnOf(ctx, field) : path;
}

export function buildRow(ctx: RowContext, { row, cells }: CsvRow): RowOutcome {
  const errors: ContactImportError[] = [];
  const cell = (field: ContactImportField): string => {
    const index = ctx.indexes[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  /** The cell read by `read`, or the default when the cell is empty; undefined after an error. */
  function take<T>(field: ContactImportField, read: (text: string) => Parsed<T>, fallback: T): T | undefined {
    const text = cell(field);
    if (text === '') return fallback;
    const value = read(text);
    if (value.ok) return value.value;
    errors.push({ row, column: columnOf(ctx, field), reason: value.reason });
    return undefined;
  }
  const word = <T extends string>(reader: WordReader<T>) => (text: string) => reader.read(text);
  const d = ctx.defaults;

  const occurredAt = readWhen(ctx, cell, row, errors);
  const details = {
    medium: take('medium', word(readers.medium), d.medium),
    line: take('line', word(readers.line), d.line),
    direction: take('direction', word(readers.direction), d.direction),
    purpose: take('purpose', word(readers.purpose), d.purpose),
    clientParties: take('clientParties', ctx.clientSideByName, d.clientParties.length ? d.clientParties : [ctx.clientId]),
    staffParties: take('staffParties', ctx.staffByName, d.staffParties),
    length: take('lengthMinutes', (text) => mapParsed(readMinutes(text), (value) => ({ unit: 'minutes' as const, value })), null),
    requestedByService: take('requestedByService', readYesNo, d.requestedByService),
    withinAllocatedTimes: take('withinAllocatedTimes', readYesNo, d.withinAllocatedTimes),
    bringsNewInformation: take('bringsNewInformation', readYesNo, d.bringsNewInformation),
    toneMarkers: take('toneMarkers', readTones, []),
  };
  const significant = take('significant', readYesNo, d.significant);
  if (errors.length > 0) return { ok: false, errors };

  const parsed = newRecord.safeParse({ caseId: ctx.caseId, type: 'contact', occurredAt, fact: cell('fact') || d.fact, analysis: cell('analysis'), significant, details });
  if (parsed.success && parsed.data.type === 'contact') return { ok: true, record: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    const reason = path === 'fact' && cell('fact') === '' ? 'is empty, and no default fact text was given' : issue.message;
    errors.push({ row, column: columnForPath(ctx, path), reason });
  }
  return { ok: false, errors };
}

function mapParsed<T, U>(parsed: Parsed<T>, f: (value: T) => U): Parsed<U> {
  return parsed.ok ? { ok: true, value: f(parsed.value) } : parsed;
}

/** The contact's instant from one date-and-time column, or a date column and a time column. */
function readWhen(ctx: RowContext, cell: (field: ContactImportField) => string, row: number, errors: ContactImportError[]): string | undefined {
  const blame = (field: ContactImportField, reason: string): undefined => {
    errors.push({ row, column: columnOf(ctx, field), reason });
    return undefined;
  };
  const when = cell('occurredAt');
  if (when === '') return blame('occurredAt', 'is empty: every contact needs its date and time');
  if (ctx.indexes.time === undefined) {
    const instant = parseDateTime(when, ctx.dateFormat);
    return instant.ok ? instant.value : blame('occurredAt', instant.reason);
  }
  const time = cell('time');
  if (time === '') return blame('time', 'is empty: every contact needs its time');
  const day = parseDay(when, ctx.dateFormat);
  if (!day.ok) return blame('occurredAt', day.reason);
  const clock = parseClock(time);
  if (!clock.ok) return blame('time', clock.reason);
  const instant = toInstant(day.value, clock.value);
  return instant.ok ? instant.value : blame('time', instant.reason);
}
