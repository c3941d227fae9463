// Renders a pdfmake document to bytes in memory, in the core (SPEC section 5). pdfmake 0.3's
// server build is a ready instance; it is loaded at run time from node_modules (as the store module
// is), so bundlers leave it and its font files where they are. Fonts are the package's own Roboto;
// no URL may be fetched and no local file read outside that font folder. Nothing touches the disk:
// the caller writes the bytes where the user asked.
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

interface Loaded {
  readonly pdfmake: typeof PdfMake;
  readonly fontDir: string;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const requireAtRunTime = createRequire(import.meta.url);
  const fontDir = join(dirname(requireAtRunTime.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const pdfmake = requireAtRunTime('pdfmake') as typeof PdfMake;
  pdfmake.setFonts({
    Roboto: {
      normal: join(fontDir, 'Roboto-Regular.ttf'),
      bold: join(fontDir, 'Roboto-Medium.ttf'),
      italics: join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir + sep));
  loaded = { pdfmake, fontDir };
  return loaded;
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const { pdfmake } = load();
  return pdfmake.createPdf(doc).getBuffer();
}

/** The number of pages of a PDF pdfmake wrote (its page objects are uncompressed dictionaries). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

/**
 * A fixed creation date (the document's own date): pdfmake otherwise stamps the current time,
 * and the same input must give byte-identical output so a stored hash can be re-verified.
 */
export const fixedInfo = (title: string, at: string): TDocumentDefinitions['info'] =>
  ({ title, creator: 'Threshold', producer: 'Threshold', creationDate: new Date(at) }) satisfies TDocumentDefinitions['info'];
