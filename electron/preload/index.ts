// The preload: exposes `window.threshold` (invoke, cancel, onProgress, chooseSavePath, onMenuCommand) and nothing else. The
// page never sees ipcRenderer or an IPC event object, only plain values. Built as one CommonJS
// file because a sandboxed renderer cannot load an ES module preload.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Input, MethodName, Output, Progress, Result, ThresholdBridge } from '../core/contract';
// The file itself, not the contract's index: the index would bundle every schema into the preload.
import { isMenuCommand, type MenuCommand } from '../core/contract/menu-commands';
import { IPC_CHANNELS } from '../main/channels';

function isProgress(value: unknown): value is Progress {
  return typeof value === 'object' && value !== null && 'done' in value && typeof value.done === 'number' && 'total' in value && typeof value.total === 'number';
}

const bridge = {
  invoke<M extends MethodName>(method: M, input: Input<M>, callId?: string): Promise<Result<Output<M>>> {
    // main checks the sender and the method, and the core validates the input and the output.
    return ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input, callId);
  },
  cancel(callId: string): void {
    ipcRenderer.send(IPC_CHANNELS.cancel, callId);
  },
  chooseSavePath(suggestedFileName: string): Promise<string | null> {
    return ipcRenderer.invoke(IPC_CHANNELS.saveDialog, suggestedFileName).then((path: unknown) => (typeof path === 'string' ? path : null));
  },
  onProgress(listener: (callId: string, progress: Progress) => void): () => void {
    const forward = (_event: IpcRendererEvent, callId: unknown, progress: unknown): void => {
      if (typeof callId === 'string' && isProgress(progress)) listener(callId, progress);
    };
    ipcRenderer.on(IPC_CHANNELS.progress, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.progress, forward);
    };
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
} satisfies ThresholdBridge;

contextBridge.exposeInMainWorld('threshold', bridge);
