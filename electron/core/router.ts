// The core router: validate input against the contract, authorise, call the service, and
// answer with a Result. Generic over the contract so tests can route a small one of their own.
import type { z } from 'zod';
import type { ApiError, MethodDef, Progress, Result } from './contract/define';
import { CoreError, isCoreError } from './errors';
import { findIllFormedText, ILL_FORMED_MESSAGE } from './well-formed';
import { storeFault } from './store/faults';

export interface CallContext {
  readonly signal: AbortSignal;
  progress(progress: Progress): void;
}

export type HandlerMap<C extends Record<string, MethodDef>> = {
  [M in keyof C]: (input: z.output<C[M]['input']>, ctx: CallContext) => z.input<C[M]['output']> | Promise<z.input<C[M]['output']>>;
};

/** Decides whether the current session may call a method; returns the refusal, or null. */
export type Authorise = (name: string, def: MethodDef) => ApiError | null;

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}

export interface Router<C extends Record<string, MethodDef>> {
  invoke<M extends keyof C & string>(name: M, input: unknown, options?: CallOptions): Promise<Result<z.output<C[M]['output']>>>;
  /** For transports (IPC, the e2e bridge) whose method name is untrusted text. */
  invokeUnknown(name: unknown, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected errors are reported in full (stderr in the core process); never the caller. */
  readonly logInternal?: (method: string, error: unknown) => void;
}

export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

export function createRouter<C extends Record<string, MethodDef>>(
  contract: C,
  handlers: HandlerMap<C>,
  authorise: Authorise,
  options: RouterOptions = {},
): Router<C> {
  const logInternal = options.logInternal ?? ((name, error) => console.error(`[core] ${name} failed:`, error));

  async function run(name: string, input: unknown, callOptions: CallOptions): Promise<Result<unknown>> {
    if (!Object.hasOwn(contract, name)) {
      return { ok: false, error: { code: 'unknown_method', message: `There is no API method called "${name}".` } };
    }
    const def = contract[name as keyof C] as MethodDef;
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      const message = `The request to ${name} was not valid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}.`;
      return { ok: false, error: { code: 'invalid_input', message, issues } };
    }
    const illFormed = findIllFormedText(parsed.data);
    if (illFormed) {
      const path = illFormed.map(String).join('.') || '(input)';
      return { ok: false, error: { code: 'invalid_input', message: `The request to ${name} was not valid: ${path} ${ILL_FORMED_MESSAGE}.`, issues: [{ path, message: ILL_FORMED_MESSAGE }] } };
    }
    const refusal = authorise(name, def);
    if (refusal) return { ok: false, error: refusal };
    const signal = callOptions.signal ?? new AbortController().signal;
    const ctx: CallContext = {
      signal,
      progress: (progress) => callOptions.onProgress?.(progress),
    };
    try {
      const handler = handlers[name as keyof C] as (input: unknown, ctx: CallContext) => unknown;
      // A cancel is the handler's to hear (at its steps, before it writes). One that arrives after
      // the work is done changes nothing, so the caller gets the result: answering "cancelled,
      // nothing was changed" then would be false, with the import committed or the file written.
      const value = await handler(parsed.data, ctx);
      // Parsing the output strips anything the contract does not declare, so internal fields
      // (keys, hashes, SQL rows) cannot leak to the renderer by accident.
      return { ok: true, value: def.output.parse(value) };
    } catch (error) {
      if (isCoreError(error)) return { ok: false, error: error.toApiError() };
      logInternal(name, error);
      // A damaged store file or a full disk is not a bug: say so, in words the person can act on.
      const fault = storeFault(error);
      if (fault) return { ok: false, error: fault.toApiError() };
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Threshold could not complete ${name} because of an internal error. Nothing was changed; the details are in the log.`,
        },
      };
    }
  }

  return {
    invoke: (name, input, callOptions = {}) => run(name, input, callOptions) as never,
    invokeUnknown: (name, input, callOptions = {}) =>
      typeof name === 'string'
        ? run(name, input, callOptions)
        : Promise.resolve({ ok: false, error: { code: 'unknown_method', message: 'The API method name must be text.' } }),
  };
}
