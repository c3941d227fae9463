// Reads and writes window-state.json in the app's user-data folder, and keeps it up to date as
// the window is moved or resized (debounced) and when it closes. Typed by the parts of a
// BrowserWindow it uses, so the tests drive it with a stand-in; main passes the real window.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseWindowState, windowStateOf, type Rect, type WindowState } from './window-state';

const SAVE_AFTER_MS = 500;

/** The saved state, or null when there is none or it cannot be read (the window then opens at its default). */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Written whole or not at all (a crash mid-write leaves the previous file), owner-only. Never throws: a window must still close. */
export function writeWindowState(file: string, state: WindowState, log: (message: string) => void): void {
  const partial = `${file}.tmp`;
  try {
    writeFileSync(partial, `${JSON.stringify(state)}\n`, { mode: 0o600 });
    renameSync(partial, file);
  } catch (error) {
    log(`[main] could not save the window's size and position: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What the tracker reads from the window (Electron's BrowserWindow satisfies it). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
}

export function rememberWindowState(window: TrackedWindow, file: string, log: (message: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    // Minimised, the bounds say nothing about where the user wants the window.
    if (!window.isMinimized()) writeWindowState(file, windowStateOf(window.getNormalBounds(), window.isMaximized()), log);
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    // A drag fires move dozens of times a second: write once it settles.
    timer = setTimeout(save, SAVE_AFTER_MS);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}
