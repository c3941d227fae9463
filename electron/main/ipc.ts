// Wires the IPC gate to Electron's ipcMain. Only the window's own web contents is answered;
// progress goes back to the contents that asked, while it still exists.
import { BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import { savePathRequest } from './save-dialog';
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
  // A file is written only where the user chose in the system's save dialog (letters, packs).
  // main only asks for the path; the core writes the file.
  ipcMain.handle(IPC_CHANNELS.saveDialog, async (event, suggested: unknown) => {
    const window = isAppContents(event.sender) ? BrowserWindow.fromWebContents(event.sender) : null;
    const request = window ? savePathRequest(suggested) : null;
    if (!window || !request) return null;
    const chosen = await dialog.showSaveDialog(window, request);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  });
}
