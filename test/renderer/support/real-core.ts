// Bridges window.threshold to a real core on a temporary store, as the preload does in the app.
// The core is Node code, type-checked by tsconfig.node.json; this folder is type-checked for the
// browser (tsconfig.web.json), so the host is loaded by URL at run time and its shape comes from
// the neutral CoreHost interface (core-host.ts proves it satisfies that interface).
import type { Progress, ThresholdBridge } from '../../../electron/core/contract';
import type { CoreHost, CoreHostModule } from '../../e2e/support/core-host-types';

// Root-relative, as Vite resolves it; not a URL from import.meta.url, which happy-dom's URL
// class would resolve against its own http://localhost page address.
const HOST_MODULE = '/test/e2e/support/core-host.ts';

export async function openRealCore(): Promise<CoreHost> {
  const loaded: { coreHostModule: CoreHostModule } = await import(/* @vite-ignore */ HOST_MODULE);
  return loaded.coreHostModule.openCoreHost();
}

/** Installs the typed bridge on window, the way the preload's contextBridge does: long calls carry their id, progress and cancel. */
export function installBridge(host: CoreHost): void {
  const listeners = new Set<(callId: string, progress: Progress) => void>();
  const bridge = {
    invoke: (method, input, callId) => host.invoke(method, input, callId ? { callId, onProgress: (p) => listeners.forEach((l) => l(callId, p)) } : undefined),
    cancel: (callId) => host.cancel(callId),
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies ThresholdBridge;
  Object.defineProperty(window, 'threshold', { value: bridge, configurable: true });
}
