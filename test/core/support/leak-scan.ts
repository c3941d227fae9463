// Looking for known plaintext in files: every encoding a careless write could use, read in
// chunks so a large file (another test's store) costs memory only for one chunk at a time.
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** The byte patterns of each secret: UTF-8, UTF-16LE and upper-case UTF-8. */
export function patterns(secrets: readonly string[]): { secret: string; bytes: Buffer }[] {
  return secrets.flatMap((secret) => [
    { secret, bytes: Buffer.from(secret, 'utf8') },
    { secret, bytes: Buffer.from(secret, 'utf16le') },
    { secret, bytes: Buffer.from(secret.toUpperCase(), 'utf8') },
  ]);
}

const CHUNK = 8 * 1024 * 1024;

/** The secrets found in the file; a file that vanished meanwhile (another test's) holds none. */
export function secretsIn(path: string, wanted: readonly { secret: string; bytes: Buffer }[]): string[] {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const overlap = Math.max(...wanted.map((w) => w.bytes.length)) - 1;
  const found = new Set<string>();
  try {
    const buffer = Buffer.alloc(CHUNK + overlap);
    let carried = 0;
    let position = 0;
    for (;;) {
      const read = readSync(fd, buffer, carried, CHUNK, position);
      if (read === 0) break;
      position += read;
      const view = buffer.subarray(0, carried + read);
      for (const w of wanted) if (view.includes(w.bytes)) found.add(w.secret);
      carried = Math.min(overlap, view.length);
      view.copyWithin(0, view.length - carried);
    }
  } finally {
    closeSync(fd);
  }
  return [...found];
}

/** Every regular file under a folder (symbolic links not followed), with its modification time. */
export function filesUnder(root: string): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // gone, or not ours to read
    }
    for (const name of names) {
      const path = join(dir, name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.set(path, stat.mtimeMs);
    }
  };
  walk(root);
  return files;
}

/** Files that are new or changed since `before`. */
export function changedSince(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string[] {
  return [...after].filter(([path, mtime]) => before.get(path) !== mtime).map(([path]) => path);
}
