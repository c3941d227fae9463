// The bridge the preload exposes, given to a Playwright page: window.threshold reaches a real
// core in this Node process. Used by the end-to-end fixtures and the benchmark's renderer run.
import type { Page } from 'playwright';
import type { CoreHost } from './core-host-types';

/**
 * Runs in the page before the app's scripts: what the preload's contextBridge provides. Given as
 * text, not a function: a function is serialised from its compiled form, and a transpiler's
 * helpers (tsx's __name) would be missing in the page.
 */
const INSTALL_BRIDGE = `
  window.threshold = Object.freeze({
    invoke: (method, input) => window.__thresholdInvoke(method, input),
    cancel: () => undefined,
    onProgress: () => () => undefined,
  });
`;

/** Gives a page the bridge to this core, as the preload does; before navigation. */
export async function bridgeToCore(page: Page, core: Pick<CoreHost, 'invokeUnknown'>): Promise<void> {
  await page.exposeBinding('__thresholdInvoke', (_source, method: unknown, input: unknown) => core.invokeUnknown(method, input));
  await page.addInitScript({ content: INSTALL_BRIDGE });
}

