// What main asks the system's save dialog for, from the file name the page suggests: a PDF file
// name only (no folders, no control characters, at most 120 characters), in the Documents folder.
import { app } from 'electron';
import { join } from 'node:path';

export function safeFileName(suggested: unknown): string | null {
  if (typeof suggested !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const name = suggested.replace(/[\u0000-\u001f<>:"/\\|?*]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  if (!name || name === '.' || name === '..') return null;
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

export function savePathRequest(suggested: unknown): Electron.SaveDialogOptions | null {
  const name = safeFileName(suggested);
  return name ? { defaultPath: join(app.getPath('documents'), name), filters: [{ name: 'PDF document', extensions: ['pdf'] }], properties: ['showOverwriteConfirmation', 'createDirectory'] } : null;
}
