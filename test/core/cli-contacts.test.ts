// import-contacts on the command line: the CSV engineer's contacts.import through the router,
// all rows or none, with one-line refusals.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFixture, type CaseFixture } from './support/case-fixture';
import { DIRECTOR, ok } from './support/temp-store';

let f: CaseFixture;
beforeAll(async () => {
  f = await caseFixture();
  f.store.core.close();
});
afterAll(() => f.store.cleanup());

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { encoding: 'utf8', env: { ...process.env, THRESHOLD_PASSPHRASE: DIRECTOR.passphrase }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^Warning: taking the passphrase.*\n/m, '') };
}

describe('command line: import-contacts', () => {
  it('imports every row of a CSV into the case given by reference, or refuses a bad file in one line', async () => {
    const good = join(f.store.dir, '..', 'calls.csv');
    writeFileSync(good, 'Date,Notes\n01/10/2026 10:00,Asked about homework.\n02/10/2026 16:30,Rang to rearrange.\n');
    const run = cli(['import-contacts', '--store', f.store.dir, '--login', DIRECTOR.login, '--case', 'TH-0001', good, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ caseId: f.kase.id, imported: 2 });

    const bad = join(f.store.dir, '..', 'bad.csv');
    writeFileSync(bad, 'Date,Notes\nnot a date,Asked again.\n');
    const refused = cli(['import-contacts', '--store', f.store.dir, '--login', DIRECTOR.login, '--case', 'TH-0001', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^threshold: 1 row has problems, so nothing was imported\. The first: row 2, column "Date"/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);

    const core = f.store.reopen();
    await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect((await ok(core, 'chronology.list', { caseId: f.kase.id })).total).toBe(2);
  });
});
