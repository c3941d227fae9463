// backup.restore: into a folder with no store, never over one. The backup is read and checked
// completely first (manifest, checksums, the login's key, the seal, integrity, audit chain,
// counts); only then is anything written, and a refusal says that nothing was.
import type { BackupRestored, backupMethods } from '../contract/backup';
import type { z } from 'zod';
import { CoreError } from '../errors';
import { storePaths } from '../store/paths';
import { masterKeyByPassphrase } from './backup-keys';
import { absolutePath, checkWithKey } from './check-with-key';
import { fileProblem } from './files';
import { placeStore, refuseExistingStore } from './place-store';
import { readBackup } from './read-backup';

type RestoreInput = z.output<(typeof backupMethods)['backup.restore']['input']>;

async function restore(input: RestoreInput, from: string, to: string, at: Date): Promise<BackupRestored> {
  refuseExistingStore(storePaths(to));
  const backup = await readBackup(from);
  const { key, userId } = await masterKeyByPassphrase(backup.keyslots, backup.manifest.masterKeyId, input.login, input.passphrase);
  try {
    checkWithKey(backup, key);
    await placeStore(backup, to, key, userId, at);
  } finally {
    key.fill(0);
  }
  const { createdAt, schemaVersion, counts } = backup.manifest;
  return { storeDir: to, createdAt, schemaVersion, records: counts.records, cases: counts.cases, bytes: backup.bytes };
}

export async function restoreBackup(input: RestoreInput, at: Date): Promise<BackupRestored> {
  const from = absolutePath(input.backupPath, 'backupPath');
  const to = absolutePath(input.destinationDir, 'destinationDir');
  try {
    return await restore(input, from, to, at);
  } catch (error) {
    const known = fileProblem(error, to);
    if (known instanceof CoreError) throw new CoreError(known.code, `${known.message} Nothing was restored to ${to}.`, known.issues);
    throw known;
  }
}
