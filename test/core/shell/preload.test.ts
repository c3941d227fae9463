// The preload with Electron's contextBridge and ipcRenderer replaced by recorders: it exposes
// `window.threshold` with invoke, cancel, onProgress, chooseSavePath and onMenuCommand only, and the page
// never receives ipcRenderer, an IPC event object, a malformed progress message or an unknown menu command.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/main/channels';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoked: [] as unknown[][],
  sent: [] as unknown[][],
  listeners: new Map<string, IpcListener[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (electron.invoked.push(args), Promise.resolve({ ok: true, value: 'answered' })),
    send: (...args: unknown[]) => void electron.sent.push(args),
    on: (channel: string, listener: IpcListener) => void electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: IpcListener) => void electron.listeners.set(channel, (electron.listeners.get(channel) ?? []).filter((l) => l !== listener)),
  },
}));

interface Bridge {
  invoke(method: string, input: unknown, callId?: string): Promise<unknown>;
  cancel(callId: string): void;
  onProgress(listener: (callId: string, progress: unknown) => void): () => void;
  chooseSavePath(suggestedFileName: string): Promise<string | null>;
  onMenuCommand(listener: (command: unknown) => void): () => void;
}

function isBridge(value: unknown): value is Bridge {
  return typeof value === 'object' && value !== null && 'invoke' in value && 'cancel' in value && 'onProgress' in value && 'onMenuCommand' in value;
}

let bridge: Bridge;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  const api = electron.exposed[0]?.[1];
  if (!isBridge(api)) throw new Error('the preload exposed no bridge');
  bridge = api;
});

const emit =
  (channel: string) =>
  (...args: unknown[]): void => {
    for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'the IPC event' }, ...args);
  };
const emitProgress = emit(IPC_CHANNELS.progress);
const emitMenuCommand = emit(IPC_CHANNELS.menuCommand);

describe('the preload bridge', () => {
  it('exposes one object, window.threshold, holding five functions and nothing else', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['threshold']);
    expect(Object.keys(bridge).sort()).toEqual(['cancel', 'chooseSavePath', 'invoke', 'onMenuCommand', 'onProgress']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes on the invoke channel with the method, input and call id, and returns the answer', async () => {
    expect(await bridge.invoke('session.status', {}, 'r-1')).toEqual({ ok: true, value: 'answered' });
    expect(electron.invoked.at(-1)).toEqual([IPC_CHANNELS.invoke, 'session.status', {}, 'r-1']);
  });

  it('asks main for a save path on the save-dialog channel, and passes on only a path', async () => {
    expect(await bridge.chooseSavePath('TH-0001-L1 Written warning.pdf')).toBeNull(); // the recorder answers an object, not a path
    expect(electron.invoked.at(-1)).toEqual([IPC_CHANNELS.saveDialog, 'TH-0001-L1 Written warning.pdf']);
  });

  it('cancels on the cancel channel', () => {
    bridge.cancel('r-1');
    expect(electron.sent).toEqual([[IPC_CHANNELS.cancel, 'r-1']]);
  });

  it('passes on well-formed progress without the IPC event, drops the rest, and stops when asked', () => {
    const heard: unknown[][] = [];
    const stop = bridge.onProgress((...args) => heard.push(args));
    emitProgress('r-2', { done: 1, total: 3 });
    emitProgress('r-2', { done: 'x', total: 3 });
    emitProgress('r-2', null);
    emitProgress(42, { done: 1, total: 3 });
    expect(heard).toEqual([['r-2', { done: 1, total: 3 }]]);
    stop();
    emitProgress('r-2', { done: 2, total: 3 });
    expect(heard).toHaveLength(1);
    expect(electron.listeners.get(IPC_CHANNELS.progress)).toEqual([]);
  });

  it('passes on known menu commands without the IPC event, drops anything else, and stops when asked', () => {
    const heard: unknown[][] = [];
    const stop = bridge.onMenuCommand((...args) => heard.push(args));
    emitMenuCommand('lock');
    emitMenuCommand('format-disk');
    emitMenuCommand({ command: 'lock' });
    emitMenuCommand(undefined);
    emitMenuCommand('new-record', 'an extra argument');
    expect(heard).toEqual([['lock'], ['new-record']]);
    stop();
    emitMenuCommand('lock');
    expect(heard).toHaveLength(2);
    expect(electron.listeners.get(IPC_CHANNELS.menuCommand)).toEqual([]);
  });
});
