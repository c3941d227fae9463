import { IMPORT_DATE_FORMATS, type ContactImportMapping } from '../../core/contract/transfer';
import { call, CliError, withUnlockedStore, type CliContext } from '../context';
import { readInput, resolveCases } from '../files';

const isDateFormat = (value: string): value is (typeof IMPORT_DATE_FORMATS)[number] => (IMPORT_DATE_FORMATS as readonly string[]).includes(value);

/**
 * Imports a CSV of contacts into one case through contacts.import (docs/contact-import.md): the
 * suggested column mapping unless --mapping names a JSON file of field -> column header. Every row
 * is imported, or none if any row is bad.
 */
export function importContacts(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  if (v.case?.length !== 1) throw new CliError('Say which case the contacts belong to: --case ID-OR-REFERENCE (one case).');
  const dateFormat = v['date-format'] ?? 'uk';
  if (!isDateFormat(dateFormat)) throw new CliError(`--date-format must be one of ${IMPORT_DATE_FORMATS.join(', ')}, not "${dateFormat}".`);
  const csv = readInput(ctx.args[0], 'CSV');
  const mapping = v.mapping === undefined ? undefined : parseMapping(readInput(v.mapping, 'mapping'), v.mapping);
  return withUnlockedStore(ctx, async (core) => {
    const [caseId = ''] = await resolveCases(core, v.case ?? []);
    const result = await call(core, 'contacts.import', { caseId, csv, dateFormat, ...(mapping ? { mapping } : {}) });
    ctx.print(`Imported ${result.imported} contact(s) into case ${v.case?.[0]}.`, result);
    return 0;
  });
}

/** The router checks the mapping against the contract; here it only has to be a JSON object. */
function parseMapping(text: string, path: string): ContactImportMapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not JSON: give a mapping such as {"occurredAt": "Date", "fact": "Notes"}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CliError(`${path} must hold a JSON object of field -> column header.`);
  return Object.fromEntries(Object.entries(parsed).map(([field, column]) => [field, String(column)]));
}
