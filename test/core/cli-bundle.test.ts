// The command line end to end, in child processes: init a store with the passphrase from a file,
// export a bundle to a private file, import it into another store with --json, and refuse a bad
// bundle in one line, with the core's issues on stdout for --json.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { ok, tempDir } from './support/temp-store';

const temp = tempDir('threshold-cli-');
const PASSPHRASE = 'tamar bridge orchard 8';
const passFile = join(temp.dir, 'pass.txt');
const storeA = join(temp.dir, 'a');
const storeB = join(temp.dir, 'b');
const bundleFile = join(temp.dir, 'cases.bundle.json');
let caseId = '';

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const init = (store: string, login: string) =>
  cli(['init', '--store', store, '--org-name', 'Westcountry Learning Partnership', '--org-address', '12 Quay Street\\nTruro', '--director-name', 'Helen Treloar', '--director-login', login, '--passphrase-file', passFile, '--json']);
const unlocked = (store: string) => ['--store', store, '--login', 'htreloar', '--passphrase-file', passFile];

beforeAll(() => writeFileSync(passFile, `${PASSPHRASE}\n`, { mode: 0o600 }));
afterAll(() => temp.remove());

describe('command line: init, export-bundle, import-bundle', () => {
  it('creates a store with init, taking the passphrase from a file, and refuses a second init', async () => {
    const run = init(storeA, 'htreloar');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ state: 'unlocked', organisation: 'Westcountry Learning Partnership', director: { login: 'htreloar' } });
    const again = init(storeA, 'htreloar');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('threshold: This store has already been set up. Unlock it instead.\n');

    // Some casework to export, written through the core as the app would.
    const core = openCore({ storeDir: storeA });
    try {
      await ok(core, 'session.unlock', { login: 'htreloar', passphrase: PASSPHRASE });
      expect((await ok(core, 'org.get', {})).address).toBe('12 Quay Street\nTruro');
      const tutor = await ok(core, 'people.addStaff', { fullName: 'Owen Jago', staffRole: 'tutor' });
      const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
      const kase = await ok(core, 'cases.create', { clientName: 'Rebecca Hendy', service: 'in_practice_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
      await ok(core, 'records.create', { caseId: kase.id, type: 'session', occurredAt: '2026-09-09T15:00:00Z', fact: 'First lesson: place value.', details: { workerId: tutor.id, kind: 'Maths lesson', location: 'practice', outcome: 'attended', reportFiled: true } });
      caseId = kase.id;
    } finally {
      core.close();
    }
  });

  it('exports a bundle by case reference to a file readable by its owner only', () => {
    const run = cli(['export-bundle', ...unlocked(storeA), '--case', 'TH-0001', '--out', bundleFile, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ cases: [caseId], records: 1, restricted: 'left_out' });
    expect(statSync(bundleFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(bundleFile, 'utf8'))).toMatchObject({ format: 'threshold-case-bundle', formatVersion: 3 });
  });

  it('imports it into another store, printing the ids it created, and matches them on a second import', () => {
    expect(init(storeB, 'htreloar').code).toBe(0);
    const first = cli(['import-bundle', ...unlocked(storeB), bundleFile, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result.cases).toEqual({ created: [caseId], matched: [] });
    expect(result.people.created).toHaveLength(2); // the client and the tutor; the director is matched by login and name
    const second = JSON.parse(cli(['import-bundle', ...unlocked(storeB), bundleFile, '--json']).stdout);
    expect(second).toMatchObject({ cases: { created: [], matched: [caseId] }, records: { created: 0, matched: 1 } });
  });

  it('refuses a bad bundle with one line naming the path, the issues on stdout with --json, and exit 1', () => {
    const bad = JSON.parse(readFileSync(bundleFile, 'utf8'));
    bad.cases[0].records[0].versions[0].details.location = 'the moon';
    const badFile = join(temp.dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const run = cli(['import-bundle', ...unlocked(storeB), badFile, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^threshold: The bundle is not valid, so nothing was imported: cases\[0\]\.records\[0\]\.versions\[0\]\.details\.location: Invalid option/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'invalid_input', issues: [{ path: 'cases[0].records[0].versions[0].details.location' }] } });
    const missing = cli(['export-bundle', ...unlocked(storeB)]);
    expect(missing).toMatchObject({ code: 1, stderr: 'threshold: Say which cases to export: --case ID-OR-REFERENCE (repeatable) or --all.\n' });
  });

  it('builds into one file that plain Node runs', () => {
    const outfile = join(temp.dir, 'threshold.mjs');
    expect(spawnSync(process.execPath, ['scripts/build-cli.mjs', outfile], { encoding: 'utf8' }).status).toBe(0);
    const help = spawnSync(process.execPath, [outfile, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: threshold <command>/);
  });
});
