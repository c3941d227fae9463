// flags on the command line: every flag with its evidence, for one case or all, as of a date.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFixture, contactInput, type CaseFixture } from './support/case-fixture';
import { DIRECTOR, ok } from './support/temp-store';

let f: CaseFixture;
let textId = '';
beforeAll(async () => {
  f = await caseFixture();
  textId = (await ok(f.store.core, 'records.create', contactInput(f, '2026-10-05T19:00:00Z', 'Texted the tutor.', { medium: 'text_message', line: 'personal_phone_shown' }))).id;
  f.store.core.close();
});
afterAll(() => f.store.cleanup());

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { encoding: 'utf8', env: { ...process.env, THRESHOLD_PASSPHRASE: DIRECTOR.passphrase }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^Warning: taking the passphrase.*\n/m, '') };
}

describe('command line: flags', () => {
  it('prints a case’s flags with their evidence as JSON, and evaluates as of a date', () => {
    const base = ['flags', '--store', f.store.dir, '--login', DIRECTOR.login, '--json'];
    const run = cli([...base, '--case', 'TH-0001']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { asOf: string; cases: { reference: string; caseId: string; flags: { id: string; evidence: string[] }[] }[] };
    expect(out.cases).toHaveLength(1);
    expect(out.cases[0]).toMatchObject({ reference: 'TH-0001', caseId: f.kase.id });
    expect(out.cases[0]?.flags).toEqual([expect.objectContaining({ id: 'PAIR-2', evidence: [textId] })]);

    const before = JSON.parse(cli([...base, '--all', '--at', '2026-10-04']).stdout) as typeof out;
    expect(before.asOf).toBe('2026-10-04');
    expect(before.cases[0]?.flags).toEqual([]);
  });

  it('prints sentences for people, and refuses a bad date or a missing case in one line', () => {
    const human = cli(['flags', '--store', f.store.dir, '--login', DIRECTOR.login, '--case', f.kase.id]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/TH-0001: 1 flag\(s\) as of \d{4}-\d{2}-\d{2}/);
    expect(human.stdout).toContain('Contact through a text message from a personal phone on 5 October 2026.');

    const badDate = cli(['flags', '--store', f.store.dir, '--login', DIRECTOR.login, '--all', '--at', '31/12/2026']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toBe('threshold: --at must be a date written YYYY-MM-DD, such as 2026-03-31 (got "31/12/2026").\n');
    const missing = cli(['flags', '--store', f.store.dir, '--login', DIRECTOR.login, '--case', 'TH-0099']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('threshold: There is no case with the id or reference "TH-0099".\n');
  });
});
