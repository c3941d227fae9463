// The case's checklist as of a date: every criterion's state, the ladder per criterion, the
// casework with its states, and good-practice reminders that do not refuse anything.
import { asOfCase } from '../analysis/evaluate';
import { addDays, longDate } from '../analysis/dates';
import { recordsOf } from '../analysis/model';
import type { ChecklistView, CriterionId, ParsedInput } from '../contract';
import { CRITERION_IDS } from '../contract';
import { overturned, type Casework } from '../policy/casework-model';
import { isLiveOn, liveUntil } from '../policy/ladder';
import { approvedRestrictions } from '../policy/restrictions';
import { caseStatusAsOf } from '../policy/status';
import type { Writer } from '../records/record-service';
import { caseContext, checklistAsOf, syncStatus, type CaseContext } from './case-context';
import { agreementView, appealView, proposalView, restrictionViewOf, warningView } from './views';

type LadderRow = ChecklistView['ladder'][number];

const NEXT_BY_CRITERION: Partial<Record<CriterionId, string>> = {
  'W-3': 'No warning is needed: where there is a risk to staff the service may be withdrawn at once (Sue Lambert 4.4).',
  'W-4': 'The clinical lead’s assessment and approval (Sue Lambert 4.5).',
  'W-5': 'A safeguarding consultation, then the clinical lead’s assessment and approval (Sue Lambert 4.5).',
  'W-6': 'The clinical lead’s assessment with the counsellor’s view, and approval (Sue Lambert 4.5).',
  'W-7': 'A risk and safeguarding check, then the clinical lead’s assessment and approval (Sue Lambert 4.5).',
  'W-8': 'A communication agreement first; a restriction of contact channels only if it is breached (SENDIASS).',
};

export function ladderRow(cw: Casework, criterion: CriterionId, asOf: string): LadderRow {
  const naming = cw.warnings.filter((w) => w.criteria.includes(criterion) && w.issuedOn <= asOf);
  const live = (level: 'verbal' | 'written') => naming.filter((w) => w.level === level && isLiveOn(cw, w, asOf)).at(-1);
  const decided = cw.proposals.find((p) => p.criteria.includes(criterion) && (p.outcome === 'withdraw' || p.outcome === 'restrict') && p.decision?.approve && p.decision.decidedOn <= asOf && !overturned(cw, p.id, asOf));
  const written = live('written');
  const verbal = live('verbal');
  const informal = naming.some((w) => w.level === 'informal');
  const warnings = naming.map((w) => w.id);
  if (decided) return { criterion, step: 'decided', warnings, next: `Decided on ${longDate(decided.decision!.decidedOn)}: ${decided.outcome === 'withdraw' ? 'the service is withdrawn' : 'contact is restricted'}.` };
  const special = NEXT_BY_CRITERION[criterion];
  if (written) return { criterion, step: 'written', warnings, next: special ?? `If the behaviour persists, a proposal to the director while the written warning is live (until ${longDate(liveUntil(written)!)}).` };
  if (verbal) return { criterion, step: 'verbal', warnings, next: special ?? `If it continues, a written warning from the director while the verbal one is live (until ${longDate(liveUntil(verbal)!)}).` };
  if (informal) return { criterion, step: 'informal', warnings, next: special ?? 'If it continues, a verbal warning, confirmed to the client.' };
  return { criterion, step: 'none', warnings, next: special ?? 'An informal conversation first, unless the behaviour is serious (a risk to staff).' };
}

function advisories(ctx: CaseContext, asOf: string): string[] {
  const cw = ctx.casework;
  const c = asOfCase(ctx.loaded.analysis, asOf);
  const risky = recordsOf(c, 'behaviour_incident').some((i) => i.details.riskToStaff !== 'none');
  const notes: string[] = [];
  for (const w of cw.warnings.filter((x) => x.level !== 'informal' && x.issuedOn <= asOf)) {
    const untold = w.criteria.filter((k) => !cw.warnings.some((e) => e.level === 'informal' && e.criteria.includes(k) && e.issuedOn <= w.issuedOn));
    if (untold.length && !risky) notes.push(`The ${w.level} warning of ${longDate(w.issuedOn)} on ${untold.join(', ')} had no informal conversation before it (informal before formal, unless the behaviour is serious).`);
    if (w.level === 'verbal' && !w.confirmation) notes.push(`The verbal warning of ${longDate(w.issuedOn)} has no confirmation recorded: confirm it to the client in writing.`);
    const until = liveUntil(w)!;
    if (isLiveOn(cw, w, asOf) && until <= addDays(asOf, 30)) notes.push(`The ${w.level} warning of ${longDate(w.issuedOn)} stops being live after ${longDate(until)}.`);
  }
  return notes;
}

export function checklist(w: Writer, input: ParsedInput<'checklist.get'>): ChecklistView {
  const ctx = caseContext(w, input.caseId);
  // The stored status follows the date too (a warning expired since the last write).
  w.db.transaction(() => syncStatus(w, input.caseId))();
  const asOf = input.asOf ?? ctx.today;
  const cw = ctx.casework;
  const a = ctx.loaded.analysis;
  const restrictions = [
    ...approvedRestrictions(cw, asOf).map((p) => restrictionViewOf(cw, p, a.reference, asOf)),
    ...recordsOf(asOfCase(a, asOf), 'communication_agreement').map((r) => agreementView(r, a.caseId, a.reference, asOf)),
  ];
  return {
    caseId: a.caseId,
    reference: a.reference,
    service: a.service,
    asOf,
    status: caseStatusAsOf(ctx.loaded.status, cw, asOf),
    criteria: checklistAsOf(ctx, asOf),
    ladder: CRITERION_IDS.map((k) => ladderRow(cw, k, asOf)),
    warnings: cw.warnings.map((x) => warningView(cw, x, asOf)),
    assessments: [...cw.assessments],
    riskChecks: [...cw.riskChecks],
    proposals: cw.proposals.map((p) => proposalView(cw, p, asOf)),
    restrictions,
    appeals: cw.appeals.map((x) => appealView(cw, x)),
    advisories: advisories(ctx, asOf),
    restrictedUnchecked: ctx.loaded.restrictedUnchecked,
  };
}
