// The backup's manifest: what a backup folder holds and what it must match. Its MAC (HMAC-SHA256
// under a key derived from the store's master key) makes an edited manifest detectable by anyone
// who can open the backup; the file checksums alone can be recomputed by whoever edits them.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const BACKUP_FORMAT = 'threshold-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_DB_FILE = 'threshold.db';
export const BACKUP_KEYS_FILE = 'threshold.keys.json';
/**
 * The erasure log kept beside the store (data-protection/erasure-log.ts), carried when it exists:
 * a restore of an older backup needs it to re-apply the erasures made since.
 */
export const BACKUP_ERASURES_FILE = 'threshold.erasures.json';
/** Every backup holds these two; the erasure log only when the store has one. */
export const BACKUP_FILES = [BACKUP_DB_FILE, BACKUP_KEYS_FILE] as const;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

export const storeCountsSchema = z.strictObject({
  records: count,
  recordVersions: count,
  cases: count,
  people: count,
  users: count,
  auditRows: count,
});
export type StoreCounts = z.infer<typeof storeCountsSchema>;

const fileEntry = z.strictObject({ name: z.enum([...BACKUP_FILES, BACKUP_ERASURES_FILE]), bytes: count, sha256 });
export type ManifestFile = z.infer<typeof fileEntry>;

/** The fields the MAC covers, in this order. */
export const manifestBodySchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  storeId: z.uuid(),
  /** The master key the database copy is encrypted with (sealed in the copied keyslot file). */
  masterKeyId: z.string().min(1).max(64),
  schemaVersion: z.number().int().min(1),
  counts: storeCountsSchema,
  auditHead: z.strictObject({ seq: count, hash: sha256 }),
  files: z.array(fileEntry).min(BACKUP_FILES.length).max(BACKUP_FILES.length + 1),
});
export type ManifestBody = z.infer<typeof manifestBodySchema>;

export const manifestSchema = manifestBodySchema.extend({ mac: sha256 });
export type Manifest = z.infer<typeof manifestSchema>;

function canonical(body: ManifestBody): string {
  const { format, formatVersion, createdAt, storeId, masterKeyId, schemaVersion, counts, auditHead, files } = body;
  return JSON.stringify([
    format,
    formatVersion,
    createdAt,
    storeId,
    masterKeyId,
    schemaVersion,
    [counts.records, counts.recordVersions, counts.cases, counts.people, counts.users, counts.auditRows],
    [auditHead.seq, auditHead.hash],
    files.map((f) => [f.name, f.bytes, f.sha256]),
  ]);
}

function macKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'threshold backup manifest v1', 32));
}

export function manifestMac(body: ManifestBody, masterKey: Buffer): string {
  return createHmac('sha256', macKey(masterKey)).update(canonical(body)).digest('hex');
}

export function sealManifest(body: ManifestBody, masterKey: Buffer): Manifest {
  return { ...body, mac: manifestMac(body, masterKey) };
}

export function manifestMacMatches(manifest: Manifest, masterKey: Buffer): boolean {
  const expected = Buffer.from(manifestMac(manifest, masterKey), 'hex');
  return timingSafeEqual(expected, Buffer.from(manifest.mac, 'hex'));
}

export function fileEntryFor(manifest: Manifest, name: ManifestFile['name']): ManifestFile | undefined {
  return manifest.files.find((f) => f.name === name);
}
