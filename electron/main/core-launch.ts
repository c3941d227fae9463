// Starts the core in a utilityProcess (a Chromium-managed child with Node, not the main thread)
// and puts the relay on its port.
import { utilityProcess, type UtilityProcess } from 'electron';
import { createCoreRelay, type CoreRelay } from './core-relay';

export interface LaunchedCore {
  readonly relay: CoreRelay;
  readonly child: UtilityProcess;
}

export function launchCore(modulePath: string, storeDir: string): LaunchedCore {
  const child = utilityProcess.fork(modulePath, ['--store', storeDir], {
    serviceName: 'Threshold core',
    // The core logs internal errors (never case data) to stderr; keep them visible.
    stdio: 'inherit',
  });
  return { relay: createCoreRelay(child), child };
}
