// What a failure of the store's file means for the person at the screen. SQLite reports a page
// whose ChaCha20-Poly1305 tag does not verify as SQLITE_CORRUPT (page 1: SQLITE_NOTADB), a file
// shorter than its header says as SQLITE_CORRUPT, and a write that finds no room as SQLITE_FULL
// (the file system's ENOSPC). Each becomes a typed error with a message that says what happened,
// what was kept and what to do; every other error stays unexpected ('internal').
import { CoreError } from '../errors';

/** What every message about a damaged or missing store file ends with. */
export const RESTORE_ADVICE =
  'Nothing was changed. Restore the store from your most recent backup (the store file and its keyslot file together), then open the restored copy.';

export const STORE_DAMAGED_MESSAGE = `The store file is damaged: part of it fails its integrity check, so Threshold stopped rather than show or save wrong data. ${RESTORE_ADVICE}`;

export const STORE_UNREADABLE_MESSAGE = `The store file could not be decrypted with its key: it is damaged, or it does not belong to this keyslot file. ${RESTORE_ADVICE}`;

export const STORE_EMPTY_MESSAGE = `The store file is damaged: it is empty, so its contents were lost (for example by an interrupted copy). ${RESTORE_ADVICE}`;

export const STORE_FILE_MISSING_MESSAGE = `The store file (threshold.db) is missing from beside its keyslot file. ${RESTORE_ADVICE}`;

export const DISK_FULL_MESSAGE =
  'The disk is full: nothing was saved. Everything saved before is intact. Free some space on the disk that holds the store, then try again.';

function codeOf(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** The typed error a store failure means, or null when the error is not one of them. */
export function storeFault(error: unknown): CoreError | null {
  if (error instanceof CoreError) return null;
  const code = codeOf(error);
  if (code === null) return null;
  if (code === 'SQLITE_NOTADB') return new CoreError('store_damaged', STORE_UNREADABLE_MESSAGE);
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) return new CoreError('store_damaged', STORE_DAMAGED_MESSAGE);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new CoreError('disk_full', DISK_FULL_MESSAGE);
  return null;
}
