// Backup and restore (docs/backup.md). A backup is a folder holding an encrypted copy of the
// database, the keyslot file (so the same passphrases open it) and a manifest with each file's
// SHA-256. Paths are the core's to check (absolute, existing parent, nothing overwritten): this
// file stays environment-neutral.
import { z } from 'zod';
import { method } from './define';
import { fileSystemPath, passphrase } from './schemas';

const folderPath = fileSystemPath('the folder or file');

const backupFacts = {
  /** When the copy was taken (the moment of the snapshot). */
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  /** Chronology records in the copy (every record, not every version). */
  records: z.number().int(),
  cases: z.number().int(),
  /** Bytes of the database copy and the keyslot file together. */
  bytes: z.number().int(),
};

export const backupCreated = z.object({ path: z.string(), ...backupFacts, verified: z.literal(true) });
export type BackupCreated = z.infer<typeof backupCreated>;

export const backupVerified = z.object({ path: z.string(), ...backupFacts, verified: z.literal(true) });
export type BackupVerified = z.infer<typeof backupVerified>;

export const backupRestored = z.object({ storeDir: z.string(), ...backupFacts });
export type BackupRestored = z.infer<typeof backupRestored>;

export const backupMethods = {
  // The backup holds everything, restricted records and every user's keyslot included: taking a
  // copy of the whole organisation's casework out of the app is the director's decision.
  'backup.create': method({
    summary: 'Write an encrypted, verified backup of the whole store to a new folder',
    access: ['director'],
    progress: true,
    input: z.object({
      /** The backup folder to create (absolute; it must not exist yet, its parent must). */
      destination: folderPath,
    }),
    output: backupCreated,
  }),
  'backup.verify': method({
    summary: 'Check a backup: its files against their checksums, then the copy opened with its key',
    access: ['director'],
    input: z.object({ path: folderPath }),
    output: backupVerified,
  }),
  // No store needs to be open: a restore goes into a folder with no store in it, and proves
  // itself by opening the backup with a login and passphrase it holds before writing anything.
  'backup.restore': method({
    summary: 'Restore a backup into a folder that holds no store, after checking it completely',
    access: 'anyone',
    input: z.object({
      backupPath: folderPath,
      destinationDir: folderPath,
      login: z.string().trim().toLowerCase().min(1, 'is required').max(64),
      passphrase,
    }),
    output: backupRestored,
  }),
};
