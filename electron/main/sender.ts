// The IPC sender check: only the app's own page, in the window's top frame, may call the core.
// Anything else (a file: URL, a website, about:blank, a frame whose document went away) is
// refused before its message is even parsed.
import { isAppUrl, type AppOrigins } from './origins';

/** Is a frame at this URL one of the app's own pages (app://threshold, or the dev server)? */
export function isTrustedSender(frameUrl: string | null | undefined, origins: AppOrigins): boolean {
  return isAppUrl(frameUrl, origins);
}

/** The part of Electron's WebFrameMain the check reads; `parent` is null for a top frame. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The full check main runs on `event.senderFrame` (null once the frame is gone). */
export function isTrustedFrame(frame: SenderFrame | null | undefined, origins: AppOrigins): boolean {
  return frame != null && frame.parent === null && isTrustedSender(frame.url, origins);
}
