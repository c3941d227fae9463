// Applied to every web contents the app ever creates (the window, and anything a bug or an
// attacker manages to create): no webviews, no new windows, no navigation away from the app.
// Typed by the parts of Electron's App and WebContents it uses, so the tests drive it without
// Electron; main passes the real ones, and the compiler checks that they fit.
import type { WindowOpenHandlerResponse } from 'electron';
import type { AppOrigins } from './origins';
import { denyWindowOpen, isAllowedNavigation } from './policies';

interface Preventable {
  preventDefault(): void;
}

export interface NavigationEvent extends Preventable {
  readonly url: string;
}

/** What the guards install on a web contents (Electron's WebContents satisfies it). */
export interface GuardedContents {
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: () => WindowOpenHandlerResponse): void;
}

/** Where new web contents are announced (Electron's app). */
export interface WebContentsSource {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
}

export function guardWebContents(contents: GuardedContents, origins: AppOrigins, log: (message: string) => void): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('[main] refused a webview');
  });
  contents.setWindowOpenHandler(denyWindowOpen);
  const blockForeign = (event: NavigationEvent): void => {
    if (isAllowedNavigation(event.url, origins)) return;
    event.preventDefault();
    log(`[main] blocked navigation to ${event.url.slice(0, 200)}`);
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
}

export function guardAllWebContents(app: WebContentsSource, origins: AppOrigins, log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins, log));
}
