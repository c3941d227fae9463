// What the window may do beyond showing the app: nothing. Plain functions, so the tests assert
// exactly what main installs on the session and on every web contents.
import type { WindowOpenHandlerResponse } from 'electron';
import { isAppUrl, originOf, type AppOrigins } from './origins';

/** session.setPermissionRequestHandler: camera, microphone, notifications, geolocation ... all refused. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** session.setPermissionCheckHandler and setDevicePermissionHandler: no permission is ever held. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** webContents.setWindowOpenHandler: no new windows (window.open, target=_blank, middle click). */
export function denyWindowOpen(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** will-navigate / will-redirect / will-frame-navigate: only to the app's own pages. */
export function isAllowedNavigation(url: string, origins: AppOrigins): boolean {
  return isAppUrl(url, origins);
}

// Inline data the CSP already limits, and the developer tools' own pages.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * webRequest.onBeforeRequest: the window's session may load the app's own files (and, while
 * developing, the dev server's, including its HMR socket) and nothing else: no remote content,
 * even if a bug or an injected style tried to reach out.
 */
export function isAllowedRequest(url: string, origins: AppOrigins): boolean {
  const origin = originOf(url);
  if (origin !== null) {
    if (origin === origins.appOrigin || origin === origins.devServerOrigin) return true;
    if (origins.devServerOrigin && origin === origins.devServerOrigin.replace(/^http:/, 'ws:')) return true;
  }
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
