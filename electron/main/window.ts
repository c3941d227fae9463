// The one application window: hardened options, shown once its first paint is ready, maximised
// if it was when it last closed.
import { BrowserWindow } from 'electron';
import { buildWindowOptions, type WindowOptionsInput } from './window-options';

export function createMainWindow(input: WindowOptionsInput, maximized = false): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(input));
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  return window;
}

/** A second launch brings the running window forward instead of opening the store twice. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
