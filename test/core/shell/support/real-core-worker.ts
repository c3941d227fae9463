// A worker thread hosting the real core on a store folder, as electron/main/core-process.ts
// does in a utilityProcess: self-test, `ready`, then serve.
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { openCore } from '../../../../electron/core';
import { startCoreHost } from '../../../../electron/core/host';
import { runSelfTest } from '../../../../electron/core/system/self-test';

const { storeDir } = z.object({ storeDir: z.string() }).parse(workerData);
if (!parentPort) throw new Error('real-core-worker runs as a worker thread');
void startCoreHost(parentPort, {
  selfTest: runSelfTest,
  createRouter: () => openCore({ storeDir, logInternal: () => {} }),
});
