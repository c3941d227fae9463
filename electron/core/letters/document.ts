// A letter as a pdfmake document: letterhead with logo, date in British form, reference,
// recipient, salutation, subject, the reasons with their dates, each section under its heading,
// and the signature block. Pure: the same render input gives the same document, and with the
// fixed creation date the same bytes, so a signed letter's stored hash can be re-verified.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LETTER_TYPE_LABELS, ROLE_LABELS, SECTION_HEADINGS, SECTION_KEYS, type LetterContent, type LetterType, type Letterhead, type Role } from '../contract';
import { britishDate } from '../pdf/format';
import { fixedInfo } from '../pdf/render';
import type { Organisation } from './letterhead';

/** Everything a letter's PDF is made from; stored with a signed letter so it can be rendered again. */
export interface RenderInput {
  readonly reference: string;
  readonly type: LetterType;
  readonly content: LetterContent;
  readonly organisation: Organisation;
  readonly letterhead: Letterhead;
  readonly status: 'draft' | 'signed';
  /** When the letter was signed (or the draft last saved): the PDF's creation date. */
  readonly at: string;
  readonly signer: { readonly name: string; readonly role: Role } | null;
}

const GREY = '#555555';

function letterheadBlock(org: Organisation, lh: Letterhead): Content {
  const contact = [lh.phone, lh.email, lh.website].filter(Boolean).join(' · ');
  const text: Content = {
    stack: [
      { text: org.name, fontSize: 15, bold: true },
      ...(org.address ? [{ text: org.address.replaceAll('\n', ', '), color: GREY } satisfies Content] : []),
      ...(contact ? [{ text: contact, color: GREY } satisfies Content] : []),
    ],
    alignment: 'right',
  };
  return lh.logo ? { columns: [{ image: lh.logo, fit: [140, 60], width: 150 }, { ...text, width: '*' }], margin: [0, 0, 0, 24] } : { ...text, margin: [0, 0, 0, 24] };
}

function signatureBlock(input: RenderInput, signature: string | null): Content[] {
  const c = input.content;
  const name = c.inOrganisationName ? input.organisation.name : c.signOff.name;
  const title = c.inOrganisationName ? '' : c.signOff.title;
  const how =
    input.status === 'draft'
      ? `Draft: not signed. To be signed by the ${input.signer ? ROLE_LABELS[input.signer.role].toLowerCase() : 'signer'}.`
      : `Signed electronically on ${britishDate(input.at.slice(0, 10))}${c.inOrganisationName ? ` on behalf of ${input.organisation.name}` : ''}.`;
  return [
    { text: 'Yours sincerely', margin: [0, 18, 0, 22] },
    { text: name, bold: true },
    ...(title ? [{ text: title } satisfies Content] : []),
    { text: how, fontSize: 8, color: GREY, margin: [0, 8, 0, 0] },
    ...(signature ? [{ text: `Digital signature (Ed25519): ${signature}`, fontSize: 7, color: GREY, margin: [0, 2, 0, 0] } satisfies Content] : []),
  ];
}

function reasonsBlock(c: LetterContent): Content[] {
  if (!c.reasons.length) return [];
  return [
    ...(c.reasonsIntro ? [{ text: c.reasonsIntro, margin: [0, 0, 0, 4] } satisfies Content] : []),
    {
      table: { widths: [104, '*'], body: c.reasons.map((r) => [{ text: britishDate(r.date), bold: true }, { text: r.text }]) },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
  ];
}

function sectionsBlock(c: LetterContent): Content[] {
  const byKey = new Map(c.sections.map((s) => [s.key, s.text]));
  return SECTION_KEYS.filter((k) => k !== 'opening' && k !== 'closing' && byKey.get(k)).map((k) => ({
    stack: [{ text: SECTION_HEADINGS[k], bold: true, margin: [0, 0, 0, 2] }, { text: byKey.get(k)! }],
    margin: [0, 0, 0, 10],
    unbreakable: true,
  }));
}

export function letterDocument(input: RenderInput, signature: string | null): TDocumentDefinitions {
  const c = input.content;
  const section = (key: 'opening' | 'closing'): string => c.sections.find((s) => s.key === key)?.text ?? '';
  return {
    info: fixedInfo(`${LETTER_TYPE_LABELS[input.type]} ${input.reference}`, input.at),
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    ...(input.status === 'draft' ? { watermark: { text: 'DRAFT', color: '#b00020', opacity: 0.12, bold: true } } : {}),
    footer: (page: number, pages: number): Content => ({ text: `${input.organisation.name} · ${input.reference} · page ${page} of ${pages}`, fontSize: 8, color: '#777777', alignment: 'center', margin: [0, 24, 0, 0] }),
    content: [
      letterheadBlock(input.organisation, input.letterhead),
      { text: britishDate(c.letterDate), margin: [0, 0, 0, 2] },
      { text: `Our reference: ${input.reference}`, color: GREY, margin: [0, 0, 0, 14] },
      { text: c.recipient.name },
      ...(c.recipient.address ? [{ text: c.recipient.address } satisfies Content] : []),
      { text: c.salutation, margin: [0, 18, 0, 8] },
      { text: c.subject, bold: true, fontSize: 12, margin: [0, 0, 0, 8] },
      ...(section('opening') ? [{ text: section('opening'), margin: [0, 0, 0, 10] } satisfies Content] : []),
      ...reasonsBlock(c),
      ...sectionsBlock(c),
      ...(section('closing') ? [{ text: section('closing'), margin: [0, 0, 0, 4] } satisfies Content] : []),
      { stack: signatureBlock(input, signature), unbreakable: true },
    ],
  };
}
