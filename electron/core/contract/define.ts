// The building blocks of the API contract. Environment-neutral: no `node:` imports and no DOM,
// because the renderer, the preload, main, the core and the tests all import this.
import type { z } from 'zod';

export const ROLES = ['director', 'client_manager', 'clinical_lead', 'appeals_officer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a method:
 * - 'anyone': no unlocked session needed (setup, unlock, status, self-test);
 * - 'signed-in': any unlocked user;
 * - a list of roles: only an unlocked user holding one of them.
 */
export type Access = 'anyone' | 'signed-in' | readonly Role[];

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  /** Long operations stream progress events and honour cancellation. */
  readonly progress?: boolean;
  /** One line for docs and error messages. */
  readonly summary: string;
}

/** Declares a method and keeps its literal types (`satisfies` would widen the schema types). */
export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_signed_in',
  'forbidden',
  'passphrase_change_required',
  'wrong_credentials',
  'weak_passphrase',
  'store_missing',
  'store_exists',
  'store_locked',
  'store_too_new',
  'store_damaged',
  'disk_full',
  'cipher_inactive',
  'keyslot_invalid',
  'not_found',
  'conflict',
  /** A policy guard (G-1..G-7 of SPEC section 4) refused: the message names the guard and cites the policy. */
  'guard_refused',
  'cancelled',
  'runtime_unsupported',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  /** For invalid_input: which fields were wrong, so forms can show each message beside its field. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label?: string;
}
