// Files the command line reads and writes. A bundle holds personal data, so it is written readable
// by its owner only, and atomically: a crash leaves the old file or the new one, never half of one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Core } from '../core';
import type { CaseSummary } from '../core/contract';
import { call, CliError } from './context';

export function writePrivateFile(path: string, text: string): string {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, target);
  return target;
}

/** A file's text, or standard input for "-". */
export function readInput(path: string | undefined, what: string): string {
  if (path === undefined) throw new CliError(`Give the ${what} file to read (or - for standard input).`);
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new CliError(`Could not read ${path === '-' ? 'standard input' : path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Case ids for what the user typed: an id or a reference such as TH-0007. */
export async function resolveCases(core: Core, wanted: readonly string[]): Promise<string[]> {
  return (await resolveCaseSummaries(core, wanted)).map((c) => c.id);
}

/** The cases for what the user typed, with their references for the messages that name them. */
export async function resolveCaseSummaries(core: Core, wanted: readonly string[]): Promise<CaseSummary[]> {
  const cases = await call(core, 'cases.list', {});
  return wanted.map((w) => {
    const found = cases.find((c) => c.id === w || c.reference.toLowerCase() === w.toLowerCase());
    if (!found) throw new CliError(`There is no case with the id or reference "${w}".`);
    return found;
  });
}
