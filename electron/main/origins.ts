// Where the app's own pages come from: the custom protocol in a normal run, the electron-vite
// dev server during `npm run dev`. Every sender, navigation and request check asks this.

export const APP_SCHEME = 'app';
export const APP_HOST = 'threshold';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export interface AppOrigins {
  /** `app://threshold`. */
  readonly appOrigin: string;
  /** `http://localhost:5173` while developing; absent in a normal run. */
  readonly devServerOrigin?: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's origin, from electron-vite's ELECTRON_RENDERER_URL. Ignored in a packaged
 * app, and refused unless it is http on this machine: otherwise anyone able to set an
 * environment variable could point the window, and the bridge to the case files, at a website.
 */
export function devServerOriginFrom(rendererUrl: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !rendererUrl) return undefined;
  let url: URL;
  try {
    url = new URL(rendererUrl);
  } catch {
    throw new Error(`ELECTRON_RENDERER_URL is not a URL: ${rendererUrl}`);
  }
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http address on this machine (localhost), not ${url.origin}.`);
  }
  return url.origin;
}

/**
 * `scheme://host[:port]` of a URL, or null. WHATWG URL gives non-special schemes such as app:
 * the opaque origin "null", so the origin is rebuilt here. URLs with a user name or password
 * never count as the app's own.
 */
export function originOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username || url.password || !url.host) return null;
  return `${url.protocol}//${url.host}`;
}

/** Is this URL one of the app's own pages (or the dev server's)? */
export function isAppUrl(raw: string | null | undefined, origins: AppOrigins): boolean {
  const origin = originOf(raw);
  return origin !== null && (origin === origins.appOrigin || origin === origins.devServerOrigin);
}
