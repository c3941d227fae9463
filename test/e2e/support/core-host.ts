// A real core (the encrypted store, scrypt and all) on a temporary folder, for the end-to-end
// bridge and the renderer's component tests. Nothing is faked: what the UI shows is what the
// core answered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../../electron/core';
import type { CoreHost, CoreHostModule } from './core-host-types';

export function openCoreHost(): CoreHost {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-ui-'));
  // Unexpected core errors are printed, so a failing UI test shows why.
  const open = (): Core => openCore({ storeDir: dir, logInternal: (method, error) => console.error(`[core] ${method}:`, error) });
  let core: Core | null = open();
  const live = (): Core => {
    if (!core) throw new Error('The test core has been disposed.');
    return core;
  };
  // Long calls in flight, by the caller's id, so cancel() reaches the right one (as core/host.ts).
  const running = new Map<string, AbortController>();
  return {
    dir,
    invoke: async (method, input, long) => {
      if (!long) return live().invoke(method, input);
      const controller = new AbortController();
      running.set(long.callId, controller);
      try {
        return await live().invoke(method, input, { signal: controller.signal, onProgress: long.onProgress });
      } finally {
        running.delete(long.callId);
      }
    },
    cancel: (callId) => running.get(callId)?.abort(),
    invokeUnknown: (method, input) => live().invokeUnknown(method, input),
    reopen() {
      live().close();
      core = open();
    },
    dispose() {
      core?.close();
      core = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Checked here, where both sides are visible, so a dynamic import elsewhere can trust the shape.
export const coreHostModule = { openCoreHost } satisfies CoreHostModule;
