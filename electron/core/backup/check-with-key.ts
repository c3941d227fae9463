// The checks a backup passes once its key is known: the manifest's seal, then the database copy
// opened read-only and checked through against the manifest (inspect-copy.ts).
import { isAbsolute, resolve } from 'node:path';
import { CoreError } from '../errors';
import { inspectCopy } from './inspect-copy';
import { manifestMacMatches } from './manifest';
import type { ReadBackup } from './read-backup';

export function checkWithKey(backup: ReadBackup, masterKey: Buffer): void {
  const what = `The backup in ${backup.dir}`;
  if (!manifestMacMatches(backup.manifest, masterKey)) {
    throw new CoreError('store_damaged', `${what} is damaged: its manifest was changed after the backup was made (its seal does not match).`);
  }
  const { schemaVersion, counts, auditHead } = backup.manifest;
  inspectCopy(backup.dbPath, masterKey, { schemaVersion, counts, auditHead }, what);
}

/** An absolute path from the input, normalised, or an invalid_input naming the field. */
export function absolutePath(value: string, field: string): string {
  if (!isAbsolute(value)) {
    const message = 'must be a full (absolute) path';
    throw new CoreError('invalid_input', `${field} ${message}.`, [{ path: field, message }]);
  }
  return resolve(value);
}
