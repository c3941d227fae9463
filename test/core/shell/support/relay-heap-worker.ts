// A worker thread standing in for Electron's main process: the real IPC gate and core relay, in
// front of a pretend core whose answers carry a secret made here at random. The worker takes
// heap snapshots of itself (a worker's snapshot holds its own heap only) and reports where they
// are and, last, the secret's bytes, so the test can search them for what main still holds.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import type { Progress } from '../../../../electron/core/contract';
import { createCoreRelay, type RelayPort } from '../../../../electron/main/core-relay';
import { createIpcGate } from '../../../../electron/main/ipc-gate';
import { APP_ORIGIN } from '../../../../electron/main/origins';

if (!parentPort) throw new Error('relay-heap-worker runs as a worker thread');
const port = parentPort;
const folder = String((workerData as { folder: unknown }).folder);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// Bytes, never a string, until the pretend core writes an answer: the search must find only
// what the answers left behind.
const secret = randomBytes(24);

/** The pretend core: answers each call with a progress report and a result built around the secret. */
function pretendCore(): RelayPort {
  const events = new EventEmitter();
  const reply = (message: unknown): void => void setImmediate(() => events.emit('message', message));
  return {
    postMessage(message) {
      if (message.type !== 'invoke') return;
      if (message.method === 'session.lock') {
        reply({ type: 'result', id: message.id, result: { ok: true, value: { state: 'locked', user: null, organisationName: null, autoLockMinutes: null } } });
        return;
      }
      const text = ['Client ', secret.toString('hex')].join('');
      reply({ type: 'progress', id: message.id, progress: { done: 1, total: 2, label: ['Reading ', secret.toString('base64url')].join('') } });
      reply({ type: 'result', id: message.id, result: { ok: true, value: { clientName: text, notes: [text, text.toUpperCase()] } } });
    },
    // One implementation for both overloads (a message is unknown, an exit code a number).
    on(event: 'message' | 'exit', listener: (value: never) => void) {
      return events.on(event, listener as (...args: unknown[]) => void);
    },
  };
}

function snapshot(name: string): string {
  gc();
  gc();
  return writeHeapSnapshot(join(folder, `${name}.heapsnapshot`));
}

async function main(): Promise<void> {
  const relay = createCoreRelay(pretendCore(), () => {});
  const gate = createIpcGate(relay, { appOrigin: APP_ORIGIN });
  const frame = { url: 'app://threshold/index.html', parent: null };
  const seen: { answer: unknown; progress: Progress[] } = { answer: null, progress: [] };
  const keep = (_id: string, progress: Progress): void => void seen.progress.push(progress);

  seen.answer = await gate.invoke(frame, 'cases.get', { caseId: '7d1f5a4e-3b2c-4d5e-8f90-a1b2c3d4e5f6' }, 'r-1', keep);
  const whileHeld = snapshot('while-held');

  // The renderer drops its copy (its stores are reset), and the lock goes through main.
  await gate.invoke(frame, 'session.lock', {}, 'r-2', () => {});
  seen.answer = null;
  seen.progress = [];
  const afterLock = snapshot('after-lock');

  port.postMessage({ whileHeld, afterLock, secret });
}

void main();
