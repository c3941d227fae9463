// Reads a backup folder without any key: the manifest's format, each file against its size and
// SHA-256, the keyslot file's shape, and that the database copy is not plaintext. Whatever fails
// is named; nothing is written anywhere.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CoreError } from '../errors';
import { fileHeaderIsPlaintext } from '../store/database';
import { keyslotFileSchema, type KeyslotFile } from '../store/keyslot-file';
import { SCHEMA_VERSION } from '../store/migrations';
import { digestFile } from './files';
import { BACKUP_DB_FILE, BACKUP_ERASURES_FILE, BACKUP_FILES, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_KEYS_FILE, MANIFEST_FILE, manifestSchema, type Manifest } from './manifest';

export interface ReadBackup {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly keyslots: KeyslotFile;
  readonly dbPath: string;
  readonly keysPath: string;
  /** The erasure log the backup carries, if it carries one. */
  readonly erasuresPath: string | null;
  /** Bytes of the database copy and the keyslot file together. */
  readonly bytes: number;
}

const damaged = (dir: string, why: string) => new CoreError('store_damaged', `The backup in ${dir} is damaged: ${why}.`);

function readManifest(dir: string): Manifest {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CoreError('not_found', `There is no backup folder at ${dir}.`);
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) throw new CoreError('not_found', `${dir} is not a Threshold backup: it has no ${MANIFEST_FILE}.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw damaged(dir, `its ${MANIFEST_FILE} is not valid JSON`);
  }
  const head = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== BACKUP_FORMAT) throw new CoreError('invalid_input', `${dir} is not a Threshold backup: its ${MANIFEST_FILE} is of another format.`);
  if (head.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new CoreError('store_too_new', `This backup was made by a newer version of Threshold (backup format ${head.data.formatVersion}; this version reads ${BACKUP_FORMAT_VERSION}). Update Threshold to restore it.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success || parsed.data.formatVersion !== BACKUP_FORMAT_VERSION) throw damaged(dir, `its ${MANIFEST_FILE} is incomplete or was edited`);
  return parsed.data;
}

export async function readBackup(dir: string): Promise<ReadBackup> {
  const manifest = readManifest(dir);
  if (manifest.schemaVersion > SCHEMA_VERSION) {
    throw new CoreError('store_too_new', `This backup holds a store from a newer version of Threshold (schema ${manifest.schemaVersion}; this version knows up to ${SCHEMA_VERSION}). Update Threshold to restore it.`);
  }
  let bytes = 0;
  for (const name of BACKUP_FILES) {
    if (!manifest.files.some((f) => f.name === name)) throw damaged(dir, `its ${MANIFEST_FILE} does not list ${name}`);
  }
  if (new Set(manifest.files.map((f) => f.name)).size !== manifest.files.length) throw damaged(dir, `its ${MANIFEST_FILE} lists a file twice`);
  for (const entry of manifest.files) {
    const { name } = entry;
    const path = join(dir, name);
    if (!existsSync(path)) throw damaged(dir, `${name} is missing`);
    const digest = await digestFile(path);
    if (digest.bytes !== entry.bytes) throw damaged(dir, `${name} has ${digest.bytes} bytes, not the ${entry.bytes} its manifest lists (it was cut short or changed)`);
    if (digest.sha256 !== entry.sha256) throw damaged(dir, `${name} does not match its checksum (it was changed after the backup was made)`);
    if (name !== BACKUP_ERASURES_FILE) bytes += digest.bytes;
  }
  const dbPath = join(dir, BACKUP_DB_FILE);
  const keysPath = join(dir, BACKUP_KEYS_FILE);
  if (fileHeaderIsPlaintext(dbPath)) throw damaged(dir, `${BACKUP_DB_FILE} is not encrypted`);
  let keyslots: KeyslotFile;
  try {
    keyslots = keyslotFileSchema.parse(JSON.parse(readFileSync(keysPath, 'utf8')));
  } catch {
    throw damaged(dir, `${BACKUP_KEYS_FILE} is not a keyslot file this version of Threshold reads`);
  }
  if (keyslots.storeId !== manifest.storeId) throw damaged(dir, `${BACKUP_KEYS_FILE} belongs to another store`);
  if (keyslots.masterKeyId !== manifest.masterKeyId && keyslots.pendingMasterKeyId !== manifest.masterKeyId) {
    throw damaged(dir, `${BACKUP_KEYS_FILE} holds no copy of the key its database is encrypted with`);
  }
  const erasuresPath = manifest.files.some((f) => f.name === BACKUP_ERASURES_FILE) ? join(dir, BACKUP_ERASURES_FILE) : null;
  return { dir, manifest, keyslots, dbPath, keysPath, erasuresPath, bytes };
}
