// What the documents' fonts can draw (SPEC section 5): Latin with its diacritics, Greek and
// Cyrillic, from the Roboto that ships inside pdfmake. Text is NFC-normalised first, so a letter
// with a combining accent becomes its precomposed form; anything still outside the font (Han,
// Arabic, Hebrew, emoji, ...) is refused with the characters named, never printed as boxes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CoreError } from '../errors';

interface FontLike {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

let font: FontLike | undefined;

function regularFont(): FontLike {
  if (font) return font;
  const requireAtRunTime = createRequire(import.meta.url);
  const pdfmakeDir = dirname(requireAtRunTime.resolve('pdfmake/package.json'));
  // fontkit is pdfkit's own font reader (pdfmake -> pdfkit -> fontkit): resolve it from there.
  const fromPdfkit = createRequire(requireAtRunTime.resolve('pdfkit', { paths: [pdfmakeDir] }));
  const fontkit = fromPdfkit('fontkit') as { openSync(path: string): FontLike };
  font = fontkit.openSync(join(pdfmakeDir, 'fonts', 'Roboto', 'Roboto-Regular.ttf'));
  return font;
}

/** Characters that need no glyph: line breaks and tabs are layout, not ink. */
const LAYOUT = new Set([0x0a, 0x0d, 0x09]);

/** The distinct characters of `text` (after NFC) the fonts cannot draw, in order of appearance. */
export function undrawable(text: string): string[] {
  const f = regularFont();
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (!LAYOUT.has(cp) && !f.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}

const show = (ch: string): string => `“${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/** One sentence naming what cannot be drawn, or null when everything can. */
export function scriptProblem(what: string, text: string): string | null {
  const missing = undrawable(text);
  if (!missing.length) return null;
  const listed = missing.slice(0, 5).map(show).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
  return `${what} contains ${missing.length === 1 ? 'a character' : 'characters'} the document fonts cannot draw: ${listed}. Threshold prints Latin (with its diacritics), Greek and Cyrillic; write the name as the person writes it in one of those scripts, or record it in another field that is not printed.`;
}

/** Refuses (invalid_input, at `path`) text the fonts cannot draw. */
export function requireDrawable(what: string, text: string, path: string): void {
  const problem = scriptProblem(what, text);
  if (problem) throw new CoreError('invalid_input', problem, [{ path, message: 'has characters the document fonts cannot draw' }]);
}
