// backup.create on a store in use: a snapshot taken while other calls write, checked through,
// written atomically with owner-only permissions, audited, and refused where it must be.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, manifestSchema } from '../../../electron/core/backup/manifest';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { DIRECTOR, ok } from '../support/temp-store';
import { addContact, backupFixture, MANAGER, modeOf, type BackupFixture } from './fixture';

// One store for the file (each user's key derivation costs a second): every test writes its own backup folder.
let f: BackupFixture;
beforeAll(async () => {
  f = await backupFixture();
});
afterAll(() => f?.cleanup());

describe('backup.create', () => {
  it('takes a consistent, verified backup while other calls keep writing', async () => {
    const before = (await ok(f.store.core, 'chronology.list', { caseId: f.kase.id })).total;
    const destination = join(f.out, 'monday');
    const backupCall = ok(f.store.core, 'backup.create', { destination });
    let backupDone = false;
    void backupCall.then(
      () => (backupDone = true),
      () => (backupDone = true),
    );
    // Writes sent while the backup runs: served between its steps, after its snapshot.
    const during: boolean[] = [];
    const writes = Array.from({ length: 6 }, (_, i) =>
      addContact(f.store.core, f.kase, f.tutor, `2026-10-${10 + i}T09:00:00Z`, `Call during backup ${i}.`).then(() => during.push(!backupDone)),
    );
    const backup = await backupCall;

    const more = Array.from({ length: 3 }, (_, i) => addContact(f.store.core, f.kase, f.tutor, `2026-11-0${i + 1}T09:00:00Z`, `Call after backup ${i}.`));
    await Promise.all([...writes, ...more]);

    expect(backup).toMatchObject({ path: destination, verified: true, schemaVersion: SCHEMA_VERSION, cases: 1 });
    // The snapshot came first (the call was sent first and takes it at once); every write sent
    // after it was served before the backup finished, and none of them is in it.
    expect(backup.records).toBe(before);
    expect(during).toEqual([true, true, true, true, true, true]);
    expect((await ok(f.store.core, 'chronology.list', { caseId: f.kase.id })).total).toBe(before + 9);

    expect(readdirSync(destination).sort()).toEqual(['manifest.json', 'threshold.db', 'threshold.keys.json']);
    expect(readdirSync(f.out).filter((name) => name.startsWith('.'))).toEqual([]); // no temporary folder left beside it
    expect(modeOf(destination)).toBe(0o700);
    for (const name of readdirSync(destination)) expect(modeOf(join(destination, name)), name).toBe(0o600);

    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(destination, 'manifest.json'), 'utf8')));
    expect(manifest).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: SCHEMA_VERSION, createdAt: backup.createdAt });
    expect(manifest.counts.records).toBe(backup.records);
    expect(manifest.files.map((file) => file.name)).toEqual(['threshold.db', 'threshold.keys.json']);
    expect(manifest.files.reduce((n, file) => n + file.bytes, 0)).toBe(backup.bytes);

    // The live store keeps working, records the backup in its audit trail, and the chain verifies.
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true });
    expect(await ok(f.store.core, 'backup.verify', { path: destination })).toMatchObject({ verified: true, records: backup.records });
  });

  it('takes two backups in a row, the second holding what was written between them', async () => {
    const first = await ok(f.store.core, 'backup.create', { destination: join(f.out, 'one') });
    await addContact(f.store.core, f.kase, f.tutor, '2026-10-20T09:00:00Z', 'One more call.');
    const second = await ok(f.store.core, 'backup.create', { destination: join(f.out, 'two') });
    expect(second.records).toBe(first.records + 1);
  });

  it('refuses a destination that exists, a relative path, a missing parent and the store folder, leaving nothing', async () => {
    mkdirSync(join(f.out, 'taken'));
    const refusals = [
      [join(f.out, 'taken'), 'conflict', /already exists\. A backup never replaces anything/],
      ['relative/backup', 'invalid_input', /must be a full path/],
      [join(f.out, 'no-such-folder', 'backup'), 'not_found', /does not exist\. Choose an existing folder/],
      [join(f.store.dir, 'inside'), 'invalid_input', /must be outside the store folder/],
      [join(f.out, 'n'.repeat(300)), 'invalid_input', /is too long for the file system/],
    ] as const;
    for (const [destination, code, message] of refusals) {
      const refused = await f.store.core.invoke('backup.create', { destination });
      expect(refused, destination).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    }
    expect(readdirSync(f.out).filter((name) => !['monday', 'one', 'two'].includes(name))).toEqual(['taken']);
    expect(readdirSync(join(f.out, 'taken'))).toEqual([]);
    expect(existsSync(join(f.store.dir, 'inside'))).toBe(false);
  });

  it('is the director\'s: a client manager is refused, and nobody while locked', async () => {
    await ok(f.store.core, 'session.lock', {});
    expect(await f.store.core.invoke('backup.create', { destination: join(f.out, 'x') })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    await ok(f.store.core, 'session.unlock', MANAGER);
    const refused = await f.store.core.invoke('backup.create', { destination: join(f.out, 'x') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Only the director') } });
    expect(await f.store.core.invoke('backup.verify', { path: join(f.out, 'x') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(existsSync(join(f.out, 'x'))).toBe(false);
    await ok(f.store.core, 'session.lock', {});
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  });
});
