// The review pack on the command line: `pack` writes the PDF where --out says (a new file, never
// over another), --redacted names nobody, --all prints every record; bad options are refused in
// one line before the store is unlocked, and the core's refusals (the appeals officer may not
// print a pack) are shown as they are. Each run starts Node with tsx and derives a key: hence the timeouts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../electron/core/calendar';
import type { CaseSummary } from '../../electron/core/contract';
import { DIRECTOR, ok } from './support/temp-store';
import { setUpTeam, type Team } from './support/team';
import { pdfText } from './documents/pdf-text';

const TEAM_PASSPHRASE = 'copper meadow violin 77';
const TODAY = londonDate(new Date());
const daysAgo = (n: number): string => new Date(Date.parse(`${TODAY}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const out = mkdtempSync(join(tmpdir(), 'threshold-cli-pack-'));

let t: Team;
let kase: CaseSummary;

beforeAll(async () => {
  t = await setUpTeam({ at: new Date() });
  kase = await t.newCase('online_tuition', 'Dana Whitfield');
  await t.as('director');
  for (const [days, significant] of [[30, true], [20, false]] as const) {
    await ok(t.store.core, 'records.create', {
      caseId: kase.id,
      type: 'contact',
      occurredAt: `${daysAgo(days)}T21:30:00Z`,
      fact: `FACT-${days} Dana Whitfield phoned Tom Pascoe late.`,
      significant,
      details: { medium: 'phone_call', line: 'practice_mobile', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [t.tutor.id], purpose: 'tuition_or_support', withinAllocatedTimes: false },
    });
  }
  t.store.core.close();
}, 120_000);
afterAll(() => {
  t.store.cleanup();
  rmSync(out, { recursive: true, force: true });
});

function cli(who: 'director' | 'appeals', args: string[]) {
  const login = who === 'director' ? DIRECTOR.login : t.users[who].login;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'pack', '--store', t.store.dir, '--login', login, ...args, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, THRESHOLD_PASSPHRASE: who === 'director' ? DIRECTOR.passphrase : TEAM_PASSPHRASE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^Warning: taking the passphrase.*\n/m, '') };
}

describe('command line: pack', () => {
  it('writes the pack to --out, owner-only, by reference; --all adds every record; an existing file is kept', () => {
    const path = join(out, 'pack.pdf');
    const run = cli('director', ['--case', kase.reference, '--out', path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { path: string; sha256: string; pages: number; reference: string; chronology: string };
    expect(printed).toMatchObject({ path, reference: kase.reference, chronology: 'significant' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = pdfText(readFileSync(path));
    expect(text).toContain('FACT-30 Dana Whitfield phoned Tom Pascoe late.');
    expect(text).not.toContain('FACT-20');

    const again = cli('director', ['--case', kase.reference, '--out', path]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`threshold: --out: ${path} already exists; it was left as it is. Choose another file name.\n`);
    expect(readFileSync(path).length).toBeGreaterThan(0);

    const all = join(out, 'all.pdf');
    expect(cli('director', ['--case', kase.id, '--all', '--out', all]).code).toBe(0);
    expect(pdfText(readFileSync(all))).toContain('FACT-20');
  }, 120_000);

  it('--redacted writes the copy with roles for names', () => {
    const path = join(out, 'redacted.pdf');
    expect(cli('director', ['--case', kase.reference, '--redacted', '--all', '--out', path]).code).toBe(0);
    const text = pdfText(readFileSync(path));
    expect(text).toContain('Redacted copy');
    expect(text).toContain('the client phoned allocated worker (tutor) late.');
    for (const name of ['Dana', 'Whitfield', 'Tom', 'Pascoe']) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
  }, 120_000);

  it('refuses bad options in one line before unlocking, and shows the core’s refusal of the appeals officer', () => {
    const refused = (args: string[]) => {
      const run = cli('director', args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^threshold: [^\n]+\n$/);
      return (JSON.parse(run.stdout) as { error: { code: string; message: string } }).error;
    };
    expect(refused(['--out', join(out, 'x.pdf')])).toEqual({ code: 'invalid_input', message: '--case ID-OR-REFERENCE is required: the case to act on.' });
    expect(refused(['--case', kase.reference])).toEqual({ code: 'invalid_input', message: '--out FILE is required: the PDF file to write.' });
    expect(refused(['--case', kase.reference, '--out', join(out, 'missing', 'x.pdf')]).message).toBe(`--out: the folder ${join(out, 'missing')} does not exist.`);
    expect(refused(['--case', kase.reference, '--at', '31/12/2026', '--out', join(out, 'x.pdf')]).message).toBe('--at must be a date written YYYY-MM-DD, such as 2026-03-31 (got "31/12/2026").');
    expect(refused(['--case', kase.reference, '--level', 'verbal', '--out', join(out, 'x.pdf')]).message).toBe('pack does not take --level. Run with --help for its options.');
    expect(refused(['--case', 'TH-9999', '--out', join(out, 'x.pdf')]).message).toBe('There is no case with the id or reference "TH-9999".');
    const appeals = cli('appeals', ['--case', kase.reference, '--out', join(out, 'x.pdf')]);
    expect(appeals.code).toBe(1);
    expect((JSON.parse(appeals.stdout) as { error: { code: string } }).error.code).toBe('forbidden');
    expect(existsSync(join(out, 'x.pdf'))).toBe(false);
  }, 180_000);
});
