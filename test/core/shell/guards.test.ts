// What main installs on every web contents, driven through stand-ins for Electron's app and
// WebContents: no webview attaches, no window opens, no navigation leaves the app.
import { describe, expect, it } from 'vitest';
import { guardAllWebContents, type GuardedContents, type NavigationEvent, type WebContentsSource } from '../../../electron/main/guards';
import { APP_ORIGIN } from '../../../electron/main/origins';

type Listener = (event: NavigationEvent) => void;

/** A web contents that records what the guards put on it, and can fire its events. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: (() => unknown) | null = null;
  const on = (event: string, listener: Listener): void => void listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  const contents: GuardedContents = {
    on,
    setWindowOpenHandler: (handler) => void (windowOpenHandler = handler),
  };
  /** Fires an event as Electron would; true if some listener prevented it. */
  const fire = (event: string, url = ''): boolean => {
    let prevented = false;
    for (const listener of listeners.get(event) ?? []) listener({ url, preventDefault: () => void (prevented = true) });
    return prevented;
  };
  return { contents, fire, events: () => [...listeners.keys()].sort(), openWindow: () => windowOpenHandler?.() };
}

function fakeApp() {
  let created: ((event: unknown, contents: GuardedContents) => void) | null = null;
  const app: WebContentsSource = { on: (_event, listener) => void (created = listener) };
  return { app, create: (contents: GuardedContents) => created?.({}, contents) };
}

const prod = { appOrigin: APP_ORIGIN };
const dev = { appOrigin: APP_ORIGIN, devServerOrigin: 'http://localhost:5173' };

function guarded(origins = prod) {
  const log: string[] = [];
  const { app, create } = fakeApp();
  guardAllWebContents(app, origins, (message) => log.push(message));
  const web = fakeContents();
  create(web.contents);
  return { ...web, log };
}

describe('guards on every web contents', () => {
  it('are installed on each web contents as it is created', () => {
    const { app, create } = fakeApp();
    guardAllWebContents(app, prod, () => {});
    const first = fakeContents();
    const second = fakeContents();
    create(first.contents);
    create(second.contents);
    for (const web of [first, second]) {
      expect(web.events()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
      expect(web.openWindow()).toEqual({ action: 'deny' });
    }
  });

  it('refuse every webview, and say so', () => {
    const web = guarded();
    expect(web.fire('will-attach-webview')).toBe(true);
    expect(web.log).toEqual(['[main] refused a webview']);
  });

  it('deny every new window (window.open, target=_blank, a middle click)', () => {
    expect(guarded().openWindow()).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('let %s stay within the app and stop anything else', (event) => {
    const web = guarded();
    expect(web.fire(event, 'app://threshold/index.html#/cases')).toBe(false);
    for (const foreign of ['https://example.com/', 'file:///etc/passwd', 'http://localhost:5173/', 'app://evil/index.html', 'javascript:alert(1)', 'about:blank']) {
      expect(web.fire(event, foreign), foreign).toBe(true);
    }
    expect(web.log).toContain('[main] blocked navigation to https://example.com/');
    expect(web.log).toHaveLength(6);
  });

  it('accept the dev server only while developing', () => {
    expect(guarded(dev).fire('will-navigate', 'http://localhost:5173/#/home')).toBe(false);
    expect(guarded(dev).fire('will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('log a long URL cut short', () => {
    const web = guarded();
    web.fire('will-navigate', `https://example.com/${'x'.repeat(1000)}`);
    expect(web.log[0]?.length).toBeLessThan(260);
  });
});
