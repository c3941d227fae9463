// Electron's main process, kept thin: hardening, the core process, one window (its menu, its
// remembered place, the unsaved-changes question), the IPC relay.
// No crash reporter is started, so no crash dump (which could hold case data) is written or sent.
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { app, dialog, protocol, screen, session } from 'electron';
import { APP_SCHEME_PRIVILEGES, WINDOW_PARTITION } from './app-setup';
import { parseLaunchArgs } from './args';
import { launchCore, type LaunchedCore } from './core-launch';
import { buildCsp } from './csp';
import { guardAllWebContents } from './guards';
import { registerIpc } from './ipc';
import { createIpcGate } from './ipc-gate';
import { installAppMenu } from './menu';
import { APP_ENTRY, APP_ORIGIN, devServerOriginFrom, type AppOrigins } from './origins';
import { hardenSession } from './session';
import { describeSelfTestFailure, startupTimeoutReport } from './startup-report';
import { confirmUnsavedChanges } from './unsaved-prompt';
import { bringToFront, createMainWindow } from './window';
import { placeWindow, WINDOW_STATE_FILE } from './window-state';
import { readWindowState, rememberWindowState } from './window-state-file';

const here = dirname(fileURLToPath(import.meta.url));
const CORE_SHUTDOWN_MS = 3000;
// The self-test derives a key and round-trips a small encrypted database: seconds at most.
const CORE_START_MS = 60_000;
const log = (message: string): void => console.error(message);

// Both must happen before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

function failAndExit(title: string, error: unknown): void {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  app.exit(1);
}

async function start(): Promise<void> {
  const { storeDir } = parseLaunchArgs(process.argv, { storeDir: join(app.getPath('userData'), 'store') });
  const rendererUrl = process.env['ELECTRON_RENDERER_URL'];
  const devServerOrigin = devServerOriginFrom(rendererUrl, app.isPackaged);
  const origins: AppOrigins = devServerOrigin ? { appOrigin: APP_ORIGIN, devServerOrigin } : { appOrigin: APP_ORIGIN };
  guardAllWebContents(app, origins, log);

  await app.whenReady();
  hardenSession(session.fromPartition(WINDOW_PARTITION), {
    origins,
    csp: buildCsp(devServerOrigin ? { devServerOrigin } : {}),
    rendererDir: join(here, '../renderer'),
    log,
  });

  const core = launchCore(join(here, 'core-process.js'), storeDir);
  const report = await Promise.race([core.relay.ready, delay(CORE_START_MS, startupTimeoutReport(CORE_START_MS), { ref: false })]);
  if (!report.ok) {
    dialog.showErrorBox('Threshold cannot start', describeSelfTestFailure(report));
    core.child.kill();
    app.exit(1);
    return;
  }

  const devTools = !app.isPackaged;
  const windowStateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  // The primary display first: a window that fits nowhere opens centred there.
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const placement = placeWindow(readWindowState(windowStateFile), workAreas);
  const window = createMainWindow({ preloadPath: join(here, '../preload/index.cjs'), partition: WINDOW_PARTITION, devTools, bounds: placement.bounds }, placement.maximized);
  rememberWindowState(window, windowStateFile, log);
  confirmUnsavedChanges(window.webContents, (options) => dialog.showMessageBoxSync(window, options));
  installAppMenu(window, { platform: process.platform, appName: app.name, devTools });
  registerIpc(createIpcGate(core.relay, origins), (contents) => !window.isDestroyed() && contents === window.webContents);
  app.on('second-instance', () => bringToFront(window));
  app.on('window-all-closed', () => app.quit());
  stopCoreOnQuit(core);
  await window.loadURL(devServerOrigin && rendererUrl ? rendererUrl : APP_ENTRY);
}

/** Lets the core finish or abort what it is doing and close the store before the app exits. */
function stopCoreOnQuit(core: LaunchedCore): void {
  let quitting = false;
  let stopped = false;
  app.on('before-quit', () => (quitting = true));
  void core.relay.exited.then((code) => {
    stopped = true;
    if (quitting) return;
    dialog.showErrorBox('Threshold stopped', `Threshold's core stopped unexpectedly (exit code ${code}). Threshold will close; start it again to carry on.`);
    app.quit();
  });
  let stopping = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    void core.relay.shutdown(CORE_SHUTDOWN_MS).finally(() => {
      stopped = true;
      core.child.kill();
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Threshold is running: it is told (second-instance) and comes to the front.
  app.quit();
} else {
  start().catch((error: unknown) => failAndExit('Threshold could not start', error));
}
