// Applied to every web contents the app ever creates (the window, and anything a bug or an
// attacker manages to create): no webviews, no new windows, no navigation away from the app.
import type { App } from 'electron';
import type { AppOrigins } from './origins';
import { denyWindowOpen, isAllowedNavigation } from './policies';

export function guardAllWebContents(app: App, origins: AppOrigins, log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('[main] refused a webview');
    });
    contents.setWindowOpenHandler(denyWindowOpen);
    const blockForeign = (event: { url: string; preventDefault(): void }): void => {
      if (isAllowedNavigation(event.url, origins)) return;
      event.preventDefault();
      log(`[main] blocked navigation to ${event.url.slice(0, 200)}`);
    };
    contents.on('will-navigate', blockForeign);
    contents.on('will-frame-navigate', blockForeign);
    contents.on('will-redirect', blockForeign);
  });
}
