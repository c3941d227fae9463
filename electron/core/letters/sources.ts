// What each letter is drafted from (SPEC sections 5 and 9): the case's warnings, the director's
// approved decisions, its communication agreements, the SESS-1 flag and the case itself; and
// from the chosen source, the basis its wording is written from, with the reasons taken from
// the facts of the evidence records (never their analysis, never a restricted record: G-6).
import { longDate } from '../analysis/dates';
import type { RecordOf } from '../analysis/model';
import { LETTER_SIGNERS, LETTER_TYPE_LABELS, type LetterOption, type LetterReason, type LetterSource, type LetterType } from '../contract';
import { flagsAsOf, type CaseContext } from '../decisions/case-context';
import { CoreError } from '../errors';
import { liveUntil, warningState } from '../policy/ladder';
import type { Proposal, Warning } from '../policy/casework-model';
import type { CaseTexts } from './case-texts';
import type { AgreementTerms } from './wording';

const option = (type: LetterType, kind: LetterSource['kind'], id: string | null, label: string, date: string | null): LetterOption => ({
  type,
  source: { kind, id },
  label: `${LETTER_TYPE_LABELS[type]}: ${label}`,
  date,
  signer: LETTER_SIGNERS[type],
});

const approved = (p: Proposal): boolean => p.decision?.approve === true;

/** Every letter that can be drafted for the case as of today, newest source first. */
export function letterOptions(ctx: CaseContext): LetterOption[] {
  const cw = ctx.casework;
  const options: LetterOption[] = [];
  for (const w of [...cw.warnings].reverse()) {
    const state = warningState(cw, w, ctx.today);
    if (w.level === 'informal' || state === 'overturned') continue;
    const label = `${w.level} warning of ${longDate(w.issuedOn)} (${w.criteria.join(', ')})`;
    if (state === 'expired') options.push(option('warning_expired', 'warning', w.id, label, w.issuedOn));
    else options.push(option(w.level === 'verbal' ? 'verbal_warning_confirmation' : 'written_warning', 'warning', w.id, label, w.issuedOn));
  }
  for (const p of [...cw.proposals].reverse().filter(approved)) {
    const on = p.decision!.decidedOn;
    if (p.outcome === 'withdraw') options.push(option('withdrawal_of_service', 'decision', p.id, `decision of ${longDate(on)}`, on));
    if (p.outcome === 'restrict') options.push(option('contact_restriction', 'decision', p.id, `decision of ${longDate(on)}`, on));
  }
  for (const a of agreements(ctx).reverse()) options.push(option('communication_agreement', 'agreement', a.id, `agreement starting ${longDate(a.details.startsOn)}`, a.details.startsOn));
  const sess1 = flagsAsOf(ctx, ctx.today).find((f) => f.id === 'SESS-1');
  if (sess1) options.push(option('missed_sessions_notice', 'flag', 'SESS-1', `${sess1.evidence.length} missed sessions (SESS-1)`, ctx.today));
  if (ctx.loaded.analysis.service === 'counselling_short_term') options.push(option('end_of_short_term_counselling', 'case', null, 'this case', ctx.today));
  return options;
}

function agreements(ctx: CaseContext): RecordOf<'communication_agreement'>[] {
  return ctx.loaded.analysis.records.filter((r): r is RecordOf<'communication_agreement'> => r.type === 'communication_agreement');
}

/** The source to draft from: the one asked for, checked to fit the type; else the newest that fits. */
export function chooseSource(ctx: CaseContext, type: LetterType, wanted: LetterSource | undefined): LetterSource {
  const fitting = letterOptions(ctx).filter((o) => o.type === type);
  if (wanted) {
    const found = fitting.find((o) => o.source.kind === wanted.kind && o.source.id === wanted.id);
    if (!found) throw new CoreError('invalid_input', `A ${LETTER_TYPE_LABELS[type].toLowerCase()} letter cannot be drafted from that ${wanted.kind} as of today: ${whyNot(type)}`, [{ path: 'source', message: 'does not fit this letter type' }]);
    return found.source;
  }
  const first = fitting[0];
  if (!first) throw new CoreError('invalid_input', `No ${LETTER_TYPE_LABELS[type].toLowerCase()} letter can be drafted for this case as of today: ${whyNot(type)}`, [{ path: 'type', message: 'nothing to draft it from' }]);
  return first.source;
}

function whyNot(type: LetterType): string {
  const needs: Record<LetterType, string> = {
    verbal_warning_confirmation: 'it confirms a recorded verbal warning that is live (not expired or overturned).',
    written_warning: 'it follows a recorded written warning that is live.',
    warning_expired: 'it needs a verbal or written warning whose live period has ended.',
    withdrawal_of_service: 'it follows the director’s approved decision to withdraw the service.',
    contact_restriction: 'it follows the director’s approved decision to restrict contact.',
    communication_agreement: 'it sets out a communication agreement recorded in the chronology.',
    missed_sessions_notice: 'it needs the SESS-1 (missed sessions) flag to be met.',
    end_of_short_term_counselling: 'it is for short-term counselling cases.',
  };
  return needs[type];
}

/** The facts of the cited records, dated and in time order; restricted records are never quoted. */
export function reasonsFrom(ctx: CaseContext, texts: CaseTexts, ids: readonly string[]): LetterReason[] {
  const byId = new Map(ctx.loaded.analysis.records.map((r) => [r.id, r]));
  return [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter((r) => r !== undefined && texts.facts.has(r.id) && texts.facts.get(r.id)!.trim() !== '')
    .sort((a, b) => a!.occurredAt.localeCompare(b!.occurredAt))
    .map((r) => ({ date: r!.date, text: texts.facts.get(r!.id)!.trim(), recordId: r!.id }));
}

export interface SourceData {
  readonly warning: (Warning & { readonly liveUntil: string | null }) | null;
  readonly proposal: Proposal | null;
  readonly priorWarnings: readonly Warning[];
  readonly agreement: AgreementTerms | null;
  readonly reasons: readonly LetterReason[];
}

export function sourceData(ctx: CaseContext, texts: CaseTexts, source: LetterSource, staffName: (id: string) => string): SourceData {
  const cw = ctx.casework;
  const none = { warning: null, proposal: null, priorWarnings: [], agreement: null };
  if (source.kind === 'warning') {
    const w = cw.warnings.find((x) => x.id === source.id)!;
    const reasons = reasonsFrom(ctx, texts, w.evidence);
    return { ...none, warning: { ...w, liveUntil: liveUntil(w) }, reasons: reasons.length ? reasons : [{ date: w.issuedOn, text: w.summary, recordId: null }] };
  }
  if (source.kind === 'decision') {
    const p = cw.proposals.find((x) => x.id === source.id)!;
    const prior = cw.warnings.filter((w) => w.level !== 'informal' && w.criteria.some((c) => p.criteria.includes(c)) && w.issuedOn <= p.decision!.decidedOn && warningState(cw, w, p.decision!.decidedOn) === 'live');
    return { ...none, proposal: p, priorWarnings: prior, reasons: reasonsFrom(ctx, texts, p.evidence) };
  }
  if (source.kind === 'agreement') {
    const a = agreements(ctx).find((r) => r.id === source.id)!;
    const d = a.details;
    const terms: AgreementTerms = {
      recordId: a.id,
      startsOn: d.startsOn,
      reviewOn: d.reviewOn,
      singlePointOfContact: d.singlePointOfContactId ? staffName(d.singlePointOfContactId) : null,
      agreedFrequency: d.agreedFrequency,
      allowedChannels: d.allowedChannels,
      onlyNewIssuesAnswered: d.onlyNewIssuesAnswered,
      ignoredUnlessRelevantToOpenIssue: d.ignoredUnlessRelevantToOpenIssue,
      styleRequirement: d.styleRequirement,
    };
    return { ...none, agreement: terms, reasons: reasonsFrom(ctx, texts, [a.id]) };
  }
  if (source.kind === 'flag') {
    const flag = flagsAsOf(ctx, ctx.today).find((f) => f.id === source.id);
    const byId = new Map(ctx.loaded.analysis.records.map((r) => [r.id, r]));
    const missed = (flag?.evidence ?? []).map((id) => byId.get(id)).filter((r): r is RecordOf<'session'> => r?.type === 'session');
    const words = (r: RecordOf<'session'>): string =>
      r.details.outcome === 'did_not_attend' ? `The session planned for this day was missed without notice (${r.details.kind.toLowerCase()}).` : `The session planned for this day was cancelled without due cause (${r.details.kind.toLowerCase()}).`;
    return { ...none, reasons: missed.map((r) => ({ date: r.date, text: words(r), recordId: r.id })) };
  }
  return { ...none, reasons: [] };
}
