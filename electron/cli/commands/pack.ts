import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { call, CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { dateOption, oneCaseOption, onlyOptions, resolveCase } from './casework-options';

/**
 * The case review pack (SPEC section 5) of one case as a PDF written to --out: significant events
 * by default, every record with --all; --redacted for the copy with names replaced by roles
 * (SPEC section 7); as of --at (today by default). The file is new, readable by you only; an
 * existing file is never replaced. --json prints where it was written, its SHA-256 and pages.
 */
export function pack(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'pack', ['case', 'all', 'redacted', 'out', 'at']);
  if (ctx.args.length) throw new CliError(`pack takes no further words (got "${ctx.args.join(' ')}"); name the file with --out FILE.`);
  const wanted = oneCaseOption(v);
  const asOf = dateOption(v.at, '--at');
  const outPath = resolve(requireValue(v.out, '--out FILE', 'the PDF file to write'));
  if (!existsSync(dirname(outPath)) || !statSync(dirname(outPath)).isDirectory()) throw new CliError(`--out: the folder ${dirname(outPath)} does not exist.`);
  if (existsSync(outPath)) throw new CliError(`--out: ${outPath} already exists; it was left as it is. Choose another file name.`);
  return withUnlockedStore(ctx, async (core) => {
    const kase = await resolveCase(core, wanted);
    const out = await call(core, 'documents.reviewPack', { caseId: kase.id, redacted: v.redacted, chronology: v.all ? 'all' : 'significant', outPath, ...(asOf ? { asOf } : {}) });
    const what = `${v.redacted ? 'Redacted review pack' : 'Review pack'} of ${kase.reference} (${v.all ? 'all records' : 'significant events'}, ${out.pages} pages)`;
    ctx.print(`${what} written to ${out.path}\nSHA-256 ${out.sha256}`, { caseId: kase.id, reference: kase.reference, path: out.path, fileName: out.fileName, sha256: out.sha256, pages: out.pages, redacted: v.redacted, chronology: v.all ? 'all' : 'significant' });
    return 0;
  });
}
