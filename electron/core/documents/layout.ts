// What the review pack and the registers share on the page: A4, Roboto, the styles, a table
// whose header row repeats on every page and whose long rows may break across pages, and the
// footer "page X of Y" with what the document is.
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';

export const GREY = '#555555';
export const LIGHT = '#EEEEEE';

export const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 11, color: GREY, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
  th: { bold: true, fontSize: 8, fillColor: LIGHT },
  small: { fontSize: 8, color: GREY },
  note: { fontSize: 9, italics: true, color: GREY },
};

export function frame(title: string, pageOrientation: 'portrait' | 'landscape', footerText: string): Pick<TDocumentDefinitions, 'pageSize' | 'pageOrientation' | 'pageMargins' | 'defaultStyle' | 'styles' | 'footer'> {
  return {
    pageSize: 'A4',
    pageOrientation,
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: STYLES,
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: footerText, width: '*' },
        { text: `page ${page} of ${pages}`, width: 'auto' },
      ],
      style: 'small',
      margin: [40, 18, 40, 0],
    }),
  };
}

/**
 * A table over many pages: the header row repeats, rows are allowed to break across pages (a
 * fact of 20,000 characters is longer than a page), light lines between rows.
 */
export function longTable(widths: (number | string)[], header: readonly string[], body: TableCell[][], fontSize = 8): ContentTable {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: false,
      widths,
      body: [header.map((h) => ({ text: h, style: 'th' })), ...body],
    },
    layout: {
      hLineWidth: (i) => (i === 0 || i === 1 ? 0.8 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => '#BBBBBB',
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize,
  };
}

/** Label and value pairs in two columns. */
export function facts(rows: readonly (readonly [string, string])[], labelWidth = 150): Content {
  return {
    table: { widths: [labelWidth, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, { text: v }]) },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 8],
  };
}

export const none = (text: string): Content => ({ text, style: 'note', margin: [0, 0, 0, 6] });
export const words = (value: string): string => value.replaceAll('_', ' ');
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
