// The case review pack as a pdfmake document (SPEC section 5): header, case summary, chronology,
// the week-by-week contact chart, complaint history by issue, flags with their evidence, the
// checklist W-1..W-8, the ladder, warnings, decisions and appeals, and the case review's
// recommendation and sign-off. Pure: the same data gives the same document, and with the fixed
// creation date the same bytes.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CRITERION_IDS, SERVICE_LABELS, STATUS_LABELS } from '../contract';
import { LEVEL_WORDS, OUTCOME_WORDS } from '../decisions/views';
import { britishDate, londonDateTime, shortDate } from '../pdf/format';
import { fixedInfo } from '../pdf/render';
import { cap, facts, frame, GREY, longTable, none, words } from './layout';
import type { PackData } from './pack-data';

const RED = '#A40000';
/** A flag's latest findings shown, and the evidence dates listed per finding: the app lists them all. */
const FINDINGS_SHOWN = 20;
const EVIDENCE_SHOWN = 12;
const day = (date: string | null | undefined): string => (date ? shortDate(date) : '—');
const STATE_WORDS: Record<string, string> = { met: 'Met', not_met: 'Not met', needs_judgement: 'Needs a judgement', not_applicable: 'Not applicable' };

export function packTitle(d: PackData): string {
  return `Case review pack ${d.detail.reference}${d.redacted ? ' (Redacted copy)' : ''}`;
}

function header(d: PackData): Content[] {
  return [
    { text: d.organisation, fontSize: 10, color: GREY },
    { text: d.redacted ? 'Case review pack: Redacted copy' : 'Case review pack', style: 'title' },
    {
      text: `Case ${d.detail.reference} · as of ${britishDate(d.asOf)} · prepared on ${londonDateTime(d.preparedAt)} by ${d.preparedBy}`,
      style: 'subtitle',
    },
    ...(d.redacted
      ? [
          {
            text: 'Redacted copy: names are replaced by roles, contact details and restricted (safeguarding) records are left out. For external review or supervision training.',
            style: 'note',
            margin: [0, 0, 0, 8],
          } satisfies Content,
        ]
      : []),
  ];
}

function summary(d: PackData): Content[] {
  const c = d.detail;
  const cast = d.cast;
  const rows: [string, string][] = [
    ['Client', cast.person(c.clientId)],
    ...(c.student ? ([['Student', cast.person(c.student.id)]] as [string, string][]) : []),
    ...(d.contact ? ([['Client contact details', d.contact]] as [string, string][]) : []),
    ['Service', SERVICE_LABELS[c.service]],
    ['Status', STATUS_LABELS[d.checklist.status]],
    ['Start date', britishDate(c.startDate)],
    ['Allocated worker', cast.redacted ? cast.person(c.allocatedWorker.id) : `${c.allocatedWorker.fullName} (${words(c.allocatedWorker.staffRole)})`],
    ['Client manager', cast.person(c.clientManager.id)],
    ['Mentor', c.mentor ? cast.person(c.mentor.id) : '—'],
    ['Boundaries explained on', c.boundariesExplainedOn ? britishDate(c.boundariesExplainedOn) : 'not recorded'],
    ...(c.clientSide.filter((p) => p.id !== c.clientId && p.id !== c.student?.id).length
      ? ([['Others on the client side', c.clientSide.filter((p) => p.id !== c.clientId && p.id !== c.student?.id).map((p) => cast.person(p.id)).join(', ')]] as [string, string][])
      : []),
    ['Records', d.counts.map(([k, n]) => `${k.toLowerCase()} ${n}`).join(' · ')],
  ];
  return [{ text: '1. Case summary', style: 'h2' }, facts(rows)];
}

function chronology(d: PackData): Content[] {
  const heading = d.chronologyKind === 'all' ? `2. Chronology: all records (${d.rows.length})` : `2. Chronology: significant events (${d.rows.length} of ${d.recordTotal} records)`;
  if (!d.rows.length) return [{ text: heading, style: 'h2' }, none(d.chronologyKind === 'all' ? `No records up to ${britishDate(d.asOf)}.` : `No record is marked as a significant event up to ${britishDate(d.asOf)}.`)];
  const body: TableCell[][] = d.rows.map((r) => [
    { text: londonDateTime(r.occurredAt) },
    { text: [{ text: cap(words(r.type)), bold: true }, ...(r.restricted ? [{ text: '\nRestricted', bold: true, color: RED }] : []), { text: `\n${r.summary}`, color: GREY, fontSize: 7 }] },
    { text: r.fact },
    { text: r.analysis || '—', color: r.analysis ? undefined : GREY },
    { text: r.significant ? 'yes' : '' },
  ]);
  return [
    { text: heading, style: 'h2' },
    { text: 'Fact and analysis are kept apart, as they were recorded: the fact is what happened; the analysis is staff opinion. Times are London time.', style: 'note' },
    longTable([66, 88, '*', '*', 34], ['Date and time', 'Type', 'Fact', 'Analysis', 'Signif.'], body, 7.5),
  ];
}

function chart(d: PackData): Content[] {
  const head: Content = { text: '3. Contacts week by week', style: 'h2', pageBreak: 'before' };
  if (!d.chart) return [head, none('No contacts, complaints or incidents are recorded.')];
  return [
    head,
    {
      text: `Whom the client was in contact with each week, ${britishDate(d.chart.from)} to ${britishDate(d.chart.to)} (${d.chart.contacts} contacts; at most the latest 52 weeks), per staff person and role, with complaints, incidents, warnings and decisions marked above the bars: the chart the Pairing tab shows.`,
      style: 'note',
    },
    { svg: d.chart.svg, width: 515, margin: [0, 6, 0, 6] },
  ];
}

function complaints(d: PackData): Content[] {
  const head: Content = { text: '4. Complaint history by issue', style: 'h2' };
  if (!d.issues.length) return [head, none('No complaints are recorded.')];
  return [
    head,
    ...d.issues.flatMap((issue): Content[] => [
      { text: `${issue.title}${issue.openedOn ? ` (opened ${day(issue.openedOn)}${issue.resolvedOn ? `, resolved ${day(issue.resolvedOn)}` : ', open'})` : ''}`, style: 'h3' },
      longTable(
        [56, '*', 48, 58, 56, 58, 34, 60],
        ['Raised', 'About', 'Route', 'Investigation', 'Outcome', 'Procedure completed', 'Staff hours', 'Replacement sought'],
        issue.complaints.map((c) => [day(c.date), c.about, c.route, c.status, c.outcome ?? '—', day(c.completedOn), String(c.staffHours), c.seeksReplacement ? 'yes' : 'no']),
      ),
    ]),
    { text: 'A complaint is never by itself grounds for withdrawal, upheld or not (G-1, Sue Lambert 4.3).', style: 'note', margin: [0, 4, 0, 0] },
  ];
}

function flags(d: PackData): Content[] {
  const head: Content = { text: `5. Flags as of ${britishDate(d.asOf)}`, style: 'h2', pageBreak: 'before' };
  const unchecked = d.restrictedUnchecked && !d.redacted ? [none("SAFE-1 could not be checked: you cannot read this case's restricted records.")] : [];
  if (!d.flags.length) return [head, none('No flag found anything.'), ...unchecked];
  const evidence = (ids: readonly string[]): string => {
    const dates = ids.flatMap((id) => {
      const r = d.recordDates.get(id);
      return r ? [`${londonDateTime(r.occurredAt)} (${words(r.type)})`] : [];
    });
    if (!dates.length) return 'none';
    if (dates.length <= EVIDENCE_SHOWN) return dates.join('; ');
    return `${dates.slice(0, EVIDENCE_SHOWN).join('; ')}; and ${dates.length - EVIDENCE_SHOWN} more records, the last ${dates.at(-1)}`;
  };
  return [
    head,
    ...unchecked,
    ...d.flags.flatMap((f): Content[] => {
      const shown = f.findings.slice(-FINDINGS_SHOWN);
      const earlier = f.findings.length - shown.length;
      return [
        { text: `${f.id} · ${f.title}`, style: 'h3' },
        { text: `${f.citation.policy}, ${f.citation.section}`, style: 'small' },
        ...(f.prompt ? [{ text: f.prompt, italics: true, margin: [0, 2, 0, 0] } satisfies Content] : []),
        ...(earlier ? [{ text: `${f.findings.length} findings; the latest ${shown.length} are shown (the earliest from ${day(f.findings[0]!.from)}). The app lists every one.`, style: 'note', margin: [0, 2, 0, 0] } satisfies Content] : []),
        {
          ul: shown.map((x) => ({ text: [x.summary, { text: `\n${day(x.from)} to ${day(x.to)} · evidence: ${evidence(x.evidence)}`, style: 'small' }], margin: [0, 2, 0, 2] })),
          margin: [0, 4, 0, 4],
        },
      ];
    }),
  ];
}

function checklistPart(d: PackData): Content[] {
  const v = d.checklist;
  const body: TableCell[][] = v.criteria.map((k) => [
    { stack: [{ text: k.id, bold: true }, { text: k.title, fontSize: 7 }] },
    { text: d.withheld.includes(k.id) ? 'Withheld' : (STATE_WORDS[k.state] ?? k.state), bold: k.state === 'met' && !d.withheld.includes(k.id) },
    {
      stack: [
        { text: k.summary },
        ...k.prerequisites.map((p) => ({ text: `${p.satisfied ? 'Satisfied' : 'Missing'}: ${p.text}`, fontSize: 7, color: p.satisfied ? undefined : RED })),
        ...(k.assessment ? [{ text: `Clinical lead (${k.assessment.by.fullName}): ${words(k.assessment.finding)}. ${k.assessment.rationale}`, fontSize: 7 } satisfies Content] : []),
        { text: `${k.citation.policy}, ${k.citation.section}; ${k.decides.toLowerCase()} decides`, style: 'small', fontSize: 6.5 },
      ],
    },
  ]);
  return [
    { text: `6. Withdrawal criteria checklist as of ${britishDate(v.asOf)}`, style: 'h2', pageBreak: 'before' },
    longTable([90, 58, '*'], ['Criterion', 'State', 'What was found, and the prerequisites'], body),
    ...(v.restrictedUnchecked && !d.redacted ? [none("W-5 could not be checked: you cannot read this case's restricted records.")] : []),
  ];
}

function casework(d: PackData): Content[] {
  const v = d.checklist;
  const ladder = v.ladder.filter((l) => l.step !== 'none');
  const out: Content[] = [{ text: '7. Warning ladder, decisions and appeals', style: 'h2' }];
  out.push({ text: 'Ladder', style: 'h3' });
  out.push(
    ladder.length
      ? longTable([50, 60, '*'], ['Criterion', 'Step reached', 'Next'], ladder.map((l) => [l.criterion, cap(l.step), l.next]))
      : none(`No step of the ladder has been taken on ${CRITERION_IDS[0]}..${CRITERION_IDS.at(-1)}.`),
  );
  out.push({ text: 'Warnings', style: 'h3' });
  out.push(
    v.warnings.length
      ? longTable(
          [54, 70, 44, 70, 54, 44, '*'],
          ['Issued', 'Level', 'Criteria', 'By', 'Live until', 'State', 'What was said'],
          v.warnings.map((x) => [day(x.issuedOn), LEVEL_WORDS[x.level], x.criteria.join(', '), x.issuedBy.fullName, day(x.liveUntil), words(x.state), x.summary]),
        )
      : none('No warnings.'),
  );
  out.push({ text: 'Proposals and decisions', style: 'h3' });
  out.push(
    v.proposals.length
      ? longTable(
          [54, 80, 44, 70, 60, '*'],
          ['Proposed', 'Outcome', 'Criteria', 'Proposed by', 'Stage', 'Rationale and decision'],
          v.proposals.map((p) => [
            day(p.proposedOn ?? p.proposedAt.slice(0, 10)),
            OUTCOME_WORDS[p.outcome],
            p.criteria.join(', ') || '—',
            p.proposedBy.fullName,
            words(p.stage) + (p.overturned ? ' (overturned on appeal)' : ''),
            {
              stack: [
                { text: p.rationale },
                ...(p.consultation ? [{ text: `Clinical lead (${p.consultation.by.fullName}): ${p.consultation.approves ? 'approves' : 'refuses'}. ${p.consultation.rationale}`, fontSize: 7 } satisfies Content] : []),
                ...(p.decision ? [{ text: `Decided ${day(p.decision.decidedOn)} by ${p.decision.by.fullName}: ${p.decision.approve ? 'approved' : 'rejected'}. ${p.decision.reasons}`, fontSize: 7 } satisfies Content] : []),
              ],
            },
          ]),
        )
      : none('No proposals.'),
  );
  out.push({ text: 'Restrictions and communication agreements', style: 'h3' });
  out.push(
    v.restrictions.length
      ? longTable([100, '*', 60, 60, 60], ['Kind', 'What', 'Started', 'Review on', 'State'], v.restrictions.map((r) => [cap(words(r.kind)), r.description, day(r.startedOn), day(r.reviewOn), words(r.state)]))
      : none('No restrictions or agreements.'),
  );
  out.push({ text: 'Appeals', style: 'h3' });
  out.push(
    v.appeals.length
      ? longTable(
          [54, 110, '*', 80, 90],
          ['Lodged', 'Against', 'Grounds', 'Assigned to', 'Decision'],
          v.appeals.map((a) => [day(a.lodgedOn), a.against.label, a.grounds, a.assignedTo?.fullName ?? 'not yet assigned', a.decision ? `${cap(a.decision.outcome)} on ${day(a.decision.decidedOn)} by ${a.decision.by.fullName}` : 'undecided']),
        )
      : none('No appeals.'),
  );
  if (v.advisories.length) out.push({ text: 'Good-practice reminders', style: 'h3' }, { ul: v.advisories });
  return out;
}

function signOff(d: PackData): Content[] {
  const r = d.review;
  const line = (label: string, value: string | null): Content => ({ columns: [{ text: label, width: 110, bold: true }, { text: value ?? '_______________________________________', width: '*' }], margin: [0, 8, 0, 0] });
  return [
    { text: '8. Recommendation and sign-off', style: 'h2', unbreakable: true },
    ...(r
      ? [
          { text: `From the case review of ${britishDate(r.date)}.`, style: 'note' } satisfies Content,
          { text: 'Supervision summary', style: 'h3' } satisfies Content,
          { text: r.supervisionSummary } satisfies Content,
          { text: 'Recommendation', style: 'h3' } satisfies Content,
          { text: r.recommendation || 'No recommendation recorded.' } satisfies Content,
        ]
      : [none('No case review is recorded: complete the recommendation and sign-off by hand.'), { text: 'Recommendation', style: 'h3' } satisfies Content, ...[1, 2, 3].map(() => ({ text: '_'.repeat(96), margin: [0, 10, 0, 0] }) satisfies Content)]),
    line('Signed off by', r?.signedOffBy ?? null),
    ...(r?.signedOffBy ? [] : [line('Role', null)]),
    line('Date', r?.signedOffOn ? britishDate(r.signedOffOn) : null),
  ];
}

export function packDocument(d: PackData): TDocumentDefinitions {
  const footer = `${d.organisation} · ${d.detail.reference} · case review pack${d.redacted ? ' · REDACTED COPY' : ''} · as of ${britishDate(d.asOf)}`;
  return {
    info: fixedInfo(packTitle(d), d.preparedAt),
    ...frame(packTitle(d), 'portrait', footer),
    ...(d.redacted ? { header: (): Content => ({ text: 'Redacted copy', alignment: 'right', color: RED, fontSize: 8, bold: true, margin: [40, 20, 40, 0] }) } : {}),
    content: [...header(d), ...summary(d), ...chronology(d), ...chart(d), ...complaints(d), ...flags(d), ...checklistPart(d), ...casework(d), ...signOff(d)],
  };
}
