// backup.create: a new backup folder, written atomically. Everything goes into a hidden folder
// beside the destination (so the final rename stays on one file system); the copy is checked
// through with its key; the manifest is written last; then one rename makes the backup appear.
// A failure at any step removes the hidden folder and leaves nothing at the destination.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import type { BackupCreated } from '../contract/backup';
import { CoreError } from '../errors';
import type { Writer } from '../records/record-service';
import { digestFile, fileProblem, fsyncPath, removeQuietly, writeNewPrivateFile } from './files';
import { inspectCopy } from './inspect-copy';
import { BACKUP_DB_FILE, BACKUP_ERASURES_FILE, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_KEYS_FILE, MANIFEST_FILE, sealManifest, type ManifestFile } from './manifest';
import type { Steps } from '../steps';
import { stepsOf } from '../steps';
import type { CallContext } from '../router';
import { takeSnapshot } from './snapshot';

const refuse = (message: string) => new CoreError('invalid_input', message, [{ path: 'destination', message }]);

/** The backup folder to create: absolute, new, in an existing folder, outside the store's own. */
export function backupTarget(destination: string, storeDir: string): string {
  if (!isAbsolute(destination)) throw refuse('must be a full path to the new backup folder, such as /media/usb/threshold-backup');
  const target = resolve(destination);
  const parent = dirname(target);
  if (existsSync(target)) throw new CoreError('conflict', `${target} already exists. A backup never replaces anything: choose a new folder name.`, [{ path: 'destination', message: 'already exists: a backup never replaces anything, so choose a new folder name' }]);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new CoreError('not_found', `The folder ${parent} does not exist. Choose an existing folder to put the backup in.`, [{ path: 'destination', message: `is in a folder that does not exist (${parent})` }]);
  const inside = relative(resolve(storeDir), target);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) throw refuse('must be outside the store folder: a backup belongs on another disk');
  return target;
}

async function writeBackup(w: Writer, target: string, steps: Steps): Promise<BackupCreated> {
  const staging = join(dirname(target), `.${basename(target)}.partial-${randomBytes(4).toString('hex')}`);
  let masterKey: Buffer | null = null;
  try {
    mkdirSync(staging, { mode: 0o700 });
    steps.first('Copying the store');
    const snap = takeSnapshot(w.vault, staging);
    masterKey = snap.masterKey;
    // From here on the copy is on its own: other calls (writes included) are served meanwhile,
    // and a cancel is heard (the hidden folder is removed below, so nothing is left).
    await steps.next('Checking the copy');
    fsyncPath(snap.dbPath);
    const db = await digestFile(snap.dbPath);
    const keys = await digestFile(snap.keysPath);
    const erasures: ManifestFile[] = snap.erasuresPath ? [{ name: BACKUP_ERASURES_FILE, ...(await digestFile(snap.erasuresPath)) }] : [];
    inspectCopy(snap.dbPath, snap.masterKey, snap.facts, 'The new backup');
    await steps.next('Sealing the backup');
    const manifest = sealManifest(
      {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: w.at.toISOString(),
        storeId: snap.storeId,
        masterKeyId: snap.masterKeyId,
        schemaVersion: snap.facts.schemaVersion,
        counts: snap.facts.counts,
        auditHead: snap.facts.auditHead,
        files: [
          { name: BACKUP_DB_FILE, ...db },
          { name: BACKUP_KEYS_FILE, ...keys },
          ...erasures,
        ],
      },
      snap.masterKey,
    );
    writeNewPrivateFile(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncPath(staging);
    if (existsSync(target)) throw new CoreError('conflict', `${target} appeared while the backup was being written; the backup was not kept. Choose a new folder name.`);
    renameSync(staging, target);
    fsyncPath(dirname(target));
    const { createdAt, schemaVersion, counts } = manifest;
    return { path: target, createdAt, schemaVersion, records: counts.records, cases: counts.cases, bytes: db.bytes + keys.bytes, verified: true };
  } catch (error) {
    removeQuietly(staging);
    throw fileProblem(error, dirname(target));
  } finally {
    masterKey?.fill(0);
  }
}

export async function createBackup(w: Writer, destination: string, ctx: CallContext): Promise<BackupCreated> {
  const result = await writeBackup(w, backupTarget(destination, w.vault.paths.dir), stepsOf(ctx, 3, 'The backup'));
  // The audit row goes to the live store; if it was locked meanwhile, the backup still stands.
  if (w.db.open) {
    const after = { path: result.path, records: result.records, bytes: result.bytes };
    w.db.transaction(() => appendAudit(w.db, { actorUserId: w.user.id, action: 'store.backup', entity: 'store', entityId: null, keyId: ORG_KEY, before: null, after }, w.at))();
  }
  return result;
}
