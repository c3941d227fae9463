import type { ChecklistView } from '../../core/contract';
import { call, CliError, withUnlockedStore, type CliContext } from '../context';
import { resolveCases } from '../files';
import { appealLine, proposalLine, restrictionLine, section, warningLine, words } from './casework-text';
import { dateOption, onlyOptions } from './casework-options';

/**
 * The withdrawal criteria checklist (SPEC section 4) of the cases given, or of every case, as of
 * --at (today by default). --json prints {asOf, cases: [checklist.get's output, ...]}, the same
 * wrapping as flags, so one script reads both.
 */
export function checklist(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'checklist', ['case', 'all', 'at']);
  if (!v.all && !v.case?.length) throw new CliError('Say which cases: --case ID-OR-REFERENCE (repeatable) or --all.');
  const asOf = dateOption(v.at, '--at');
  return withUnlockedStore(ctx, async (core) => {
    const caseIds = v.all ? (await call(core, 'cases.list', {})).map((c) => c.id) : await resolveCases(core, v.case ?? []);
    const results: ChecklistView[] = [];
    for (const caseId of caseIds) results.push(await call(core, 'checklist.get', { caseId, ...(asOf ? { asOf } : {}) }));
    ctx.print(results.map(describe).join('\n\n') || 'There are no cases.', { asOf: results[0]?.asOf ?? asOf ?? '', cases: results });
    return 0;
  });
}

function describe(c: ChecklistView): string {
  const criteria = c.criteria.flatMap((k) => {
    if (k.state === 'not_applicable') return [`  ${k.id} ${k.title}: not applicable to this service`];
    const ladder = c.ladder.find((l) => l.criterion === k.id);
    return [
      `  ${k.id} ${k.title}: ${words(k.state)} (${k.citation.policy}, ${k.citation.section}; ${k.decides.toLowerCase()} decides)`,
      `      ${k.summary}`,
      ...k.prerequisites.map((p) => `      [${p.satisfied ? 'x' : ' '}] ${p.text}`),
      `      evidence: ${k.evidence.length} record(s)${k.flags.length ? `; flags ${k.flags.join(', ')}` : ''}`,
      ...(k.assessment ? [`      clinical lead: ${words(k.assessment.finding)} (${k.assessment.by.fullName}): ${k.assessment.rationale}`] : []),
      ...(ladder ? [`      ladder: ${ladder.step}. Next: ${ladder.next}`] : []),
    ];
  });
  return [
    `${c.reference} (${words(c.service)}): ${words(c.status)}, as of ${c.asOf}`,
    'Criteria:',
    ...criteria,
    ...section('Warnings', c.warnings.map(warningLine)),
    ...section('Assessments', c.assessments.map((a) => `${a.criterion} ${words(a.finding)} by ${a.by.fullName}: ${a.rationale}`)),
    ...section('Risk checks', c.riskChecks.map((r) => `${r.checkedOn} by ${r.by.fullName}: safeguarding concerns ${r.safeguardingConcerns ? 'yes' : 'no'}. ${r.risks}`)),
    ...section('Proposals', c.proposals.map(proposalLine)),
    ...section('Restrictions and agreements', c.restrictions.map(restrictionLine)),
    ...section('Appeals', c.appeals.map(appealLine)),
    ...section('Advisories', c.advisories),
    ...(c.restrictedUnchecked ? ["(W-5 and SAFE-1 not checked: you cannot read this case's restricted records)"] : []),
  ].join('\n');
}
