// The command line over the same core: passphrase sources, typed errors as messages, exit codes,
// and the Node-version guard every entry point runs first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runtimeProblem } from '../../electron/core/store/sqlite';
import { DIRECTOR, setUpStore, type TestStore } from './support/temp-store';

let store: TestStore;
afterEach(() => store?.cleanup());

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function closedStore(): Promise<string> {
  store = await setUpStore();
  store.core.close();
  return store.dir;
}

describe('command line', () => {
  it('verifies the audit trail, taking the passphrase from a file, with --json output', async () => {
    const dir = await closedStore();
    const file = join(dir, '..', `${DIRECTOR.login}-pass.txt`);
    writeFileSync(file, `${DIRECTOR.passphrase}\n`, { mode: 0o600 });
    const run = cli(['verify-audit', '--store', dir, '--login', DIRECTOR.login, '--passphrase-file', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, firstBroken: null });
  });

  it('accepts the environment variable for scripts, with a warning', async () => {
    const dir = await closedStore();
    const run = cli(['verify-audit', '--store', dir, '--login', DIRECTOR.login], { THRESHOLD_PASSPHRASE: DIRECTOR.passphrase });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Warning: taking the passphrase from THRESHOLD_PASSPHRASE/);
    expect(run.stdout).toMatch(/Audit trail intact: \d+ rows\./);
  });

  it('never takes a passphrase from argv, and says a wrong one plainly with a non-zero exit', async () => {
    const dir = await closedStore();
    const fromArgv = cli(['verify-audit', '--store', dir, '--login', DIRECTOR.login, '--passphrase', DIRECTOR.passphrase]);
    expect(fromArgv.code).not.toBe(0);
    expect(fromArgv.stderr).toMatch(/Unknown option '--passphrase'/);
    const wrong = cli(['verify-audit', '--store', dir, '--login', DIRECTOR.login], { THRESHOLD_PASSPHRASE: 'definitely not it' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('threshold: That login name and passphrase do not match.');
    expect(wrong.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('runs the self-test', () => {
    const run = cli(['self-test']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ok {3}key derivation: scrypt matches RFC 7914/);
  });
});

describe('Node-version guard', () => {
  it('names the required version for a runtime that is too old', () => {
    expect(runtimeProblem({ ...process.versions, node: '20.20.2', napi: '9' })).toMatch(/needs Node\.js 22\.12 or newer.*this runtime is Node\.js 20\.20\.2/);
    expect(runtimeProblem({ ...process.versions, node: '22.11.0', napi: '10' })).not.toBeNull();
    expect(runtimeProblem({ ...process.versions, node: '22.12.0', napi: '10' })).toBeNull();
  });

  const oldNode = '/usr/bin/node';
  const oldVersion = existsSync(oldNode) ? execFileSync(oldNode, ['--version'], { encoding: 'utf8' }).trim() : null;
  const isOld = oldVersion !== null && Number(oldVersion.slice(1).split('.')[0]) < 22;
  it.skipIf(!isOld)(`stops every npm entry point on the system's old Node (${oldVersion ?? 'none found'}) with a message, not a crash`, () => {
    const run = spawnSync(oldNode, ['scripts/require-node.cjs'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Threshold needs Node.js 22.12 or newer; this is Node.js ${oldVersion!.slice(1)}.`);
  });
});
