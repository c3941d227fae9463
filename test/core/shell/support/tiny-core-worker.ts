// A worker thread hosting the tiny router exactly as the core process hosts the real one.
import { parentPort } from 'node:worker_threads';
import { startCoreHost } from '../../../../electron/core/host';
import { createTinyRouter } from './tiny-router';

if (!parentPort) throw new Error('tiny-core-worker runs as a worker thread');
void startCoreHost(parentPort, {
  selfTest: async () => ({ ok: true, checks: [{ name: 'tiny', ok: true, detail: 'no checks' }] }),
  createRouter: createTinyRouter,
});
