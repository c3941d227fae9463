// The Electron fuses electron-builder flips in the packaged binary, just before signing. Fuses
// are bits in the executable itself: unlike a setting in main, nothing in the app (or a malicious
// file next to it) can turn them back at run time, so each one removes a way to run code as
// Threshold without touching the signed app.
import type { Configuration } from 'electron-builder';

export type FuseOptions = NonNullable<Configuration['electronFuses']>;

export const RELEASE_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node with the app's identity
  // (and its macOS keychain and privacy grants). The core is a utilityProcess, which Electron
  // starts as its own helper type and does not need this variable.
  runAsNode: false,
  // NODE_OPTIONS (--require, --import, ...) and NODE_EXTRA_CA_CERTS would let the environment
  // inject code or trust into main and the core. The app never relies on them.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger on main, with the key to the store in reach.
  // The test build keeps this one on: Playwright's _electron.launch drives the app through it.
  enableNodeCliInspectArguments: false,
  // Chromium's cookie store is encrypted with an OS-held key. The window's partition is in
  // memory only, so this guards what the default session might ever write; it is one-way (a
  // later build with it off could not read the cookies), which costs nothing here.
  enableCookieEncryption: true,
  // Electron checks app.asar against the hash electron-builder records (Info.plist on macOS, a
  // resource in the .exe on Windows; Linux has no support yet), so an edited archive will not load.
  enableEmbeddedAsarIntegrityValidation: true,
  // Only resources/app.asar is searched for the app: a resources/app folder dropped next to it
  // would otherwise be loaded instead, without any integrity check.
  onlyLoadAppFromAsar: true,
  // The renderer is served from app://threshold/ (electron/main/assets.ts), never file://, so
  // file:// pages need none of their old extra powers (fetch of other files, universal access).
  grantFileProtocolExtraPrivileges: false,
  // Threshold ships no custom V8 snapshot; stated so the wire is fully specified.
  loadBrowserProcessSpecificV8Snapshot: false,
  // Flipping fuses breaks the ad-hoc signature Apple Silicon requires. When a Developer ID is
  // present electron-builder signs again afterwards; without one this keeps an unsigned arm64
  // build launchable. Only acts on a .app, so the Windows and Linux builds are untouched.
  resetAdHocDarwinSignature: true,
} as const satisfies FuseOptions;

/** The release fuses, or for the test build the same fuses with only the inspector left on. */
export function fusesFor(testBuild: boolean): FuseOptions {
  return testBuild ? { ...RELEASE_FUSES, enableNodeCliInspectArguments: true } : RELEASE_FUSES;
}
