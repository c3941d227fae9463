// The core's side of the message port: runs each invoke through the router with its own
// AbortController, forwards progress, answers with the Result, and never lets a malformed message
// crash the process (a crash would fail every other call in flight). Environment-neutral: the
// port is Electron's process.parentPort (through a tiny adapter) or a worker_threads port.
import type { ApiError, Result } from './contract/define';
import type { SelfTestReport } from './contract/system';
import { isCoreError } from './errors';
import { parseToCore, salvageCallId, type FromCore } from './protocol';
import type { CallOptions } from './router';

/** What the host needs from a port: Node's worker_threads ports satisfy it as they are. */
export interface HostPort {
  postMessage(message: FromCore): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** Any router (the app's or a test's own contract); the host only routes untrusted names. */
export interface HostedRouter {
  invokeUnknown(name: unknown, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  close?(): void;
}

function openingError(error: unknown): ApiError {
  if (isCoreError(error)) return error.toApiError();
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Threshold's core could not open the store: ${detail}` };
}

/**
 * Serves one router over a port. The router is created on the first call, so a store that
 * cannot be opened (locked by another window, an unsupported runtime) answers every call with
 * that typed error instead of killing the process before main can show it.
 */
export function serveCore(port: HostPort, createRouter: () => HostedRouter): void {
  let router: HostedRouter | ApiError | undefined;
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let closing = false;

  const routerOrError = (): HostedRouter | ApiError => {
    if (router === undefined) {
      try {
        router = createRouter();
      } catch (error) {
        router = openingError(error);
      }
    }
    return router;
  };

  const answer = (id: string, result: Result<unknown>): void => port.postMessage({ type: 'result', id, result });

  function invoke(id: string, method: string, input: unknown): void {
    if (closing) return answer(id, { ok: false, error: { code: 'cancelled', message: 'Threshold is closing; the request was not run.' } });
    if (running.has(id)) {
      return answer(id, { ok: false, error: { code: 'invalid_input', message: `A call with id "${id}" is already running.` } });
    }
    const target = routerOrError();
    if (!('invokeUnknown' in target)) return answer(id, { ok: false, error: target });
    const controller = new AbortController();
    const onProgress: CallOptions['onProgress'] = (progress) => {
      // Progress reported after the answer (or by a handler that ignores cancel) is dropped.
      if (running.has(id)) port.postMessage({ type: 'progress', id, progress });
    };
    const done = target
      .invokeUnknown(method, input, { signal: controller.signal, onProgress })
      .catch((error: unknown): Result<unknown> => {
        // The router answers handler failures itself; this is the last guard for the rest.
        console.error(`[core] ${method} failed outside the router:`, error);
        return { ok: false, error: { code: 'internal', message: `Threshold could not complete ${method} because of an internal error.` } };
      })
      .then((result) => {
        running.delete(id);
        answer(id, result);
      });
    running.set(id, { controller, done });
  }

  async function shutdown(): Promise<void> {
    closing = true;
    for (const call of running.values()) call.controller.abort();
    await Promise.allSettled([...running.values()].map((call) => call.done));
    if (router !== undefined && 'invokeUnknown' in router) router.close?.();
    port.postMessage({ type: 'closed' });
  }

  port.on('message', (raw) => {
    const parsed = parseToCore(raw);
    if (!parsed.ok) {
      const error: ApiError = { code: 'invalid_input', message: `The core received a malformed message: ${parsed.problem}.` };
      const id = salvageCallId(raw);
      port.postMessage(id === null ? { type: 'unreadable', error } : { type: 'result', id, result: { ok: false, error } });
      return;
    }
    const message = parsed.message;
    if (message.type === 'invoke') invoke(message.id, message.method, message.input);
    else if (message.type === 'cancel') running.get(message.id)?.controller.abort();
    else void shutdown();
  });
}

/**
 * The core process's whole life: prove the runtime can host the store (the self-test), tell
 * main the outcome, then serve. Main decides what a failed self-test means (an error dialog).
 */
export async function startCoreHost(
  port: HostPort,
  options: { selfTest: () => Promise<SelfTestReport>; createRouter: () => HostedRouter },
): Promise<void> {
  const report = await options.selfTest();
  port.postMessage({ type: 'ready', selfTest: report });
  serveCore(port, options.createRouter);
}
