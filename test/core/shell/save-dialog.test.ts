// The save dialog main opens for the page: the page may only suggest a file name; folders,
// control characters and reserved characters are stripped, and it is always a .pdf.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { getPath: (which: string) => `/home/director/${which}` } }));

const { safeFileName, savePathRequest } = await import('../../../electron/main/save-dialog');

describe('the save dialog request', () => {
  it('keeps a plain file name and makes it a PDF', () => {
    expect(safeFileName('TH-0001-L2 Written warning.pdf')).toBe('TH-0001-L2 Written warning.pdf');
    expect(safeFileName('Review pack TH-0003')).toBe('Review pack TH-0003.pdf');
  });

  it('never lets the page name a folder, a control character or anything but a string', () => {
    expect(safeFileName('../../etc/passwd')).toBe('.. .. etc passwd.pdf');
    expect(safeFileName('a\u0000b\nc')).toBe('a b c.pdf');
    expect(safeFileName('..')).toBeNull();
    expect(safeFileName(42)).toBeNull();
    expect(safeFileName('   ')).toBeNull();
  });

  it('opens in the Documents folder, for PDFs, confirming an overwrite', () => {
    expect(savePathRequest('letter.pdf')).toEqual({ defaultPath: '/home/director/documents/letter.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }], properties: ['showOverwriteConfirmation', 'createDirectory'] });
    expect(savePathRequest(null)).toBeNull();
  });
});
