// The messages between Electron's main process and the core process (or a worker thread under
// Node). Environment-neutral: no `node:` imports and no Electron, so both ends and the tests share
// one definition. Each end parses what it receives, because a message port carries anything.
import { z } from 'zod';
import { ERROR_CODES, type ApiError, type Progress, type Result } from './contract/define';
import { selfTestReport, type SelfTestReport } from './contract/system';

/** Call ids come from the renderer through main: bounded, plain text, never used as a key elsewhere. */
export const callId = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'must be 1-100 letters, digits, dots, dashes, colons or underscores');

const apiError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() }).readonly()).readonly().optional(),
}) satisfies z.ZodType<ApiError>;

const result = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiError }),
]) satisfies z.ZodType<Result<unknown>>;

const progress = z.object({
  done: z.number(),
  total: z.number(),
  label: z.string().optional(),
}) satisfies z.ZodType<Progress>;

// Main -> core.
const toCore = z.discriminatedUnion('type', [
  z.object({ type: z.literal('invoke'), id: callId, method: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('cancel'), id: callId }),
  /** Finish or abort what is running, close the store, answer 'closed'. */
  z.object({ type: z.literal('shutdown') }),
]);

// Core -> main.
const fromCore = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), selfTest: selfTestReport }),
  z.object({ type: z.literal('result'), id: callId, result }),
  z.object({ type: z.literal('progress'), id: callId, progress }),
  /** The answer to a message so malformed that it carried no usable call id. */
  z.object({ type: z.literal('unreadable'), error: apiError }),
  z.object({ type: z.literal('closed') }),
]);

export type ToCore = z.infer<typeof toCore>;
export type FromCore = z.infer<typeof fromCore>;
export type { SelfTestReport };

export type Parsed<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly problem: string };

function parseWith<T>(schema: z.ZodType<T>, raw: unknown): Parsed<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  const problem = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(message)'} ${i.message}`).join('; ');
  return { ok: false, problem };
}

export const parseToCore = (raw: unknown): Parsed<ToCore> => parseWith(toCore, raw);
export const parseFromCore = (raw: unknown): Parsed<FromCore> => parseWith(fromCore, raw);

/** The call id of a message that failed to parse, if it has a usable one, so the caller still gets an answer. */
export function salvageCallId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = callId.safeParse(raw.id);
  return id.success ? id.data : null;
}
