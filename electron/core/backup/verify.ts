// backup.verify: a backup's files against their checksums, then the copy opened with the key
// sealed in the backup's own keyslot file to the signed-in user.
import type { BackupVerified } from '../contract/backup';
import type { UnlockedVault } from '../store/vault';
import { masterKeyBySession } from './backup-keys';
import { absolutePath, checkWithKey } from './check-with-key';
import { readBackup } from './read-backup';

export async function verifyBackup(vault: UnlockedVault, path: string): Promise<BackupVerified> {
  const backup = await readBackup(absolutePath(path, 'path'));
  const key = masterKeyBySession(backup.keyslots, backup.manifest.masterKeyId, vault);
  try {
    checkWithKey(backup, key);
  } finally {
    key.fill(0);
  }
  const { createdAt, schemaVersion, counts } = backup.manifest;
  return { path: backup.dir, createdAt, schemaVersion, records: counts.records, cases: counts.cases, bytes: backup.bytes, verified: true };
}
