// Builds a scale's stores once: the encrypted store by the generator (in a child process), then
// its unencrypted twin (plain.ts). A pristine pair is kept under the benchmark folder with
// --reuse; each run works on a fresh copy, because the import benchmark adds to the store.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Session } from '../../electron/core/auth/session';
import { GENERATED_DIRECTOR, GENERATED_PASSPHRASE, type GenerateSummary } from '../../electron/core/generate';
import { storePaths } from '../../electron/core/store/paths';
import { makePlainTwin } from './plain';

export interface Built {
  readonly summary: GenerateSummary & { readonly peakRssMB: number };
  /** Wall-clock seconds: the generator's process, and the VACUUM and copy that make the twin. */
  readonly seconds: { readonly generate: number; readonly twin: number };
  readonly bytes: { readonly encrypted: number; readonly plain: number };
  readonly reused: boolean;
}

export interface WorkStores {
  readonly built: Built;
  readonly encDir: string;
  readonly plainPath: string;
  remove(): void;
}

/** Runs a script in a child process (under tsx unless told) and returns its last stdout line. */
export function runChild(args: readonly string[], nodeOptions: readonly string[] = [], withTsx = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, ...(withTsx ? ['--import', 'tsx'] : []), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').at(-1) ?? '') : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * The memory probe as one plain JavaScript file run by plain Node, as the app runs its bundled
 * core: under tsx the same process would carry some 240 MB of transpiler and module graph.
 * Inside the repository (out/ is ignored) so the native store module resolves as in the app.
 */
export async function bundleProbe(): Promise<string> {
  const outfile = 'out/bench/probe.mjs';
  await build({ entryPoints: ['scripts/bench/probe.ts'], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node22.12', external: ['better-sqlite3-multiple-ciphers'], logLevel: 'warning' });
  return outfile;
}

/** Runs a bundled script with plain Node and returns its last stdout line. */
export function runPlainNode(file: string, args: readonly string[]): Promise<string> {
  return runChild([file, ...args], [], false);
}

const clock = { now: () => new Date() };

async function buildPristine(dir: string, scale: number): Promise<Built> {
  rmSync(dir, { recursive: true, force: true });
  const encDir = join(dir, 'enc');
  let t = performance.now();
  const summary = JSON.parse(await runChild(['scripts/bench/generate-child.ts', encDir, String(scale)])) as Built['summary'];
  const generate = (performance.now() - t) / 1000;
  t = performance.now();
  const session = new Session(storePaths(encDir), clock);
  await session.unlock({ login: GENERATED_DIRECTOR.login, passphrase: GENERATED_PASSPHRASE });
  try {
    makePlainTwin(session.require().vault.db, join(dir, 'plain.db'));
    session.require().vault.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    session.lock();
  }
  const built: Built = {
    summary,
    seconds: { generate, twin: (performance.now() - t) / 1000 },
    bytes: { encrypted: statSync(storePaths(encDir).db).size, plain: statSync(join(dir, 'plain.db')).size },
    reused: false,
  };
  writeFileSync(join(dir, 'built.json'), JSON.stringify(built));
  return built;
}

export async function workStores(root: string, scale: number, reuse: boolean): Promise<WorkStores> {
  const pristine = join(root, `scale-${scale}`, 'pristine');
  const marker = join(pristine, 'built.json');
  const built: Built = reuse && existsSync(marker) ? { ...(JSON.parse(readFileSync(marker, 'utf8')) as Built), reused: true } : await buildPristine(pristine, scale);
  const work = join(root, `scale-${scale}`, 'work');
  rmSync(work, { recursive: true, force: true });
  cpSync(pristine, work, { recursive: true });
  return {
    built,
    encDir: join(work, 'enc'),
    plainPath: join(work, 'plain.db'),
    remove: () => {
      rmSync(work, { recursive: true, force: true });
      if (!reuse) rmSync(pristine, { recursive: true, force: true });
    },
  };
}
