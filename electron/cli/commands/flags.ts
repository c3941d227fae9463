import type { CaseFlags } from '../../core/contract';
import { call, CliError, withUnlockedStore, type CliContext } from '../context';
import { resolveCases } from '../files';

/** Prints the flags of the cases given, or of every case, as of --at (today by default). */
export function flags(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  if (!v.all && !v.case?.length) throw new CliError('Say which cases: --case ID-OR-REFERENCE (repeatable) or --all.');
  if (v.at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.at)) throw new CliError(`--at must be a date written YYYY-MM-DD, such as 2026-03-31 (got "${v.at}").`);
  return withUnlockedStore(ctx, async (core) => {
    const cases = await call(core, 'cases.list', {});
    const caseIds = v.all ? cases.map((c) => c.id) : await resolveCases(core, v.case ?? []);
    const results: (CaseFlags & { reference: string })[] = [];
    for (const caseId of caseIds) {
      const result = await call(core, 'flags.forCase', { caseId, ...(v.at ? { asOf: v.at } : {}) });
      results.push({ reference: cases.find((c) => c.id === caseId)?.reference ?? caseId, ...result });
    }
    const asOf = results[0]?.asOf ?? v.at ?? '';
    ctx.print(results.map(describe).join('\n\n') || 'There are no cases.', { asOf, cases: results });
    return 0;
  });
}

function describe(r: CaseFlags & { reference: string }): string {
  const head = `${r.reference}: ${r.flags.length ? `${r.flags.length} flag(s)` : 'no flags'} as of ${r.asOf}`;
  const lines = r.flags.flatMap((f) => [
    `  ${f.id} ${f.title} (${f.citation.policy}; ${f.citation.section})`,
    ...f.findings.map((x) => `    - ${x.summary} [${x.evidence.length} record(s)]`),
    ...(f.prompt ? [`    ${f.prompt}`] : []),
  ]);
  const notes = r.restrictedUnchecked ? ['  (SAFE-1 not checked: you cannot read this case\'s restricted records)'] : [];
  return [head, ...lines, ...notes].join('\n');
}
