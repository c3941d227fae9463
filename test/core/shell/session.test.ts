// What main installs on the window's session, driven through a stand-in for Electron's Session:
// the app protocol with the CSP, every permission refused, every foreign request cancelled, and
// the CSP on every response that passes the header hook.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, WINDOW_PARTITION } from '../../../electron/main/app-setup';
import { buildCsp } from '../../../electron/main/csp';
import { APP_ORIGIN } from '../../../electron/main/origins';
import { hardenSession, type HardenableSession } from '../../../electron/main/session';
import { tempDir } from '../support/temp-store';

type Installed = {
  scheme?: string;
  serve?: (request: Request) => Promise<Response>;
  permissionRequest?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
  permissionCheck?: () => boolean;
  devicePermission?: () => boolean;
  displayMedia?: null;
  beforeRequest?: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0];
  headersReceived?: Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0];
};

function fakeSession(): { session: HardenableSession; installed: Installed } {
  const installed: Installed = {};
  const session: HardenableSession = {
    protocol: { handle: (scheme, handler) => Object.assign(installed, { scheme, serve: handler }) },
    setPermissionRequestHandler: (handler) => void (installed.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => void (installed.permissionCheck = handler),
    setDevicePermissionHandler: (handler) => void (installed.devicePermission = handler),
    setDisplayMediaRequestHandler: (handler) => void (installed.displayMedia = handler),
    webRequest: {
      onBeforeRequest: (listener) => void (installed.beforeRequest = listener),
      onHeadersReceived: (listener) => void (installed.headersReceived = listener),
    },
  };
  return { session, installed };
}

const temp = tempDir('threshold-session-');
const rendererDir = join(temp.dir, 'renderer');
beforeAll(() => {
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Threshold</title>');
  writeFileSync(join(temp.dir, 'notes.txt'), 'case notes');
});
afterAll(() => temp.remove());

const csp = buildCsp();

function harden(devServerOrigin?: string) {
  const log: string[] = [];
  const origins = devServerOrigin ? { appOrigin: APP_ORIGIN, devServerOrigin } : { appOrigin: APP_ORIGIN };
  const { session, installed } = fakeSession();
  hardenSession(session, { origins, csp, rendererDir, log: (message) => log.push(message) });
  const request = (url: string): boolean | undefined => {
    let cancelled: boolean | undefined;
    installed.beforeRequest?.({ url }, (response) => (cancelled = response.cancel));
    return cancelled;
  };
  return { installed, log, request };
}

describe('the hardened session', () => {
  it('serves app:// from the renderer folder only, with the CSP on every answer', async () => {
    const { installed } = harden();
    expect(installed.scheme).toBe('app');
    const page = await installed.serve?.(new Request('app://threshold/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(csp);
    const outside = await installed.serve?.(new Request('app://threshold/..%2fnotes.txt'));
    expect(outside?.status).toBe(403);
    expect(outside?.headers.get('content-security-policy')).toBe(csp);
    expect(await outside?.text()).not.toContain('case notes');
  });

  it('refuses every permission request, check and device, and keeps screen capture refused', () => {
    const { installed } = harden();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'] as const) {
      installed.permissionRequest?.(undefined, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(installed.permissionCheck?.()).toBe(false);
    expect(installed.devicePermission?.()).toBe(false);
    expect(installed).toHaveProperty('displayMedia', null);
  });

  it('cancels every request that is not the app’s own, and logs it', () => {
    const { request, log } = harden();
    expect(request('app://threshold/assets/index.js')).toBe(false);
    expect(request('data:image/png;base64,AAAA')).toBe(false);
    expect(request('https://fonts.googleapis.com/css')).toBe(true);
    expect(request('http://example.invalid/x.png')).toBe(true);
    expect(request('ws://localhost:5173/')).toBe(true);
    expect(request('file:///etc/passwd')).toBe(true);
    expect(log).toEqual(expect.arrayContaining(['[main] blocked a request to https://fonts.googleapis.com/css', '[main] blocked a request to file:///etc/passwd']));
  });

  it('lets the dev server and its HMR socket through only while developing', () => {
    const { request } = harden('http://localhost:5173');
    expect(request('http://localhost:5173/@vite/client')).toBe(false);
    expect(request('ws://localhost:5173/')).toBe(false);
    expect(request('http://localhost:5174/')).toBe(true);
  });

  it('puts the CSP on responses that pass the header hook, replacing any the server sent', () => {
    const { installed } = harden();
    let headers: Record<string, string[]> | undefined;
    installed.headersReceived?.({ responseHeaders: { 'content-security-policy': ['script-src *'], 'Content-Type': ['text/html'] } }, (response) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [csp] });
  });
});

describe('settings fixed before the app is ready', () => {
  it('keeps the window session in memory', () => {
    expect(WINDOW_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('gives app:// only the privileges it needs: no CSP bypass, no CORS, no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });
});
