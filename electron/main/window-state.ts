// Where the window opens: the size and place it had last time, if that is still on a screen.
// Plain functions over the saved file's text and the displays' work areas, so the tests can
// unplug monitors. The file holds the window's geometry and nothing about any case.
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The size the window opens at the first time (and whenever the saved one cannot be used). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
/** The window's minimum (window-options.ts); a saved size below it is not the user's choice. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
/** How much of the window's top strip (its title bar) must be on a screen to be reachable. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;
// Far beyond any desktop: a coordinate outside it is a damaged or hand-edited file.
const COORDINATE = z.number().int().min(-100_000).max(100_000);
const LENGTH = z.number().int().min(1).max(100_000);

const windowStateSchema = z.strictObject({ x: COORDINATE, y: COORDINATE, width: LENGTH, height: LENGTH, maximized: z.boolean() });

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowPlacement {
  /** With x and y when the saved place is used; without, Electron centres the window. */
  readonly bounds: Rect | { readonly width: number; readonly height: number };
  readonly maximized: boolean;
}

/** The saved state from the file's text, or null for anything that is not exactly one. */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The default size, centred in the primary display's work area, never larger than it. */
function centred(area: Rect | undefined, maximized: boolean): WindowPlacement {
  if (!area) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized };
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return { bounds: { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }, maximized };
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Where to open, given the saved state and the work areas of the displays now attached (the
 * primary display's first). The saved place is kept when the window's title bar would be on one
 * of them, pulled inside that display if it hangs over an edge and shrunk if the display is now
 * smaller; otherwise (monitor unplugged, resolution lowered, nothing saved, a size too small to
 * have been chosen) the default size, centred on the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  if (!saved) return centred(primary, false);
  if (saved.width < MIN_WINDOW_SIZE.width || saved.height < MIN_WINDOW_SIZE.height) return centred(primary, saved.maximized);
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height };
  const home = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height;
  });
  if (!home) return centred(primary, saved.maximized);
  const width = Math.min(saved.width, home.width);
  const height = Math.min(saved.height, home.height);
  return {
    bounds: { x: clamp(saved.x, home.x, home.x + home.width - width), y: clamp(saved.y, home.y, home.y + home.height - height), width, height },
    maximized: saved.maximized,
  };
}

/** What is saved: the window's normal (unmaximised) bounds, so it restores to them, and whether it was maximised. */
export function windowStateOf(normalBounds: Rect, maximized: boolean): WindowState {
  return { x: Math.round(normalBounds.x), y: Math.round(normalBounds.y), width: Math.round(normalBounds.width), height: Math.round(normalBounds.height), maximized };
}
