// Reading back what a generated PDF says, with poppler's pdftotext, as a person would read it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of each page of a PDF (base64 or bytes), pages split on form feeds. */
export function pdfPages(pdf: string | Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, typeof pdf === 'string' ? Buffer.from(pdf, 'base64') : pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text laid out as on the page (pdftotext -layout): a table row stays on one line. */
export function pdfLayout(pdf: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, typeof pdf === 'string' ? Buffer.from(pdf, 'base64') : pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole text, with runs of white space (line breaks in table cells) made single spaces. */
export function pdfText(pdf: string | Buffer): string {
  return pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
}

/** Writes the PDF to a file for a person to look at (THRESHOLD_KEEP_PDF=folder). */
export function keepPdf(name: string, pdf: string): void {
  const folder = process.env.THRESHOLD_KEEP_PDF;
  if (folder) writeFileSync(join(folder, name), Buffer.from(pdf, 'base64'));
}
