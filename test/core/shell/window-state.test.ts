// The window opens where it was, if that is still on a screen: the saved file is parsed strictly,
// placed on the displays attached now (or centred at the default size when it cannot be), and
// kept up to date as the window moves, debounced, and when it closes.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildWindowOptions } from '../../../electron/main/window-options';
import { readWindowState, rememberWindowState, writeWindowState, type TrackedWindow } from '../../../electron/main/window-state-file';
import { DEFAULT_WINDOW_SIZE, parseWindowState, placeWindow, windowStateOf, type Rect, type WindowState } from '../../../electron/main/window-state';

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 875 }; // the work area: the menu bar and dock taken off
const MONITOR_RIGHT: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };
const saved = (state: Partial<WindowState> = {}): WindowState => ({ x: 100, y: 60, width: 1100, height: 700, maximized: false, ...state });
const CENTRED_ON_LAPTOP = { x: 80, y: 38, width: 1280, height: 800 };

describe('parsing the saved state', () => {
  it('reads exactly the five fields', () => {
    expect(parseWindowState('{"x":-1200,"y":40,"width":1100,"height":700,"maximized":true}')).toEqual({ x: -1200, y: 40, width: 1100, height: 700, maximized: true });
  });

  it.each([
    ['not JSON', '{"x":1,'],
    ['an empty file', ''],
    ['JSON null', 'null'],
    ['an array', '[100,60,1100,700]'],
    ['a field missing', '{"x":1,"y":2,"width":1100,"maximized":false}'],
    ['a string for a number', '{"x":"1","y":2,"width":1100,"height":700,"maximized":false}'],
    ['a fraction', '{"x":1.5,"y":2,"width":1100,"height":700,"maximized":false}'],
    ['a zero width', '{"x":1,"y":2,"width":0,"height":700,"maximized":false}'],
    ['a negative height', '{"x":1,"y":2,"width":1100,"height":-700,"maximized":false}'],
    ['a coordinate beyond any desktop', '{"x":1e12,"y":2,"width":1100,"height":700,"maximized":false}'],
    ['maximized as text', '{"x":1,"y":2,"width":1100,"height":700,"maximized":"yes"}'],
    ['an extra field', '{"x":1,"y":2,"width":1100,"height":700,"maximized":false,"lastCase":"TH-0001"}'],
  ])('refuses %s', (_what, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('placing the window on the displays there are now', () => {
  it('opens where it was when that is on a screen', () => {
    expect(placeWindow(saved(), [LAPTOP])).toEqual({ bounds: { x: 100, y: 60, width: 1100, height: 700 }, maximized: false });
  });

  it('opens on a second monitor it was on, and keeps it maximised', () => {
    const there = saved({ x: 2000, y: -100, width: 1600, height: 1000, maximized: true });
    expect(placeWindow(there, [LAPTOP, MONITOR_RIGHT])).toEqual({ bounds: { x: 2000, y: -100, width: 1600, height: 1000 }, maximized: true });
  });

  it('comes back to the primary display, centred at the default size, when its monitor is unplugged', () => {
    expect(placeWindow(saved({ x: 2000, y: -100, maximized: true }), [LAPTOP])).toEqual({ bounds: CENTRED_ON_LAPTOP, maximized: true });
  });

  it('does not count a window whose title bar is off every screen, even if some of it shows', () => {
    // Only the bottom 100 px on the laptop: the title bar is above the top edge, out of reach.
    expect(placeWindow(saved({ y: -600 }), [LAPTOP]).bounds).toEqual(CENTRED_ON_LAPTOP);
    // A sliver of title bar at the right edge is not enough to grab.
    expect(placeWindow(saved({ x: LAPTOP.width - 60 }), [LAPTOP]).bounds).toEqual(CENTRED_ON_LAPTOP);
  });

  it('pulls a window hanging over an edge back inside, and shrinks it to a smaller screen', () => {
    expect(placeWindow(saved({ x: 900, y: 500 }), [LAPTOP]).bounds).toEqual({ x: 340, y: 175, width: 1100, height: 700 });
    expect(placeWindow(saved({ x: 10, y: 10, width: 2400, height: 1300 }), [LAPTOP]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('ignores a size too small to have been chosen (below the window minimum)', () => {
    expect(placeWindow(saved({ width: 400, height: 300 }), [LAPTOP]).bounds).toEqual(CENTRED_ON_LAPTOP);
  });

  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [LAPTOP])).toEqual({ bounds: CENTRED_ON_LAPTOP, maximized: false });
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1024, height: 700 }]).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
    expect(placeWindow(null, [])).toEqual({ bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false });
  });

  it('is what the window options are built with, without touching the hardened preferences', () => {
    const input = { preloadPath: '/app/out/preload/index.cjs', partition: 'threshold' };
    const placed = buildWindowOptions({ ...input, bounds: placeWindow(saved(), [LAPTOP]).bounds });
    expect(placed).toMatchObject({ x: 100, y: 60, width: 1100, height: 700 });
    expect(placed.webPreferences).toEqual(buildWindowOptions(input).webPreferences);
    expect(buildWindowOptions({ ...input, bounds: { width: 1280, height: 800 } })).not.toHaveProperty('x');
  });
});

describe('the window-state file', () => {
  let dir: string;
  let file: string;
  const log = vi.fn();
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'threshold-window-'));
    file = join(dir, 'window-state.json');
    log.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips a state, owner-only, and reads a missing or damaged file as none', () => {
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, saved(), log);
    expect(readWindowState(file)).toEqual(saved());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(file, '{"x":');
    expect(readWindowState(file)).toBeNull();
  });

  it('logs a failed write instead of throwing (the window must still close)', () => {
    expect(() => writeWindowState(join(dir, 'no-such-folder', 'window-state.json'), saved(), log)).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not save'));
  });

  function standIn(): TrackedWindow & { emit(event: 'resize' | 'move' | 'close'): void; bounds: Rect; maximized: boolean; minimized: boolean } {
    const listeners = new Map<string, (() => void)[]>();
    return {
      bounds: { x: 100, y: 60, width: 1100, height: 700 },
      maximized: false,
      minimized: false,
      on(event, listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      },
      emit(event) {
        for (const listener of listeners.get(event) ?? []) listener();
      },
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
      isMinimized() {
        return this.minimized;
      },
    };
  }

  it('saves once a drag settles, not on every move, and at once on close', () => {
    vi.useFakeTimers();
    const window = standIn();
    rememberWindowState(window, file, log);
    for (let x = 100; x < 400; x += 10) {
      window.bounds = { ...window.bounds, x };
      window.emit('move');
      vi.advanceTimersByTime(16);
    }
    expect(readWindowState(file)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(readWindowState(file)).toEqual(saved({ x: 390 }));

    window.bounds = { x: 0, y: 0, width: 1300, height: 820.4 };
    window.maximized = true;
    window.emit('resize');
    window.emit('close');
    expect(readWindowState(file)).toEqual({ x: 0, y: 0, width: 1300, height: 820, maximized: true });
  });

  it('keeps the last place while the window is minimised', () => {
    vi.useFakeTimers();
    const window = standIn();
    rememberWindowState(window, file, log);
    window.emit('close');
    window.minimized = true;
    window.bounds = { x: -32000, y: -32000, width: 160, height: 28 };
    window.emit('close');
    expect(readWindowState(file)).toEqual(saved());
  });

  it('holds only geometry', () => {
    writeWindowState(file, windowStateOf({ x: 1, y: 2, width: 1000, height: 700 }, false), log);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort()).toEqual(['height', 'maximized', 'width', 'x', 'y']);
  });
});
