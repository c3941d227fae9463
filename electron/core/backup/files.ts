// File work for backups: checksums read in chunks (the event loop keeps turning, so other calls
// are served meanwhile), durable private writes, and file-system failures in plain words.
import { createHash } from 'node:crypto';
import { createReadStream, chmodSync, closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { CoreError } from '../errors';

export interface FileDigest {
  readonly bytes: number;
  readonly sha256: string;
}

export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    bytes += buffer.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Owner-only, whatever the umask made of it (no-op on Windows, where modes do not apply). */
export function ownerOnly(path: string, mode: 0o600 | 0o700): void {
  if (process.platform !== 'win32') chmodSync(path, mode);
}

/** Writes a new file (never over an existing one), readable by its owner only, and fsyncs it. */
export function writeNewPrivateFile(path: string, data: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsync a file or folder that already exists (folders cannot be opened for fsync on Windows). */
export function fsyncPath(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort: the data was written; only its flush to the disk could not be forced */
  }
}

export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    /* leave it: a leftover temporary folder is named as one and holds only encrypted data */
  }
}

function errnoOf(error: unknown): string | null {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
}

/** A file-system or SQLite failure while writing `where`, as a message the person can act on; other errors pass through. */
export function fileProblem(error: unknown, where: string): unknown {
  if (error instanceof CoreError) return error;
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return new CoreError('conflict', `There is not enough free space in ${where}. Free some space or choose another place, then try again.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
      return new CoreError('forbidden', `Threshold may not write in ${where}. Choose a folder you can write to.`);
    case 'ENAMETOOLONG':
      return new CoreError('invalid_input', `A name in the path under ${where} is too long for the file system. Choose a shorter name.`);
    case 'SQLITE_CANTOPEN':
    case 'ENOENT':
    case 'ENOTDIR':
      return new CoreError('not_found', `The folder ${where} could not be opened for writing. Check that it exists and is a folder.`);
    default:
      return error;
  }
}
