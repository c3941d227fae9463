// What a test gets from a real core on a temporary store. Environment-neutral (contract types
// only), so the renderer's component tests, type-checked for the browser, can name it too.
import type { Input, MethodName, Output, Result } from '../../../electron/core/contract';

export interface CoreHost {
  /** The store folder: a new temporary folder, removed by dispose(). */
  readonly dir: string;
  /** A typed call, as the preload's bridge makes it. */
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
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
