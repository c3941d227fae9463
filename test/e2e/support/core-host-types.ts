// What a test gets from a real core on a temporary store. Environment-neutral (contract types
// only), so the renderer's component tests, type-checked for the browser, can name it too.
import type { Input, MethodName, Output, Progress, Result } from '../../../electron/core/contract';

/** A long call's own id, and where its progress goes: what the preload passes for a long operation. */
export interface LongCall {
  readonly callId: string;
  readonly onProgress: (progress: Progress) => void;
}

export interface CoreHost {
  /** The store folder: a new temporary folder, removed by dispose(). */
  readonly dir: string;
  /** A typed call, as the preload's bridge makes it. */
  invoke<M extends MethodName>(method: M, input: Input<M>, long?: LongCall): Promise<Result<Output<M>>>;
  /** Cancels a long call by its id, as main does when the renderer asks (unknown ids are ignored). */
  cancel(callId: string): void;
  /** A call whose method name is untrusted text (what arrives from a page). */
  invokeUnknown(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Closes the core and opens a new one on the same folder: what restarting the app does. */
  reopen(): void;
  /** Closes the core and removes the folder. */
  dispose(): void;
}

export interface CoreHostModule {
  openCoreHost(): CoreHost;
}
