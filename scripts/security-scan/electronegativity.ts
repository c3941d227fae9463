// Runs electronegativity through npx, pinned, never installed into the project (it brings an old
// TypeScript and eslint with it). Two runs over the same folder:
//  1. the scan, written as SARIF (-o), which is what gets judged;
//  2. a parse check: with -o the scanner stays silent about files it could not parse, and a file
//     it could not parse is a file it did not scan. So the same folder is read once more in its
//     console mode, which prints "Error parsing <file>" for each; any such line fails the scan.
// The scanner asks the network for translations (and, in the excluded check, for Electron's
// release index); offline-got.cjs answers those requests "offline" at once (see there why).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const TOOL = '@doyensec/electronegativity@1.10.3';

export interface ScanRequest {
  readonly stageDir: string;
  readonly sarifPath: string;
  /** Check class names for -x. */
  readonly excludedChecks: readonly string[];
  /** The Electron version the app runs on: the scanner judges defaults by it. */
  readonly electronVersion: string;
  readonly scriptsDir: string;
}

export interface ScanRun {
  /** "Error parsing <file> - <why>": files the scanner could not read, so did not scan. */
  readonly parseErrors: readonly string[];
  /** "Tolerable error parsing ...": read, with a warning, and scanned. */
  readonly parseWarnings: readonly string[];
}

const ANSI = /\u001b\[[0-9;]*m/g;

function npx(args: readonly string[], scriptsDir: string): { status: number | null; output: string } {
  const offline = join(scriptsDir, 'offline-got.cjs');
  const nodeOptions = [process.env['NODE_OPTIONS'], `--require=${JSON.stringify(offline)}`].filter(Boolean).join(' ');
  const result = spawnSync('npx', ['--yes', TOOL, ...args], {
    encoding: 'utf8',
    // The first run downloads the tool and its dependencies from the registry.
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: nodeOptions, LANG: 'en-US', FORCE_COLOR: '0' },
  });
  if (result.error) throw new Error(`Could not run npx ${TOOL}: ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(ANSI, '') };
}

export function runElectronegativity(request: ScanRequest): ScanRun {
  const common = ['-i', request.stageDir, '-e', request.electronVersion];
  const excluded = request.excludedChecks.length > 0 ? ['-x', request.excludedChecks.join(',')] : [];
  const scan = npx([...common, ...excluded, '-r', '-o', request.sarifPath], request.scriptsDir);
  if (scan.status !== 0 || !existsSync(request.sarifPath)) {
    throw new Error(`${TOOL} failed (exit ${scan.status}) without writing ${request.sarifPath}:\n${scan.output.trim()}`);
  }
  // One cheap check is enough: every file is parsed whichever checks run.
  const parse = npx([...common, '-l', 'CSPHTMLCheck', '-v', 'false'], request.scriptsDir);
  if (parse.status !== 0) throw new Error(`${TOOL} (parse check) failed (exit ${parse.status}):\n${parse.output.trim()}`);
  const lines = parse.output.split('\n').map((line) => line.trim());
  return { parseErrors: lines.filter((line) => line.startsWith('Error parsing')), parseWarnings: lines.filter((line) => line.startsWith('Tolerable error parsing')) };
}
