import { call, CliError, withUnlockedStore, type CliContext } from '../context';
import { resolveCases, writePrivateFile } from '../files';

/** Writes a case bundle to --out, or to standard output. */
export function exportBundle(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  if (!v.all && !v.case?.length) throw new CliError('Say which cases to export: --case ID-OR-REFERENCE (repeatable) or --all.');
  return withUnlockedStore(ctx, async (core) => {
    const caseIds = v.all ? (await call(core, 'cases.list', {})).map((c) => c.id) : await resolveCases(core, v.case ?? []);
    if (!caseIds.length) throw new CliError('There are no cases to export.');
    const bundle = await call(core, 'bundles.export', { caseIds, includeRestricted: v['include-restricted'] });
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    const records = bundle.cases.reduce((n, c) => n + c.records.length, 0);
    const leftOut = bundle.exported.restrictedLeftOut ? `; ${bundle.exported.restrictedLeftOut} safeguarding note(s) left out` : '';
    if (v['include-restricted']) ctx.note('Warning: this bundle includes safeguarding notes, unencrypted. Keep it somewhere only the people allowed to read them can reach.');
    if (v.out === undefined || v.out === '-') {
      process.stdout.write(text);
      ctx.note(`Exported ${bundle.cases.length} case(s), ${records} record(s)${leftOut}.`);
      return 0;
    }
    const file = writePrivateFile(v.out, text);
    ctx.print(`Exported ${bundle.cases.length} case(s), ${records} record(s) to ${file}${leftOut}.`, { file, cases: bundle.cases.map((c) => c.id), records, restricted: bundle.exported.restricted, restrictedLeftOut: bundle.exported.restrictedLeftOut });
    return 0;
  });
}
