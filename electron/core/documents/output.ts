// What every generated document hands back: the PDF (base64), its SHA-256 and page count, and,
// when the user named a file, the path it was written to. A file is never replaced: it is written
// to a temporary file in the same folder (owner-only, flushed) and renamed into place only if the
// name is still free, so a crash leaves no half-written document and nothing is overwritten.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { CoreError } from '../errors';
import { pageCount, renderPdf } from '../pdf/render';

export interface DocumentFile {
  fileName: string;
  pdf: string;
  sha256: string;
  pages: number;
  path: string | null;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Refuses, before anything is rendered, a path whose folder is missing or whose file exists. */
export function checkOutPath(outPath: string | undefined): void {
  if (outPath === undefined) return;
  const problem = (message: string) => new CoreError('invalid_input', `${message} Nothing was written.`, [{ path: 'outPath', message }]);
  if (!isAbsolute(outPath)) throw problem('The file must be given as a full (absolute) path.');
  let folder = false;
  try {
    folder = statSync(dirname(outPath)).isDirectory();
  } catch {
    throw problem(`The folder ${dirname(outPath)} does not exist.`);
  }
  if (!folder) throw problem(`${dirname(outPath)} is not a folder.`);
  if (exists(outPath)) throw new CoreError('conflict', `${outPath} already exists; it was left as it is. Choose another file name.`);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the bytes to a new file at `path`, mode 0600: a temporary file beside it, flushed, then
 * linked into place (link refuses an existing name, where rename would replace it) and removed;
 * where the file system has no hard links, renamed into place after checking the name is free.
 */
export function writeNewFile(path: string, bytes: Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : null;
      if (code === 'EEXIST') throw new CoreError('conflict', `${path} already exists; it was left as it is. Choose another file name.`);
      // A file system without hard links (FAT, some network shares): rename, the name checked first.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      if (exists(path)) throw new CoreError('conflict', `${path} already exists; it was left as it is. Choose another file name.`);
      renameSync(temp, path);
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Renders the document and, when asked, writes it; `fileName` is the suggested name.
 * `beforeWrite` runs between the two: a cancel heard there leaves no file.
 */
export async function produce(doc: TDocumentDefinitions, fileName: string, outPath: string | undefined, beforeWrite?: () => Promise<void>): Promise<{ file: DocumentFile; bytes: Buffer }> {
  const bytes = await renderPdf(doc);
  await beforeWrite?.();
  if (outPath !== undefined) writeNewFile(outPath, bytes);
  return { bytes, file: { fileName, pdf: bytes.toString('base64'), sha256: sha256(bytes), pages: pageCount(bytes), path: outPath ?? null } };
}
