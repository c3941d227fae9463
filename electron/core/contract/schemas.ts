// Field schemas shared by several domains of the contract.
import { z } from 'zod';
import { ROLES } from './define';

export const id = z.uuid('must be an id');
export const personName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(200, 'must be at most 200 characters');
export const login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{1,31}$/, 'must be 2-32 letters, digits, dots, dashes or underscores, starting with a letter');
/** Checked for strength in the core (auth/passphrase-policy); here only bounded. */
export const passphrase = z.string().min(1, 'is required').max(1024, 'must be at most 1024 characters');
export const role = z.enum(ROLES);
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
/**
 * A path on this computer, as every method that reads or writes a file takes it. No file system
 * takes a NUL in a path: Node throws a TypeError for one, which would surface as 'internal'.
 */
export function fileSystemPath(whatFor: string) {
  return z
    .string()
    .trim()
    .min(1, `is required: ${whatFor}`)
    .max(4096, 'must be at most 4,096 characters')
    .refine((path) => !path.includes('\u0000'), 'must not contain a NUL character');
}

export const STAFF_ROLES = [
  'tutor',
  'counsellor',
  'support_worker',
  'mentor',
  'client_manager',
  'clinical_lead',
  'director',
  'reception',
  'appeals_officer',
] as const;
export const staffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRole>;

export const user = z.object({
  id,
  personId: id,
  fullName: z.string(),
  login: z.string(),
  role,
  mustChangePassphrase: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof user>;
