// The readable copy of a subject access release, as a pdfmake document: what is held, case by
// case and record by record, with how it was prepared (the redaction rule) at the front, and the
// letters sent (each signed one's own PDF is released beside this one).
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { SERVICE_LABELS, STATUS_LABELS, type SubjectAccessCase, type SubjectAccessContent, type SubjectAccessLetter, type SubjectAccessRecord } from '../contract';

const ZONE = 'Europe/London';
const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

const when = (instant: string): string => dateTime.format(new Date(instant));
const day = (date: string | null): string => (date ? dateOnly.format(new Date(`${date}T00:00:00Z`)) : '—');
const words = (id: string): string => id.replaceAll('_', ' ');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const humanKey = (key: string): string => cap(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

function detailValue(value: unknown): string | null {
  if (value === null || value === undefined || value === false || value === '') return null;
  if (value === true) return 'yes';
  if (Array.isArray(value)) return value.length ? value.map((v) => detailValue(v) ?? '').join(', ') : null;
  if (typeof value === 'object') return Object.values(value).map((v) => detailValue(v) ?? '').join(' ');
  if (typeof value === 'string') return /^[a-z]+(_[a-z]+)+$/.test(value) ? words(value) : value;
  return String(value);
}

function recordBlock(r: SubjectAccessRecord): Content {
  const details = Object.entries(r.details)
    .map(([key, value]) => [key, detailValue(value)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null && !entry[0].endsWith('Id'))
    .map(([key, value]) => `${humanKey(key)}: ${value}`);
  const recorded = `Recorded by ${r.recordedBy} on ${when(r.recordedAt)}${r.version > 1 ? `; corrected (version ${r.version})${r.correctionReason ? `: ${r.correctionReason}` : ''}` : ''}.`;
  return {
    unbreakable: r.fact.length + r.analysis.length < 1500,
    margin: [0, 0, 0, 10],
    stack: [
      { text: [when(r.occurredAt), ' · ', cap(words(r.type)), r.significant ? ' · significant event' : ''], style: 'recordHead' },
      { text: r.summary, italics: true, color: '#444444' },
      { text: [{ text: 'What happened (fact): ', bold: true }, r.fact], margin: [0, 2, 0, 0] },
      ...(r.analysis ? [{ text: [{ text: "Staff's assessment (opinion): ", bold: true }, r.analysis], margin: [0, 2, 0, 0] } satisfies Content] : []),
      ...(details.length ? [{ text: details.join(' · '), fontSize: 8, color: '#555555', margin: [0, 2, 0, 0] } satisfies Content] : []),
      { text: recorded, fontSize: 8, color: '#555555', margin: [0, 2, 0, 0] },
    ],
  };
}

function letterLine(l: SubjectAccessLetter): Content {
  const head = `${l.reference} · ${l.title} · dated ${day(l.letterDate)}`;
  const how = l.voided
    ? `Signed on ${when(l.signedAt)} by ${l.signedBy} (${l.signerRole.toLowerCase()}); void since ${when(l.voided.at)}${l.voided.reason ? `: ${l.voided.reason}` : ''}. Its text is not included.`
    : `Signed on ${when(l.signedAt)} by ${l.signedBy} (${l.signerRole.toLowerCase()}).${l.pdf?.fileName ? ` A copy as sent: ${l.pdf.fileName}.` : ''}`;
  return { stack: [{ text: head, bold: true }, ...(l.content ? [{ text: l.content.subject, italics: true } satisfies Content] : []), { text: how, fontSize: 8, color: '#555555' }], margin: [0, 0, 0, 8], unbreakable: true };
}

function caseBlock(c: SubjectAccessCase, index: number): Content[] {
  const row = (label: string, value: string): TableCell[] => [{ text: label, bold: true }, value];
  return [
    { text: `Case ${c.reference} · ${SERVICE_LABELS[c.service]}`, style: 'h2', margin: [0, 16, 0, 6], ...(index > 0 ? { pageBreak: 'before' as const } : {}) },
    {
      table: {
        widths: [150, '*'],
        body: [
          row('Your part in it', c.subjectRole === 'client' ? 'The client' : `On the client side (the client: ${c.client})`),
          row('Status', STATUS_LABELS[c.status]),
          row('Started', day(c.startDate)),
          row('Closed', day(c.closedOn)),
          row('Allocated worker', c.allocatedWorker),
          row('Client manager', c.clientManager),
          row('Mentor', c.mentor ?? '—'),
          row('Boundaries explained', day(c.boundariesExplainedOn)),
          row('Others on the client side', String(c.otherClientSidePeople)),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 4, 0, 12],
    },
    { text: `Records (${c.records.length})`, style: 'h3' },
    ...(c.records.length ? c.records.map(recordBlock) : [{ text: 'No records.', italics: true } satisfies Content]),
    ...(c.letters.length ? [{ text: `Letters sent to you (${c.letters.length})`, style: 'h3', margin: [0, 10, 0, 6] } satisfies Content, ...c.letters.map(letterLine)] : []),
  ];
}

export function subjectAccessPdf(content: SubjectAccessContent): TDocumentDefinitions {
  const s = content.subject;
  const contact = [s.phone, s.email, s.address?.replaceAll('\n', ', ')].filter((v): v is string => !!v).join(' · ');
  const released = content.releasedAt ? `Released on ${when(content.releasedAt)}.` : 'Draft for review: not released.';
  return {
    info: { title: 'Subject access', subject: 'Personal data held by the organisation', creator: 'Threshold' },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: { h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] }, h2: { fontSize: 14, bold: true, margin: [0, 0, 0, 6] }, h3: { fontSize: 11, bold: true, margin: [0, 4, 0, 6] }, recordHead: { bold: true } },
    footer: (page: number, pages: number): Content => ({ text: `${content.organisation} · subject access · page ${page} of ${pages}`, fontSize: 8, color: '#777777', alignment: 'center', margin: [0, 20, 0, 0] }),
    content: [
      { text: 'Your personal data: subject access', style: 'h1' },
      { text: `Information ${content.organisation} holds about ${s.fullName}`, fontSize: 12 },
      ...(contact ? [{ text: `Contact details held: ${contact}`, margin: [0, 4, 0, 0] } satisfies Content] : []),
      { text: `Prepared on ${when(content.preparedAt)}. ${released}`, margin: [0, 4, 0, 12] },
      { text: 'How this copy was prepared', style: 'h3' },
      { text: content.redaction.rule },
      { text: `Cases: ${content.cases.length}. Records: ${content.cases.reduce((n, c) => n + c.records.length, 0)}.`, margin: [0, 8, 0, 0] },
      ...content.cases.flatMap((c, i) => caseBlock(c, i)),
    ],
  };
}
