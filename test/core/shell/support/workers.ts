// Starts a core worker thread (TypeScript through tsx) and puts the real relay on it; the
// Worker itself is the relay's port, just as the UtilityProcess is in the app.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createCoreRelay, type CoreRelay } from '../../../../electron/main/core-relay';

export interface CoreWorker {
  worker: Worker;
  relay: CoreRelay;
  logged: string[];
  stop(): Promise<void>;
}

export function startWorker(script: 'tiny-core-worker' | 'real-core-worker', workerData: unknown = {}): CoreWorker {
  const file = fileURLToPath(new URL(`./${script}.ts`, import.meta.url));
  const worker = new Worker(file, { execArgv: ['--import', 'tsx'], workerData });
  const logged: string[] = [];
  const relay = createCoreRelay(worker, (message) => logged.push(message));
  return {
    worker,
    relay,
    logged,
    async stop() {
      await relay.shutdown(5000);
      await worker.terminate();
    },
  };
}
