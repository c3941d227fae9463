// Text extracted from a real PDF with poppler's pdftotext, whitespace collapsed: what a reader of
// the printed letter would read, for comparing with the case's data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfText(pdf: Buffer | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, typeof pdf === 'string' ? Buffer.from(pdf, 'base64') : pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs of six words of `text` (the G-6 measure of quoting), lower-cased. */
export function sixWordRuns(text: string): string[] {
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length < 6) return words.join(' ').length >= 20 ? [words.join(' ')] : [];
  return Array.from({ length: words.length - 5 }, (_, i) => words.slice(i, i + 6).join(' '));
}
