// The data-protection commands end to end, in child processes: a subject access draft written for
// review, its release into a folder, and erase (refused with its reason, then done).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import { ok, tempDir } from '../support/temp-store';

const temp = tempDir('threshold-cli-dp-');
const PASSPHRASE = 'tamar bridge orchard 8';
const passFile = join(temp.dir, 'pass.txt');
const store = join(temp.dir, 'store');
const out = join(temp.dir, 'out');
const unlocked = ['--store', store, '--login', 'htreloar', '--passphrase-file', passFile];

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  writeFileSync(passFile, `${PASSPHRASE}\n`, { mode: 0o600 });
  const init = cli(['init', '--store', store, '--org-name', 'Westcountry Learning Partnership', '--org-address', 'Truro', '--director-name', 'Helen Treloar', '--director-login', 'htreloar', '--passphrase-file', passFile]);
  expect(init.code).toBe(0);
  const core = openCore({ storeDir: store });
  try {
    await ok(core, 'session.unlock', { login: 'htreloar', passphrase: PASSPHRASE });
    const tutor = await ok(core, 'people.addStaff', { fullName: 'Owen Jago', staffRole: 'tutor' });
    const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
    const kase = await ok(core, 'cases.create', { clientName: 'Rebecca Hendy', service: 'in_practice_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
    await ok(core, 'records.create', { caseId: kase.id, type: 'session', occurredAt: '2026-09-09T15:00:00Z', fact: 'First lesson with Owen Jago: place value.', details: { workerId: tutor.id, kind: 'Maths lesson', location: 'practice', outcome: 'attended' } });
    await ok(core, 'dataProtection.holds.set', { target: { kind: 'case', caseId: kase.id }, reason: 'Fee dispute open.' });
  } finally {
    core.close();
  }
  mkdirSync(out);
});
afterAll(() => temp.remove());

describe('command line: subject-access and erase', () => {
  // Each command is a process paying the real KDF cost at unlock: four of them need more than the default minute.
  it('writes a draft for review, then releases it as JSON and PDF into the folder', { timeout: 240_000 }, () => {
    const draft = cli(['subject-access', ...unlocked, '--client', 'TH-0001', '--out', out, '--json']);
    expect(draft.stderr).toBe('');
    expect(draft.code).toBe(0);
    const { draftId, file } = JSON.parse(draft.stdout) as { draftId: string; file: string };
    expect(readFileSync(file, 'utf8')).toContain('First lesson with [tutor]: place value.');

    const unconfirmed = cli(['subject-access', ...unlocked, '--release', draftId, '--out', out]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toContain('--redactions-reviewed');

    const released = cli(['subject-access', ...unlocked, '--release', draftId, '--redactions-reviewed', '--out', out, '--json']);
    expect(released.stderr).toBe('');
    expect(released.code).toBe(0);
    const paths = JSON.parse(released.stdout) as { json: { path: string }; pdf: { path: string } };
    expect(readdirSync(out).sort()).toEqual([file, paths.json.path, paths.pdf.path].map((p) => p.slice(out.length + 1)).sort());
    expect(readFileSync(paths.pdf.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses to erase while a retention hold applies, in one line citing the rule', { timeout: 120_000 }, () => {
    const run = cli(['erase', ...unlocked, '--client', 'TH-0001', '--reason', 'Asked in writing.']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^threshold: Erasure is refused while a retention hold applies \(UK GDPR Art\. 17\(3\)\): case TH-0001 .*\n$/);
    expect(cli(['erase', ...unlocked, '--client', 'TH-0001']).stderr).toBe('threshold: --reason TEXT is required: why the client is erased (without their name).\n');
  });
});
