// registerIpc with Electron's ipcMain replaced by a recorder: a call from any web contents other
// than the window reaches the gate with no frame (so the gate refuses it), and progress goes
// back only to the contents that asked, while it exists.
import { describe, expect, it, vi } from 'vitest';
import type { Progress, Result } from '../../../electron/core/contract';
import { IPC_CHANNELS } from '../../../electron/main/channels';
import { createIpcGate, type IpcGate } from '../../../electron/main/ipc-gate';
import { APP_ORIGIN } from '../../../electron/main/origins';
import type { SenderFrame } from '../../../electron/main/sender';

type Handler = (event: FakeEvent, ...args: unknown[]) => unknown;

const ipcMain = vi.hoisted(() => ({ handlers: new Map<string, Handler>(), listeners: new Map<string, Handler>() }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => void ipcMain.handlers.set(channel, handler),
    on: (channel: string, listener: Handler) => void ipcMain.listeners.set(channel, listener),
  },
}));

const { registerIpc } = await import('../../../electron/main/ipc');

interface FakeSender {
  readonly name: string;
  destroyed: boolean;
  readonly sent: unknown[][];
  isDestroyed(): boolean;
  send(...args: unknown[]): void;
}
interface FakeEvent {
  readonly sender: FakeSender;
  readonly senderFrame: SenderFrame | null;
}

function sender(name: string): FakeSender {
  const fake: FakeSender = { name, destroyed: false, sent: [], isDestroyed: () => fake.destroyed, send: (...args) => void fake.sent.push(args) };
  return fake;
}

const appFrame: SenderFrame = { url: 'app://threshold/index.html', parent: null };
const windowContents = sender('window');
const otherContents = sender('other');

/** The real gate in front of a relay that records what reaches it and reports progress once. */
function recordingGate(): { gate: IpcGate; reached: string[] } {
  const reached: string[] = [];
  const relay = {
    invoke: async (method: string, _input: unknown, options?: { onProgress?: (p: Progress) => void }): Promise<Result<unknown>> => {
      reached.push(method);
      options?.onProgress?.({ done: 1, total: 2 });
      return { ok: true, value: method };
    },
    cancel: (id: string) => void reached.push(`cancel ${id}`),
  };
  return { gate: createIpcGate(relay, { appOrigin: APP_ORIGIN }), reached };
}

function register(): string[] {
  const { gate, reached } = recordingGate();
  // The same test main uses: only the window's own web contents counts.
  registerIpc(gate, (contents) => contents === (windowContents as unknown));
  return reached;
}

const invoke = (event: FakeEvent, ...args: unknown[]) => ipcMain.handlers.get(IPC_CHANNELS.invoke)?.(event, ...args);
const cancel = (event: FakeEvent, ...args: unknown[]) => ipcMain.listeners.get(IPC_CHANNELS.cancel)?.(event, ...args);

describe('IPC registration', () => {
  it('answers the window’s own top frame, with progress sent back to it', async () => {
    const reached = register();
    expect(await invoke({ sender: windowContents, senderFrame: appFrame }, 'session.status', {}, 'r-1')).toEqual({ ok: true, value: 'session.status' });
    expect(reached).toEqual(['session.status']);
    expect(windowContents.sent).toEqual([[IPC_CHANNELS.progress, 'r-1', { done: 1, total: 2 }]]);
  });

  it('refuses another web contents even at an app URL, before the relay sees it', async () => {
    const reached = register();
    expect(await invoke({ sender: otherContents, senderFrame: appFrame }, 'session.status', {}, 'r-2')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    cancel({ sender: otherContents, senderFrame: appFrame }, 'r-2');
    expect(reached).toEqual([]);
    expect(otherContents.sent).toEqual([]);
  });

  it('refuses a vanished frame', async () => {
    const reached = register();
    expect(await invoke({ sender: windowContents, senderFrame: null }, 'session.status', {}, 'r-3')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(reached).toEqual([]);
  });

  it('cancels for the window only, and sends no progress to contents that are gone', async () => {
    const reached = register();
    cancel({ sender: windowContents, senderFrame: appFrame }, 'r-4');
    expect(reached).toEqual(['cancel r-4']);
    windowContents.sent.length = 0;
    windowContents.destroyed = true;
    await invoke({ sender: windowContents, senderFrame: appFrame }, 'session.status', {}, 'r-5');
    expect(windowContents.sent).toEqual([]);
    windowContents.destroyed = false;
  });
});
