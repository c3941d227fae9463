// Everything a case review pack prints, gathered from the services the app itself uses, so the
// pack shows what the screens show: the case (records/case-detail), the chronology
// (records/chronology-query: restricted records only for those allowed to read them), the flags
// and the checklist as of the date (decisions/case-context, decisions/checklist), the week-by-week
// contact chart (analysis/pairing-data + charts/weekly-contacts, the Pairing tab's own option),
// complaints by issue, and the latest case review. Redaction is applied here, once, so the
// document builder prints only what it is given.
import { complaintsByIssue } from '../analysis/complaint-history';
import { asOfCase } from '../analysis/evaluate';
import { recordsOf, type AnalysisRecord } from '../analysis/model';
import { pairingData } from '../analysis/pairing-data';
import { addDays, weekStart } from '../analysis/dates';
import { staffSeriesId, weeklyContactOption } from '../charts/weekly-contacts';
import { renderChartSvg } from '../charts/render-svg';
import type { ChecklistView, CaseDetail, FlagResult, ParsedInput, PairingData, RecordType } from '../contract';
import { caseContext, flagsAsOf } from '../decisions/case-context';
import { checklist } from '../decisions/checklist';
import { caseworkMarkers } from '../decisions/markers';
import { getCaseDetail } from '../records/case-detail';
import { listChronology } from '../records/chronology-query';
import { openSealed } from '../records/record-rows';
import type { Writer } from '../records/record-service';
import { caseKeyFor } from '../records/restricted-keys';
import { refuseErasedCase } from '../data-protection/erased';
import { packCast, type PackCast } from './pack-cast';

export interface PackRow {
  readonly id: string;
  readonly occurredAt: string;
  readonly type: RecordType;
  readonly summary: string;
  readonly fact: string;
  readonly analysis: string;
  readonly significant: boolean;
  readonly restricted: boolean;
}

export interface PackComplaint {
  readonly date: string;
  readonly about: string;
  readonly route: string;
  readonly status: string;
  readonly outcome: string | null;
  readonly completedOn: string | null;
  readonly staffHours: number;
  readonly seeksReplacement: boolean;
}

export interface PackIssue {
  readonly title: string;
  readonly openedOn: string | null;
  readonly resolvedOn: string | null;
  readonly complaints: readonly PackComplaint[];
}

export interface PackReview {
  readonly date: string;
  readonly supervisionSummary: string;
  readonly recommendation: string;
  readonly signedOffBy: string | null;
  readonly signedOffOn: string | null;
}

export interface PackData {
  readonly organisation: string;
  readonly redacted: boolean;
  readonly chronologyKind: 'significant' | 'all';
  readonly asOf: string;
  readonly preparedAt: string;
  readonly preparedBy: string;
  readonly detail: CaseDetail;
  readonly cast: PackCast;
  /** Contact details of the client (unredacted only). */
  readonly contact: string | null;
  readonly counts: readonly (readonly [string, number])[];
  readonly rows: readonly PackRow[];
  /** The records up to the date this user may see (before the significant-only filter). */
  readonly recordTotal: number;
  readonly chart: { readonly svg: string; readonly from: string; readonly to: string; readonly contacts: number } | null;
  readonly issues: readonly PackIssue[];
  readonly flags: readonly FlagResult[];
  readonly recordDates: ReadonlyMap<string, { readonly occurredAt: string; readonly type: RecordType }>;
  readonly checklist: ChecklistView;
  /** Criteria whose state a redacted copy does not show (W-5 rests on safeguarding notes). */
  readonly withheld: readonly string[];
  readonly review: PackReview | null;
  readonly restrictedUnchecked: boolean;
}

const words = (value: string): string => value.replaceAll('_', ' ');
/** The chart shows at most this many weeks (the latest, up to the date): a year fits a page. */
export const CHART_WEEKS = 52;
export const CHART_SIZE = { width: 760, height: 440 };

/** Analysis text of the records listed, opened with the case key where a record is restricted. */
function analysesOf(w: Writer, caseId: string, ids: ReadonlySet<string>, anyRestricted: boolean): Map<string, string> {
  const rows = w.db
    .prepare(
      `SELECT r.id, r.version, v.analysis, v.sealed FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
       WHERE r.case_id = ? AND r.merged_into IS NULL`,
    )
    .all(caseId) as { id: string; version: number; analysis: string | null; sealed: Buffer | null }[];
  const key = anyRestricted ? caseKeyFor(w.db, w.vault, caseId, false) : null;
  const out = new Map<string, string>();
  for (const row of rows) {
    if (!ids.has(row.id)) continue;
    out.set(row.id, row.sealed ? (openSealed(key, row.sealed, row.id, row.version)?.analysis ?? '') : (row.analysis ?? ''));
  }
  return out;
}

/** The complaint history as the pack prints it: the shared grouping (analysis/complaint-history), in the cast's words. */
function complaintHistory(records: readonly AnalysisRecord[], cast: PackCast): PackIssue[] {
  return complaintsByIssue(records).map(({ issue, complaints }) => ({
    title: issue ? cast.text(issue.details.title) : 'No issue recorded',
    openedOn: issue?.details.openedOn ?? null,
    resolvedOn: issue?.details.resolvedOn ?? null,
    complaints: complaints.map(({ date, details: d }) => ({
      date,
      about: d.aboutPersonId ? cast.person(d.aboutPersonId) : cast.text(d.aboutWhat),
      route: words(d.route),
      status: words(d.investigationStatus),
      outcome: d.outcome ? words(d.outcome) : null,
      completedOn: d.procedureCompletedOn,
      staffHours: d.staffHours,
      seeksReplacement: d.seeksReplacement,
    })),
  }));
}

/** The Pairing tab's data for the pack: the last CHART_WEEKS weeks up to the date, names by the cast. */
function chartOf(data: PairingData, cast: PackCast, asOf: string) {
  const contacts = data.weeks.reduce((n, w) => n + w.unnamed + Object.values(w.byStaff).reduce((a, b) => a + b, 0), 0);
  if (!contacts && !data.markers.length) return null;
  const shown: PairingData = cast.redacted
    ? { ...data, clientName: 'the client', staff: data.staff.map((s) => ({ ...s, fullName: cast.person(s.id) })), markers: data.markers.map((m) => ({ ...m, label: cast.text(m.label) })) }
    : data;
  const option = weeklyContactOption(shown);
  // Redacted, a person's series is named by their role on the case alone ("Allocated worker
  // (tutor)", "Client manager"): the option would add the staff role again.
  if (cast.redacted && Array.isArray(option.series)) {
    const byId = new Map(shown.staff.map((s) => [staffSeriesId(s.id), s.fullName]));
    option.series = option.series.map((series) => {
      const label = typeof series.id === 'string' ? byId.get(series.id) : undefined;
      return label ? { ...series, name: label.charAt(0).toUpperCase() + label.slice(1) } : series;
    });
  }
  const svg = renderChartSvg(option, { ...CHART_SIZE, idPrefix: 'weekly' });
  return { svg, from: data.from, to: data.to < asOf ? data.to : asOf, contacts };
}

export function gatherPack(w: Writer, organisation: string, input: ParsedInput<'documents.reviewPack'>): PackData {
  refuseErasedCase(w.db, input.caseId);
  const ctx = caseContext(w, input.caseId);
  const asOf = input.asOf ?? ctx.today;
  const detail = getCaseDetail(w, input.caseId);
  const cast = packCast(w.db, detail, input.redacted);
  const view = checklist(w, { caseId: input.caseId, asOf });

  // The chronology as the Chronology tab lists it (restricted records only for those allowed).
  const listed = listChronology(w, { caseId: input.caseId, significantOnly: false, search: '', gapDays: 28, to: asOf });
  const visible = listed.entries.filter((e) => !(input.redacted && e.restricted));
  const shown = visible.filter((e) => input.chronology === 'all' || e.significant);
  const analyses = analysesOf(w, input.caseId, new Set(shown.map((e) => e.id)), shown.some((e) => e.restricted));
  const rows: PackRow[] = shown.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt,
    type: e.type,
    summary: cast.text(e.summary),
    fact: cast.text(e.fact),
    analysis: cast.text(analyses.get(e.id) ?? ''),
    significant: e.significant,
    restricted: e.restricted,
  }));

  const scoped = asOfCase(ctx.loaded.analysis, asOf);
  const restrictedIds = new Set(listed.entries.filter((e) => e.restricted).map((e) => e.id));
  const records = input.redacted ? scoped.records.filter((r) => !restrictedIds.has(r.id)) : scoped.records;
  const recordDates = new Map(records.map((r) => [r.id, { occurredAt: r.occurredAt, type: r.type }]));
  const countOf = (type: RecordType): number => records.filter((r) => r.type === type).length;
  const counts: [string, number][] = [
    ['Records', visible.length],
    ['Significant events', visible.filter((e) => e.significant).length],
    ['Contacts', countOf('contact')],
    ['Sessions', countOf('session')],
    ['Complaints', countOf('complaint')],
    ['Boundary incidents', countOf('boundary_incident')],
    ['Behaviour incidents', countOf('behaviour_incident')],
    ...(input.redacted ? [] : ([['Safeguarding notes', countOf('safeguarding_note')]] as [string, number][])),
  ];

  // Flags as of the date; a redacted copy leaves restricted evidence out, and a flag resting only on it.
  const flags = flagsAsOf(ctx, asOf).flatMap((f): FlagResult[] => {
    if (!input.redacted) return [f];
    const keep = (ids: readonly string[]) => ids.filter((id) => !restrictedIds.has(id));
    const findings = f.findings.filter((x) => !x.evidence.length || keep(x.evidence).length).map((x) => ({ ...x, summary: cast.text(x.summary), evidence: keep(x.evidence) }));
    return findings.length && f.id !== 'SAFE-1' ? [{ ...f, prompt: f.prompt && cast.text(f.prompt), findings, evidence: keep(f.evidence) }] : [];
  });

  const cw = ctx.casework;
  const lastWeek = weekStart(asOf);
  const firstShown = addDays(lastWeek, -7 * (CHART_WEEKS - 1));
  const pairing = pairingData({ ...scoped, records }, undefined, undefined, caseworkMarkers(cw).filter((m) => m.date <= asOf));
  const from = pairing.from < firstShown ? firstShown : pairing.from;
  const chart = chartOf(from === pairing.from ? pairing : pairingData({ ...scoped, records }, from, pairing.to, caseworkMarkers(cw).filter((m) => m.date <= asOf)), cast, asOf);

  const review = recordsOf(scoped, 'case_review').at(-1);
  return {
    organisation,
    redacted: input.redacted,
    chronologyKind: input.chronology,
    asOf,
    preparedAt: w.at.toISOString(),
    preparedBy: input.redacted ? cast.user(w.user.id) : w.user.fullName,
    detail,
    cast,
    contact: input.redacted ? null : [detail.client.phone, detail.client.email, detail.client.address?.replaceAll('\n', ', ')].filter((v): v is string => !!v).join(' · ') || null,
    counts,
    rows,
    recordTotal: visible.length,
    chart,
    issues: complaintHistory(records, cast),
    flags,
    recordDates,
    checklist: redactChecklist(view, cast, restrictedIds),
    withheld: input.redacted ? view.criteria.filter((k) => k.id === 'W-5' && k.state !== 'not_applicable').map((k) => k.id) : [],
    review: review
      ? {
          date: review.date,
          supervisionSummary: cast.text(review.details.supervisionSummary),
          recommendation: cast.text(review.details.recommendation),
          signedOffBy: review.details.signedOffByUserId ? cast.user(review.details.signedOffByUserId) : null,
          signedOffOn: review.details.signedOffOn,
        }
      : null,
    restrictedUnchecked: ctx.loaded.restrictedUnchecked,
  };
}

/** The checklist with names and free text through the cast, and restricted evidence left out. */
function redactChecklist(view: ChecklistView, cast: PackCast, restrictedIds: ReadonlySet<string>): ChecklistView {
  if (!cast.redacted) return view;
  const ev = (ids: readonly string[]) => ids.filter((id) => !restrictedIds.has(id));
  const actor = <A extends { userId: string; fullName: string }>(a: A): A => ({ ...a, fullName: cast.user(a.userId) });
  const t = cast.text;
  return {
    ...view,
    criteria: view.criteria.map((k) =>
      k.id === 'W-5' && k.state !== 'not_applicable'
        ? { ...k, summary: 'Not shown in a redacted copy: W-5 rests on safeguarding notes, which a redacted copy leaves out.', evidence: [], prerequisites: [], assessment: null }
        : {
            ...k,
            summary: t(k.summary),
            evidence: ev(k.evidence),
            prerequisites: k.prerequisites.map((p) => ({ ...p, text: t(p.text), evidence: ev(p.evidence) })),
            assessment: k.assessment && { ...k.assessment, by: actor(k.assessment.by), rationale: t(k.assessment.rationale), counsellorView: t(k.assessment.counsellorView) },
          },
    ),
    ladder: view.ladder.map((l) => ({ ...l, next: t(l.next) })),
    warnings: view.warnings.map((x) => ({ ...x, issuedBy: actor(x.issuedBy), summary: t(x.summary), evidence: ev(x.evidence) })),
    assessments: view.assessments.map((a) => ({ ...a, by: actor(a.by), rationale: t(a.rationale), counsellorView: t(a.counsellorView) })),
    riskChecks: view.riskChecks.map((r) => ({ ...r, by: actor(r.by), risks: t(r.risks), actionTaken: t(r.actionTaken) })),
    proposals: view.proposals.map((p) => ({
      ...p,
      proposedBy: actor(p.proposedBy),
      rationale: t(p.rationale),
      evidence: ev(p.evidence),
      consultation: p.consultation && { ...p.consultation, by: actor(p.consultation.by), rationale: t(p.consultation.rationale), counsellorView: t(p.consultation.counsellorView) },
      decision: p.decision && { ...p.decision, by: actor(p.decision.by), reasons: t(p.decision.reasons) },
    })),
    restrictions: view.restrictions.map((r) => ({ ...r, description: t(r.description), reviews: r.reviews.map((x) => ({ ...x, by: actor(x.by), reasons: t(x.reasons) })) })),
    appeals: view.appeals.map((a) => ({
      ...a,
      against: { ...a.against, label: t(a.against.label) },
      grounds: t(a.grounds),
      lodgedBy: actor(a.lodgedBy),
      assignedTo: a.assignedTo && actor(a.assignedTo),
      decision: a.decision && { ...a.decision, by: actor(a.decision.by), reasons: t(a.decision.reasons) },
    })),
    advisories: view.advisories.map(t),
  };
}
