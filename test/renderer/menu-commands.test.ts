// The application menu's commands in the renderer, against a real core: each does what its
// label says on the screen it arrives on, a locked screen ignores all but Keyboard shortcuts and
// About, and in a plain browser (no native menu) the same shortcuts work as key presses, while
// with a native menu the page leaves the keys to it.
import './support/resize-observer';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { MENU_COMMANDS, type MenuCommand, type ThresholdBridge } from '../../electron/core/contract';
import { createMenuActions } from '../../src/menu/menu-actions';
import { MENU_TARGETS } from '../../src/menu/elements';
import { createAppRouter } from '../../src/router';
import type { CoreHost } from '../e2e/support/core-host-types';
import { seedCase, type SeededCase } from './support/case-seed';
import { byTestId, mountApp, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  seed = await seedCase(host);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

/** The preload's onMenuCommand on top of the test bridge; returns the listeners, for a menu click to reach. */
function addNativeMenu(): Set<(command: MenuCommand) => void> {
  const listeners = new Set<(command: MenuCommand) => void>();
  const bridge = {
    ...window.threshold,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  } satisfies ThresholdBridge;
  Object.defineProperty(window, 'threshold', { value: bridge, configurable: true });
  return listeners;
}

const route = () => app?.router.currentRoute.value;
const focusedId = () => (document.activeElement instanceof HTMLElement ? document.activeElement.id : '');
const pageText = () => document.body.textContent ?? '';
const press = (key: string, modifiers: KeyboardEventInit = { ctrlKey: true }) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }));

describe('the handlers', () => {
  it('cover every menu command', () => {
    const actions = createMenuActions({
      router: createAppRouter(createMemoryHistory()),
      lock: async () => undefined,
      tell: () => undefined,
      openLetter: () => null,
      may: { writeRecords: () => true, importContacts: () => true },
      showShortcuts: () => undefined,
      showAbout: () => undefined,
    });
    expect(Object.keys(actions).sort()).toEqual([...MENU_COMMANDS].sort());
  });
});

describe('commands from the native menu', () => {
  let listeners: Set<(command: MenuCommand) => void>;
  const choose = async (command: MenuCommand) => {
    for (const listener of listeners) listener(command);
    await flushPromises();
  };
  beforeEach(() => {
    listeners = addNativeMenu();
  });

  it('listens once, and goes Home, to Cases, the Dashboard, Back, Forward and to the recent cases', { timeout: 30_000 }, async () => {
    app = await mountApp('/home');
    expect(listeners.size).toBe(1);
    await choose('go-cases');
    await vi.waitFor(() => expect(route()?.name).toBe('cases'));
    await choose('go-dashboard');
    await vi.waitFor(() => expect(route()?.name).toBe('dashboard'));
    await choose('back');
    await vi.waitFor(() => expect(route()?.name).toBe('cases'));
    await choose('forward');
    await vi.waitFor(() => expect(route()?.name).toBe('dashboard'));
    await choose('go-home');
    await vi.waitFor(() => expect(route()?.name).toBe('home'));
    await choose('recent-cases');
    await vi.waitFor(() => expect(route()?.hash).toBe('#recent-cases'));
    // HomeView's recent cases (RecentCases.vue) take the focus once they are shown.
    await vi.waitFor(() => expect(focusedId()).toBe('recent-cases'), { timeout: 10_000 });
    app.unmount();
    app = undefined;
    expect(listeners.size).toBe(0);
  });

  it('opens the new-record form on the open case, and says what to do without one', { timeout: 30_000 }, async () => {
    app = await mountApp('/cases');
    await choose('new-record');
    await vi.waitFor(() => expect(pageText()).toContain('Open a case to add a record.'));
    expect(byTestId('record-dialog')).toBeNull();

    await app.router.push(`/cases/${seed.kase.id}`);
    await choose('new-record');
    await vi.waitFor(() => expect(byTestId('record-dialog')).not.toBeNull(), { timeout: 10_000 });
    expect(route()?.query.tab).toBe('chronology');
    expect(document.querySelector(MENU_TARGETS.addRecord)).not.toBeNull();
  });

  it('searches the case’s chronology, or the list of cases, and takes Print to the review pack', { timeout: 30_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}`);
    await choose('search');
    await vi.waitFor(() => expect(focusedId()).toBe('chronology-search'), { timeout: 10_000 });
    expect(route()?.query.tab).toBe('chronology');

    await choose('print');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('review-build'), { timeout: 10_000 });
    expect(route()?.query.tab).toBe('review');

    await choose('export-letter');
    await vi.waitFor(() => expect(pageText()).toContain('Open a signed letter'));

    await choose('go-home');
    await choose('search');
    await vi.waitFor(() => expect(document.activeElement?.matches(MENU_TARGETS.caseFilters)).toBe(true), { timeout: 10_000 });
    expect(route()?.name).toBe('cases');
  });

  it('takes Import contacts to the wizard, for the open case', { timeout: 30_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}`);
    await choose('import');
    await vi.waitFor(() => expect(route()?.name).toBe('import-contacts'));
    expect(route()?.query.caseId).toBe(seed.kase.id);
  });

  it('locks, and once locked does nothing but show the shortcuts and About', { timeout: 30_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}`);
    await choose('lock');
    await vi.waitFor(() => expect(route()?.name).toBe('unlock'));
    expect(await host.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });

    // Unguarded, new-record, print and export-letter would each say what to open (the route guard would hide the rest).
    for (const command of ['go-cases', 'new-record', 'search', 'print', 'export-letter', 'import', 'recent-cases'] satisfies MenuCommand[]) await choose(command);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(route()?.name).toBe('unlock');
    expect(pageText()).not.toMatch(/Open a (case|signed letter)/);

    await choose('shortcuts');
    await vi.waitFor(() => expect(byTestId('shortcuts-dialog')).not.toBeNull());
    const lockRow = document.querySelector('[data-testid="shortcut"][data-command="lock"]');
    expect(lockRow?.textContent).toContain('Lock');
    expect(lockRow?.querySelector('kbd')?.textContent).toBe('Ctrl+L');
    expect(document.querySelector('[data-testid="shortcut"][data-command="export-letter"] kbd')?.textContent).toBe('Ctrl+Shift+E');

    await choose('about');
    await vi.waitFor(() => expect(byTestId('about-version')?.textContent).toBe('0.1.0'));
  });

  it('leaves the keys to the native menu', { timeout: 30_000 }, async () => {
    app = await mountApp('/home');
    press('2');
    press('l');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(route()?.name).toBe('home');
  });
});

describe('shortcuts in a plain browser (no native menu)', () => {
  it('does what the menu would on the same keys, and only on exactly those keys', { timeout: 30_000 }, async () => {
    app = await mountApp('/home');
    press('2', { ctrlKey: true, shiftKey: true });
    press('2', { metaKey: true });
    press('2', { ctrlKey: true, repeat: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(route()?.name).toBe('home');

    expect(press('2')).toBe(false); // handled: the browser's own meaning is prevented
    await vi.waitFor(() => expect(route()?.name).toBe('cases'));
    press('/');
    await vi.waitFor(() => expect(byTestId('shortcuts-dialog')).not.toBeNull());
    press('L');
    await vi.waitFor(() => expect(route()?.name).toBe('unlock'));
    expect(await host.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });
});
