// The one window's options, every hardening switch spelled out even where Electron's default
// already agrees, so a default that changes in a future Electron cannot loosen the app silently.
import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-state';

export interface WindowOptionsInput {
  /** Absolute path of the CommonJS preload bundle (out/preload/index.cjs). */
  readonly preloadPath: string;
  /** An in-memory session partition: no `persist:` prefix, so nothing of a session reaches disk. */
  readonly partition: string;
  /** Developer tools only while developing (not in a packaged app). */
  readonly devTools?: boolean;
  /** Where the window opens (window-state.ts: last time's place, if still on a screen); without x and y, centred. */
  readonly bounds?: { readonly x?: number; readonly y?: number; readonly width: number; readonly height: number };
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  if (input.partition.startsWith('persist:')) {
    throw new Error(`The window's session must not be persistent, but the partition is "${input.partition}".`);
  }
  if (!input.preloadPath.endsWith('.cjs')) {
    // A sandboxed renderer cannot load an ESM preload: it would fail silently with no bridge.
    throw new Error(`The preload must be the CommonJS bundle (.cjs), not ${input.preloadPath}.`);
  }
  return {
    title: 'Threshold',
    width: input.bounds?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: input.bounds?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(input.bounds?.x !== undefined && input.bounds.y !== undefined ? { x: input.bounds.x, y: input.bounds.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on ready-to-show, so the user never sees a blank or half-styled window.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      partition: input.partition,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      plugins: false,
      webviewTag: false,
      // Dropping a file on the window would otherwise navigate to it (a file: page with the bridge gone).
      navigateOnDragDrop: false,
      // On Linux the spellchecker downloads dictionaries from Google, and it reads what is typed.
      spellcheck: false,
      // A page cannot trap the user in a loop of alert() dialogs.
      safeDialogs: true,
      devTools: input.devTools ?? false,
    },
  };
}
