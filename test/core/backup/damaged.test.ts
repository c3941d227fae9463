// A damaged backup is refused with a message naming what is wrong, and nothing is written at the
// destination: flipped bytes, a truncated database, a missing keyslot file, an edited manifest,
// another format or a newer one, and a changed page whose checksum was "fixed" by someone with
// the key (the cipher's own page tag catches that one). backup.verify says the same.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { masterKeyByPassphrase } from '../../../electron/core/backup/backup-keys';
import { digestFile } from '../../../electron/core/backup/files';
import { manifestSchema, sealManifest } from '../../../electron/core/backup/manifest';
import type { BackupCreated } from '../../../electron/core/contract';
import { readKeyslotFile } from '../../../electron/core/store/keyslot-file';
import { DIRECTOR, ok } from '../support/temp-store';
import { backupFixture, type BackupFixture } from './fixture';

let f: BackupFixture;
let good: BackupCreated;
beforeAll(async () => {
  f = await backupFixture();
  good = await ok(f.store.core, 'backup.create', { destination: join(f.out, 'good') });
});
afterAll(() => f?.cleanup());

let copies = 0;
/** A fresh copy of the good backup, damaged by `damage`. */
function damagedCopy(damage: (dir: string) => void | Promise<void>): Promise<string> {
  const dir = join(f.out, `copy-${++copies}`);
  cpSync(good.path, dir, { recursive: true });
  return Promise.resolve(damage(dir)).then(() => dir);
}

const manifestPath = (dir: string) => join(dir, 'manifest.json');
const readManifest = (dir: string): Record<string, unknown> => JSON.parse(readFileSync(manifestPath(dir), 'utf8')) as Record<string, unknown>;
const writeManifest = (dir: string, value: unknown) => writeFileSync(manifestPath(dir), JSON.stringify(value));

function flipByte(path: string, at: (size: number) => number): void {
  const bytes = readFileSync(path);
  const i = at(bytes.length);
  bytes[i] = (bytes[i] ?? 0) ^ 0xff;
  writeFileSync(path, bytes);
}

async function expectRefused(dir: string, code: string, message: RegExp): Promise<void> {
  const target = join(f.out, `target-${copies}`);
  const refused = await f.store.core.invoke('backup.restore', { backupPath: dir, destinationDir: target, ...DIRECTOR });
  expect(refused).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
  if (!refused.ok) expect(refused.error.message).toContain(`Nothing was restored to ${target}.`);
  expect(existsSync(target)).toBe(false);
}

describe('a damaged backup is refused', () => {
  it('refuses flipped bytes in the database (checksum)', async () => {
    const dir = await damagedCopy((d) => flipByte(join(d, 'threshold.db'), (n) => Math.floor(n / 2)));
    await expectRefused(dir, 'store_damaged', /is damaged: threshold\.db does not match its checksum/);
    expect(await f.store.core.invoke('backup.verify', { path: dir })).toMatchObject({ ok: false, error: { code: 'store_damaged', message: expect.stringContaining('does not match its checksum') } });
  });

  it('refuses a truncated database', async () => {
    const dir = await damagedCopy((d) => truncateSync(join(d, 'threshold.db'), 8192));
    await expectRefused(dir, 'store_damaged', /threshold\.db has 8192 bytes, not the \d+ its manifest lists/);
  });

  it('refuses a backup without its keyslot file', async () => {
    const dir = await damagedCopy((d) => rmSync(join(d, 'threshold.keys.json')));
    await expectRefused(dir, 'store_damaged', /is damaged: threshold\.keys\.json is missing/);
  });

  it('refuses an edited manifest: its seal no longer matches', async () => {
    const dir = await damagedCopy((d) => {
      const manifest = readManifest(d) as { counts: { records: number } };
      manifest.counts.records += 1;
      writeManifest(d, manifest);
    });
    await expectRefused(dir, 'store_damaged', /its manifest was changed after the backup was made/);
    expect(await f.store.core.invoke('backup.verify', { path: dir })).toMatchObject({ ok: false, error: { message: expect.stringContaining('its manifest was changed') } });
  });

  it('refuses another format, a newer format, a manifest that is not JSON and a folder with no manifest', async () => {
    await expectRefused(await damagedCopy((d) => writeManifest(d, { ...readManifest(d), format: 'something-else' })), 'invalid_input', /is not a Threshold backup: its manifest\.json is of another format/);
    await expectRefused(await damagedCopy((d) => writeManifest(d, { ...readManifest(d), formatVersion: 2 })), 'store_too_new', /made by a newer version of Threshold \(backup format 2/);
    await expectRefused(await damagedCopy((d) => writeFileSync(manifestPath(d), '{"format": "threshold-backup", ')), 'store_damaged', /its manifest\.json is not valid JSON/);
    await expectRefused(await damagedCopy((d) => rmSync(manifestPath(d))), 'not_found', /is not a Threshold backup: it has no manifest\.json/);
  });

  it('refuses a changed page even when its checksum and seal were redone with the key: the page tag fails', async () => {
    const dir = await damagedCopy(async (d) => {
      const db = join(d, 'threshold.db');
      flipByte(db, (n) => n - 200); // inside the last page's encrypted contents
      const manifest = manifestSchema.parse(readManifest(d));
      const { key } = await masterKeyByPassphrase(readKeyslotFile(join(d, 'threshold.keys.json')), manifest.masterKeyId, DIRECTOR.login, DIRECTOR.passphrase);
      const files = [{ name: 'threshold.db' as const, ...(await digestFile(db)) }, manifest.files[1]!];
      const { mac: _mac, ...body } = manifest;
      writeManifest(d, sealManifest({ ...body, files }, key));
    });
    await expectRefused(dir, 'store_damaged', /part of its database fails its integrity check/);
  });

  it('writes nothing into an existing empty destination either', async () => {
    const dir = await damagedCopy((d) => flipByte(join(d, 'threshold.db'), () => 5000));
    const target = join(f.out, 'empty-target');
    mkdirSync(target);
    const refused = await f.store.core.invoke('backup.restore', { backupPath: dir, destinationDir: target, ...DIRECTOR });
    expect(refused.ok).toBe(false);
    expect(readdirSync(target)).toEqual([]);
    // The good backup still restores.
    expect(await ok(f.store.core, 'backup.restore', { backupPath: good.path, destinationDir: target, ...DIRECTOR })).toMatchObject({ records: good.records });
  });
});
