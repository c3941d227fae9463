// The one place that knows every store holding anything read from the case files: cases,
// people, records, flags, charts, casework (checklist, queues, registers), letters and the PDFs
// made from them, the letterhead, users, settings, an import in progress, subject access drafts.
// A lock (the Lock button, the idle timer, or a session the core ended) resets them all, so
// nothing read while unlocked stays in the renderer behind the unlock screen. Setup stores have no $reset, so each has its own reset();
// test/renderer/stores-reset.test.ts fails when a store in src/stores is missing here.
import { useCaseStore } from './case';
import { useCasesStore } from './cases';
import { useChecklistStore } from './checklist';
import { useChronologyStore } from './chronology';
import { useComplaintsStore } from './complaints';
import { useDataProtectionStore } from './data-protection';
import { useDocumentsStore } from './documents';
import { useFlagsStore } from './flags';
import { useImportStore } from './import';
import { useLetterheadStore } from './letterhead';
import { useLettersStore } from './letters';
import { usePairingStore } from './pairing';
import { usePolicyStore } from './policy';
import { useQueuesStore } from './queues';
import { useRecordChoicesStore } from './record-choices';
import { useRegistersStore } from './registers';
import { useStaffStore } from './staff';
import { useUsersStore } from './users';

/**
 * Every store but the session's. That one holds who is signed in, never case data; after a lock
 * it holds the core's locked status and the last login name, which pre-fills the unlock form.
 */
export const RECORD_STORES = [
  useCasesStore,
  useCaseStore,
  useChecklistStore,
  useChronologyStore,
  useComplaintsStore,
  useDataProtectionStore,
  useDocumentsStore,
  useFlagsStore,
  useImportStore,
  useLetterheadStore,
  useLettersStore,
  usePairingStore,
  usePolicyStore,
  useQueuesStore,
  useRecordChoicesStore,
  useRegistersStore,
  useStaffStore,
  useUsersStore,
] as const;

export function resetAllStores(): void {
  for (const useStore of RECORD_STORES) useStore().reset();
}
