// Wires the IPC gate to Electron's ipcMain. Only the window's own web contents is answered;
// progress goes back to the contents that asked, while it still exists.
import { ipcMain, type WebContents } from 'electron';
import { IPC_CHANNELS } from './channels';
import type { IpcGate } from './ipc-gate';

export function registerIpc(gate: IpcGate, isAppContents: (contents: WebContents) => boolean): void {
  ipcMain.handle(IPC_CHANNELS.invoke, (event, method: unknown, input: unknown, callId: unknown) => {
    const frame = isAppContents(event.sender) ? event.senderFrame : null;
    return gate.invoke(frame, method, input, callId, (id, progress) => {
      if (!event.sender.isDestroyed()) event.sender.send(IPC_CHANNELS.progress, id, progress);
    });
  });
  ipcMain.on(IPC_CHANNELS.cancel, (event, callId: unknown) => {
    gate.cancel(isAppContents(event.sender) ? event.senderFrame : null, callId);
  });
}
