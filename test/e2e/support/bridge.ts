// The bridge the preload exposes, given to a Playwright page: window.threshold reaches a real
// core in this Node process. Used by the end-to-end fixtures and the benchmark's renderer run.
import type { Page } from 'playwright';
import type { MenuCommand } from '../../../electron/core/contract/menu-commands';
import type { CoreHost } from './core-host-types';

/**
 * Runs in the page before the app's scripts: what the preload's contextBridge provides. Given as
 * text, not a function: a function is serialised from its compiled form, and a transpiler's
 * helpers (tsx's __name) would be missing in the page.
 */
const INSTALL_BRIDGE = `
  window.threshold = Object.freeze({
    invoke: (method, input) => window.__thresholdInvoke(method, input).then(JSON.parse),
    cancel: () => undefined,
    onProgress: () => () => undefined,
    ...window.__thresholdMenuBridge,
  });
`;

/**
 * The application menu, as in Electron: run first, it gives the bridge onMenuCommand, and gives
 * a spec window.__thresholdMenu(command) to play the part of a click in the menu. The preload's
 * check of the command is not imitated: a spec sends only commands it means.
 */
const INSTALL_MENU = `
  const menuListeners = new Set();
  window.__thresholdMenu = (command) => {
    for (const listener of menuListeners) listener(command);
  };
  window.__thresholdMenuBridge = {
    onMenuCommand: (listener) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
  };
`;

export interface BridgeOptions {
  /** The application menu's commands (Electron); false for a plain browser, where the page handles the shortcuts itself. Default true. */
  readonly menu?: boolean;
}

/** Gives a page the bridge to this core, as the preload does; before navigation. */
export async function bridgeToCore(page: Page, core: Pick<CoreHost, 'invokeUnknown'>, options: BridgeOptions = {}): Promise<void> {
  // The answer crosses as JSON text: Playwright's own serialiser walks a large object value by
  // value, and took seconds for a 50,000-record chronology that Electron's structured clone
  // passes in a fraction of that, so the benchmark measured the bridge instead of the app.
  await page.exposeBinding('__thresholdInvoke', async (_source, method: unknown, input: unknown) => JSON.stringify(await core.invokeUnknown(method, input)));
  // Init scripts run in the order they were added: the menu's part must exist before the bridge is frozen.
  if (options.menu !== false) await page.addInitScript({ content: INSTALL_MENU });
  await page.addInitScript({ content: INSTALL_BRIDGE });
}

/** What a click in the application menu does: the command reaches the page's listener. Needs the menu bridge. */
export async function chooseFromMenu(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate(`window.__thresholdMenu(${JSON.stringify(command)})`);
}

