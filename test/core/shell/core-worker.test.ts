// The real core (encrypted store in a temporary folder) hosted in a worker thread, reached only
// through main's relay and IPC gate: what the app does, minus Electron.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../../electron/core/contract';
import { createIpcGate } from '../../../electron/main/ipc-gate';
import { APP_ORIGIN } from '../../../electron/main/origins';
import { DIRECTOR, ORGANISATION, tempDir } from '../support/temp-store';
import { startWorker, type CoreWorker } from './support/workers';

let store: ReturnType<typeof tempDir>;
let core: CoreWorker;
beforeEach(() => {
  store = tempDir();
  core = startWorker('real-core-worker', { storeDir: store.dir });
});
afterEach(async () => {
  await core.stop();
  store.remove();
});

const appFrame = { url: 'app://threshold/index.html', parent: null };
const origins = { appOrigin: APP_ORIGIN };
const noProgress = (): void => {};

describe('real core in a worker, through the relay', () => {
  it('reports a passing self-test as ready', async () => {
    const report = await core.relay.ready;
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual(['runtime', 'store module', 'encrypted round trip', 'key derivation', 'key sealing']);
  });

  it('answers session.status on a new store, sets up, and reports unlocked', async () => {
    await core.relay.ready;
    expect(await core.relay.invoke('session.status', {})).toEqual({
      ok: true,
      value: { state: 'no-store', user: null, organisationName: null, autoLockMinutes: null },
    });
    const setup = await core.relay.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR });
    expect(setup).toMatchObject({ ok: true, value: { state: 'unlocked', organisationName: ORGANISATION.name } });
  });

  it('answers invalid input with a typed invalid_input error naming the fields', async () => {
    const result = await core.relay.invoke('session.unlock', { login: '', passphrase: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['login', 'passphrase']));
  });

  it('answers an unknown method with unknown_method', async () => {
    expect(await core.relay.invoke('cases.dropAll', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('closes the store on shutdown, so another core can open it', async () => {
    await core.relay.invoke('session.status', {});
    await core.stop();
    core = startWorker('real-core-worker', { storeDir: store.dir });
    expect(await core.relay.invoke('session.status', {})).toMatchObject({ ok: true, value: { state: 'no-store' } });
  });
});

describe('IPC gate in front of the relay', () => {
  it('relays a call from the app window', async () => {
    const gate = createIpcGate(core.relay, origins);
    expect(await gate.invoke(appFrame, 'session.status', {}, 'r-1', noProgress)).toMatchObject({ ok: true, value: { state: 'no-store' } });
    expect(await gate.invoke(appFrame, 'session.status', {}, undefined, noProgress)).toMatchObject({ ok: true });
  });

  it('refuses other senders, subframes, unknown methods and bad call ids before the core sees them', async () => {
    const sent: string[] = [];
    const counting = {
      invoke: (method: string, input: unknown) => (sent.push(method), core.relay.invoke(method, input)),
      cancel: (id: string) => void sent.push(`cancel ${id}`),
    };
    const gate = createIpcGate(counting, origins);
    expect(await gate.invoke({ url: 'https://example.com/', parent: null }, 'session.status', {}, 'r-1', noProgress)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await gate.invoke({ url: appFrame.url, parent: {} }, 'session.status', {}, 'r-1', noProgress)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await gate.invoke(null, 'session.status', {}, 'r-1', noProgress)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await gate.invoke(appFrame, '__proto__', {}, 'r-1', noProgress)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await gate.invoke(appFrame, { toString: () => 'x' }, {}, 'r-1', noProgress)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await gate.invoke(appFrame, 'session.status', {}, 'a b c', noProgress)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    gate.cancel({ url: 'file:///x.html', parent: null }, 'r-1');
    gate.cancel(appFrame, 12);
    expect(sent).toEqual([]);
    gate.cancel(appFrame, 'r-1');
    expect(sent).toEqual(['cancel r-1']);
  });

  it('sends progress back under the renderer’s call id', async () => {
    const sent: [string, Progress][] = [];
    const relay = {
      invoke: async (_method: string, _input: unknown, options?: { onProgress?: (p: Progress) => void }) => {
        options?.onProgress?.({ done: 1, total: 2 });
        return { ok: true as const, value: null };
      },
      cancel: () => {},
    };
    const gate = createIpcGate(relay, origins);
    await gate.invoke(appFrame, 'system.selfTest', {}, 'r-42', (id, progress) => sent.push([id, progress]));
    expect(sent).toEqual([['r-42', { done: 1, total: 2 }]]);
  });
});
