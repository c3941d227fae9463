// The pure parts of showing a PDF: the core sends its bytes as base64 (the contract's PdfFile),
// pdf.js wants them as bytes; each drawn page is named for a screen reader ("Page 1 of 3").
/** Base64 (as the core sends a PDF) to the bytes pdf.js reads. Throws on text that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const pageLabel = (page: number, total: number): string => `Page ${page} of ${total}`;

export const pageCount = (total: number): string => (total === 1 ? '1 page' : `${total} pages`);

/**
 * The scale that draws a page `cssWidth` pixels wide, sharp on a high-density screen: the canvas
 * holds `ratio` device pixels per CSS pixel and is shown at the CSS width.
 */
export function renderScale(pageWidth: number, cssWidth: number, ratio: number): { readonly css: number; readonly pixels: number } {
  const css = cssWidth / pageWidth;
  return { css, pixels: css * Math.min(Math.max(ratio, 1), 3) };
}
