// Main's side of the port to the core process: numbered calls, progress routed to the caller,
// cancel by call id, and a clear typed error for every call still waiting if the core dies.
// Electron-free (the port is a utilityProcess in the app, a worker thread in the tests).
import type { ApiError, Progress, Result } from '../core/contract/define';
import { callId as callIdSchema, parseFromCore, type SelfTestReport, type ToCore } from '../core/protocol';

/** Satisfied as they are by Electron's UtilityProcess and by worker_threads' Worker. */
export interface RelayPort {
  postMessage(message: ToCore): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

export interface RelayCallOptions {
  /** The caller's own id (the renderer's), to cancel by; one is made up when absent. */
  readonly callId?: string;
  readonly onProgress?: (progress: Progress) => void;
}

export interface CoreRelay {
  /** The core's start-up self-test; a failed report if the core died before sending one. */
  readonly ready: Promise<SelfTestReport>;
  /** Settles with the exit code when the core process (or worker) ends. */
  readonly exited: Promise<number>;
  invoke(method: string, input: unknown, options?: RelayCallOptions): Promise<Result<unknown>>;
  cancel(callId: string): void;
  /** Asks the core to finish, close the store and say so; gives up after timeoutMs. */
  shutdown(timeoutMs: number): Promise<void>;
  /** Stops listening; every call still waiting is answered with an error. */
  dispose(): void;
}

interface Pending {
  resolve(result: Result<unknown>): void;
  onProgress: ((progress: Progress) => void) | undefined;
}

const failure = (error: ApiError): Result<unknown> => ({ ok: false, error });

export function createCoreRelay(port: RelayPort, log: (message: string) => void = console.error): CoreRelay {
  const pending = new Map<string, Pending>();
  let nextId = 1;
  let ended: ApiError | null = null;
  let resolveReady: (report: SelfTestReport) => void = () => {};
  let resolveExited: (code: number) => void = () => {};
  let resolveClosed: () => void = () => {};
  const ready = new Promise<SelfTestReport>((resolve) => (resolveReady = resolve));
  const exited = new Promise<number>((resolve) => (resolveExited = resolve));
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  function end(error: ApiError): void {
    ended ??= error;
    for (const call of pending.values()) call.resolve(failure(ended));
    pending.clear();
  }

  port.on('message', (raw) => {
    if (ended) return;
    const parsed = parseFromCore(raw);
    if (!parsed.ok) return log(`[main] ignored a malformed message from the core: ${parsed.problem}`);
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        return resolveReady(message.selfTest);
      case 'progress':
        return pending.get(message.id)?.onProgress?.(message.progress);
      case 'result': {
        const call = pending.get(message.id);
        pending.delete(message.id);
        return call?.resolve(message.result);
      }
      case 'unreadable':
        return log(`[main] the core could not read a message: ${message.error.message}`);
      case 'closed':
        return resolveClosed();
    }
  });

  port.on('exit', (code) => {
    const message = `The Threshold core process stopped unexpectedly (exit code ${code}), so Threshold cannot confirm whether this request finished. Restart Threshold and check.`;
    end({ code: 'internal', message });
    resolveReady({ ok: false, checks: [{ name: 'core process', ok: false, detail: `The core process stopped (exit code ${code}) before it could start.` }] });
    resolveClosed();
    resolveExited(code);
  });

  function invoke(method: string, input: unknown, options: RelayCallOptions = {}): Promise<Result<unknown>> {
    if (ended) return Promise.resolve(failure(ended));
    const id = options.callId ?? `main-${nextId++}`;
    if (!callIdSchema.safeParse(id).success) {
      return Promise.resolve(failure({ code: 'invalid_input', message: 'The call id must be 1-100 letters, digits, dots, dashes, colons or underscores.' }));
    }
    if (pending.has(id)) return Promise.resolve(failure({ code: 'invalid_input', message: `A call with id "${id}" is already running.` }));
    return new Promise((resolve) => {
      pending.set(id, { resolve, onProgress: options.onProgress });
      port.postMessage({ type: 'invoke', id, method, input });
    });
  }

  return {
    ready,
    exited,
    invoke,
    cancel(callId) {
      if (!ended && pending.has(callId)) port.postMessage({ type: 'cancel', id: callId });
    },
    async shutdown(timeoutMs) {
      if (ended) return;
      port.postMessage({ type: 'shutdown' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([closed, timeout]);
      clearTimeout(timer);
      end({ code: 'cancelled', message: 'Threshold is closing; the request was not finished.' });
    },
    dispose() {
      end({ code: 'cancelled', message: 'Threshold is closing; the request was not finished.' });
    },
  };
}
