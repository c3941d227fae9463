// Hardens the window's in-memory session: serves the app on app://threshold with the CSP on
// every response, refuses every permission and every request that is not the app's own.
// Typed by the parts of Electron's Session it uses, so the tests drive it without Electron;
// main passes the real session, and the compiler checks that it fits.
import { serveAsset } from './assets';
import { withCsp } from './csp';
import { APP_SCHEME, type AppOrigins } from './origins';
import { denyPermissionCheck, denyPermissionRequest, isAllowedRequest } from './policies';

export interface SessionSetup {
  readonly origins: AppOrigins;
  readonly csp: string;
  /** out/renderer: the only folder the app protocol can read from. */
  readonly rendererDir: string;
  readonly log: (message: string) => void;
}

type RequestListener = (details: { readonly url: string }, callback: (response: { cancel: boolean }) => void) => void;
type HeadersListener = (
  details: { readonly responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

/** What hardening installs on a session (Electron's Session satisfies it). */
export interface HardenableSession {
  readonly protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void };
  setPermissionRequestHandler(handler: typeof denyPermissionRequest): void;
  setPermissionCheckHandler(handler: typeof denyPermissionCheck): void;
  setDevicePermissionHandler(handler: typeof denyPermissionCheck): void;
  setDisplayMediaRequestHandler(handler: null): void;
  readonly webRequest: {
    onBeforeRequest(listener: RequestListener): void;
    onHeadersReceived(listener: HeadersListener): void;
  };
}

export function hardenSession(ses: HardenableSession, setup: SessionSetup): void {
  // A protocol belongs to a session: registered on the window's own partition, not the default one.
  ses.protocol.handle(APP_SCHEME, (request) => serveAsset(request, setup.rendererDir, setup.csp));

  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyPermissionCheck);
  // Without a handler Electron refuses screen capture; null keeps that explicit.
  ses.setDisplayMediaRequestHandler(null);

  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, setup.origins);
    if (!allowed) setup.log(`[main] blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  // Header events do not fire for custom protocols (the app protocol sets its CSP itself);
  // this covers the dev server's responses.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, setup.csp) });
  });
}
