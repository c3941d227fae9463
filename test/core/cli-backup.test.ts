// The backup and restore commands end to end, in child processes: write a backup
// with --json, restore it into a new folder that unlocks with the same passphrase, and refuse a
// damaged backup and an existing store in one line each, leaving nothing behind.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { ok, tempDir } from './support/temp-store';

const temp = tempDir('threshold-cli-backup-');
const PASSPHRASE = 'tamar bridge orchard 8';
const passFile = join(temp.dir, 'pass.txt');
const store = join(temp.dir, 'store');
const backupDir = join(temp.dir, 'backup-monday');
const restored = join(temp.dir, 'restored');

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const credentials = ['--login', 'htreloar', '--passphrase-file', passFile];

// The store is set up through the core (init has its own test); every command runs in a child process.
beforeAll(async () => {
  writeFileSync(passFile, `${PASSPHRASE}\n`, { mode: 0o600 });
  const core = openCore({ storeDir: store });
  try {
    await ok(core, 'session.setup', { organisation: { name: 'Westcountry Learning Partnership', address: '12 Quay Street' }, director: { fullName: 'Helen Treloar', login: 'htreloar', passphrase: PASSPHRASE } });
    const tutor = await ok(core, 'people.addStaff', { fullName: 'Owen Jago', staffRole: 'tutor' });
    const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
    await ok(core, 'cases.create', { clientName: 'Rebecca Hendy', service: 'in_practice_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
  } finally {
    core.close();
  }
});
afterAll(() => temp.remove());

describe('command line: backup and restore', () => {
  it('writes a verified backup to a new folder with --out', () => {
    const run = cli(['backup', '--store', store, ...credentials, '--out', backupDir, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ path: backupDir, cases: 1, records: 0, verified: true });
    expect(readdirSync(backupDir).sort()).toEqual(['manifest.json', 'threshold.db', 'threshold.keys.json']);
    expect(statSync(join(backupDir, 'threshold.db')).mode & 0o777).toBe(0o600);
  });

  it('says what it wrote in words without --json', () => {
    const human = cli(['backup', '--store', store, ...credentials, '--out', join(temp.dir, 'backup-tuesday')]);
    expect(human.stdout).toMatch(/^Backup written to .*backup-tuesday: 1 case\(s\), 0 record\(s\), [\d.]+ MB\. Verified: checksums, integrity check, audit chain and counts\./);
  });

  it('restores it into a new folder that unlocks with the same passphrase', async () => {
    const run = cli(['restore', '--from', backupDir, '--store', restored, ...credentials, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ storeDir: restored, cases: 1, records: 0 });
    const core = openCore({ storeDir: restored });
    try {
      await ok(core, 'session.unlock', { login: 'htreloar', passphrase: PASSPHRASE });
      expect((await ok(core, 'cases.list', {})).map((c) => c.clientName)).toEqual(['Rebecca Hendy']);
    } finally {
      core.close();
    }
  });

  it('refuses to restore over an existing store in one line', () => {
    const over = cli(['restore', '--from', backupDir, '--store', restored, ...credentials]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`threshold: ${restored} already holds a Threshold store. A restore never replaces a store: choose a new, empty folder. Nothing was restored to ${restored}.\n`);
  });

  it('refuses a damaged backup in one line, the typed error on stdout with --json, leaving no folder behind', () => {
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    manifest.files[0].sha256 = '0'.repeat(64);
    writeFileSync(join(backupDir, 'manifest.json'), JSON.stringify(manifest));
    const target = join(temp.dir, 'never');
    const damaged = cli(['restore', '--from', backupDir, '--store', target, ...credentials, '--json']);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/^threshold: The backup in .* is damaged: threshold\.db does not match its checksum .* Nothing was restored to .*never\.\n$/);
    expect(damaged.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(damaged.stdout)).toMatchObject({ error: { code: 'store_damaged' } });
    expect(existsSync(target)).toBe(false);
  });

  it('names a missing option', () => {
    expect(cli(['backup', '--store', store, ...credentials])).toMatchObject({ code: 1, stderr: 'threshold: --out PATH is required: the new backup folder to write (it must not exist yet).\n' });
    expect(cli(['restore', '--store', join(temp.dir, 'x'), ...credentials])).toMatchObject({ code: 1, stderr: 'threshold: --from PATH is required: the backup folder to restore.\n' });
  });
});
