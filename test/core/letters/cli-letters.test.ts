// The letter commands on the command line, each in a child process as a named user with the
// passphrase from the environment: `letter` drafts (and with --sign signs) and writes the PDF,
// `verify-letters` re-verifies every signed letter; bad options are refused before unlocking.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../electron/core/contract';
import { DIRECTOR } from '../support/temp-store';
import { setUpTeam, type Member, type Team } from '../support/team';
import { pdfText } from './pdf-text';

const TEAM_PASSPHRASE = 'copper meadow violin 77';
let t: Team;
let kase: CaseSummary;

beforeAll(async () => {
  t = await setUpTeam({ at: new Date() });
  kase = await t.newCase('counselling_short_term', 'Zoë Ørsted-Łukasiewicz');
  t.store.core.close(); // the command line opens the store itself
}, 120_000);
afterAll(() => t.store.cleanup());

function cli(who: Member, args: string[]) {
  const login = who === 'director' ? DIRECTOR.login : t.users[who].login;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args, '--store', t.store.dir, '--login', login], {
    encoding: 'utf8',
    env: { ...process.env, THRESHOLD_PASSPHRASE: who === 'director' ? DIRECTOR.passphrase : TEAM_PASSPHRASE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^Warning: taking the passphrase.*\n/m, '') };
}

describe('letter and verify-letters', () => {
  it('signs a client manager’s letter as the case’s client manager and writes its PDF; verify-letters then passes', () => {
    const out = join(t.store.dir, 'end.pdf');
    const run = cli('clientManager', ['letter', '--case', kase.reference, '--type', 'end_of_short_term_counselling', '--out', out, '--sign']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${kase.reference}/L1 end of short term counselling: signed by Priya Natarajan, SHA-256 [0-9a-f]{64}; 1 page\\(s\\) written to`));
    const text = pdfText(readFileSync(out));
    expect(text).toContain('Dear Zoë Ørsted-Łukasiewicz');
    expect(text).toContain('The end of your short-term counselling');
    const verified = cli('director', ['verify-letters']);
    expect(verified.stdout).toContain('1 of 1 signed letters verify');
    expect(verified.code).toBe(0);
  }, 60_000);

  it('refuses a letter with nothing to draft it from, naming what it needs, and writes nothing', () => {
    const out = join(t.store.dir, 'none.pdf');
    const run = cli('clientManager', ['letter', '--case', kase.reference, '--type', 'written_warning', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No written warning letter can be drafted for this case as of today: it follows a recorded written warning that is live/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses an unknown type and an existing file before unlocking', () => {
    const bad = cli('clientManager', ['letter', '--case', kase.reference, '--type', 'love_letter', '--out', join(t.store.dir, 'x.pdf')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--type/);
    const existing = join(t.store.dir, 'taken.pdf');
    writeFileSync(existing, 'keep me');
    const taken = cli('clientManager', ['letter', '--case', kase.reference, '--type', 'end_of_short_term_counselling', '--out', existing]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already exists/);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  }, 60_000);
});
