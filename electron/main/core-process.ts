// The utilityProcess entry: the core, with its synchronous database, off Electron's main thread.
// Main starts it with `--store <folder>`; it runs the self-test, reports `ready`, then serves.
import type { ParentPort } from 'electron';
import { openCore } from '../core';
import { startCoreHost, type HostPort } from '../core/host';
import { runSelfTest } from '../core/system/self-test';
import { findStoreArg } from './args';

/** Electron's parentPort wraps each message in a MessageEvent; the host wants the data itself. */
function adaptParentPort(parentPort: ParentPort): HostPort {
  return {
    postMessage: (message) => parentPort.postMessage(message),
    on: (_event, listener) => parentPort.on('message', (event) => listener(event.data)),
  };
}

const storeDir = findStoreArg(process.argv);
if (storeDir === null) throw new Error('The core process needs --store <folder>; main always passes it.');

void startCoreHost(adaptParentPort(process.parentPort), {
  selfTest: runSelfTest,
  createRouter: () => openCore({ storeDir }),
});
