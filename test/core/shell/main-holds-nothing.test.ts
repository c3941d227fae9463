// Main keeps no copy of what passes through it. Every answer and progress report from the core
// goes through the relay and the IPC gate to the renderer; neither caches them (the relay keeps
// only the resolver of a call still waiting). Proved on the heap itself: in a worker standing in
// for main, a snapshot finds the answer's secret text while the caller holds the answer, and
// none of it once the caller has dropped it and the lock has gone through.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';

interface Report {
  readonly whileHeld: string;
  readonly afterLock: string;
  readonly secret: Uint8Array;
}

function isReport(value: unknown): value is Report {
  return typeof value === 'object' && value !== null && 'whileHeld' in value && 'afterLock' in value && 'secret' in value && value.secret instanceof Uint8Array;
}

function runWorker(folder: string): Promise<Report> {
  const file = fileURLToPath(new URL('./support/relay-heap-worker.ts', import.meta.url));
  const worker = new Worker(file, { execArgv: ['--import', 'tsx'], workerData: { folder } });
  return new Promise<Report>((resolve, reject) => {
    worker.once('message', (message: unknown) => (isReport(message) ? resolve(message) : reject(new Error('unexpected report'))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker exited (${code}) without a report`)));
  }).finally(() => void worker.terminate());
}

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("main's relay and IPC gate", () => {
  it('hold nothing of an answer or a progress report once the caller has dropped it and the session is locked', { timeout: 120_000 }, async () => {
    folder = mkdtempSync(join(tmpdir(), 'threshold-heap-'));
    const report = await runWorker(folder);
    const secret = Buffer.from(report.secret);
    const traces = [secret.toString('hex'), secret.toString('hex').toUpperCase(), secret.toString('base64url')];
    const found = (path: string) => {
      const heap = readFileSync(path);
      return traces.filter((trace) => heap.includes(trace));
    };
    // The search works: while the caller holds the answer and its progress, all three are there.
    expect(found(report.whileHeld)).toEqual(traces);
    expect(found(report.afterLock)).toEqual([]);
  });
});
