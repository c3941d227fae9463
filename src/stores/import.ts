// The contact import wizard's state: the chosen case and file, the column mapping and defaults,
// the core's preview of them, and the running import with its progress. The file is read here,
// in the renderer; only its text goes to the core. Forgotten on lock like every case record.
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import type { Output, Progress } from '../../electron/core/contract';
import type { ContactImportDefaults, ContactImportMapping } from '../../electron/core/contract/transfer';
import { isApiFailure, type Issue } from '../api/client';
import { callWithProgress, type ProgressCall } from '../api/progress';
import { useSessionStore } from './session';

export type ImportPreview = Output<'contacts.previewImport'>;
export type DateFormat = 'uk' | 'iso';
type Defaults = Required<Omit<ContactImportDefaults, 'clientParties'>> & { clientParties: string[] };

const blankDefaults = (): Defaults => ({
  medium: 'phone_call',
  line: 'helpline',
  direction: 'from_client_side',
  purpose: 'other',
  clientParties: [],
  staffParties: [],
  significant: false,
  requestedByService: false,
  withinAllocatedTimes: true,
  bringsNewInformation: false,
  fact: '',
});

export const useImportStore = defineStore('import', () => {
  const caseId = ref<string | null>(null);
  const fileName = ref<string | null>(null);
  const csv = ref('');
  const dateFormat = ref<DateFormat>('uk');
  const mapping = ref<ContactImportMapping>({});
  const defaults = reactive<Defaults>(blankDefaults());
  const preview = shallowRef<ImportPreview | null>(null);
  /** The file's columns, kept when a preview is refused, so the mapping can still be corrected. */
  const columns = shallowRef<readonly string[]>([]);
  /** Why the file or the last request was refused, in the core's (or the reader's) words. */
  const problem = ref<string | null>(null);
  const issues = shallowRef<readonly Issue[]>([]);
  const progress = ref<Progress | null>(null);
  const running = shallowRef<ProgressCall<unknown> | null>(null);
  const importing = ref(false);
  const imported = ref<{ caseId: string; imported: number } | null>(null);
  let previewSeq = 0;

  const canImport = computed(() => !!preview.value && preview.value.errorCount === 0 && preview.value.validRows > 0 && !running.value && !imported.value);

  /** Set when the core says the session has gone (auto-lock): the view then follows the session. */
  const sessionLost = ref(false);

  function fail(error: unknown): void {
    if (!isApiFailure(error)) throw error;
    problem.value = error.message;
    issues.value = error.issues;
    if (error.code === 'not_signed_in' || error.code === 'passphrase_change_required') sessionLost.value = true;
  }

  /** Reads the chosen file strictly as UTF-8: a file in another encoding is refused, not garbled. */
  async function chooseFile(file: File): Promise<void> {
    clearResult();
    preview.value = null;
    columns.value = [];
    mapping.value = {};
    fileName.value = file.name;
    csv.value = '';
    try {
      csv.value = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      problem.value = `“${file.name}” is not UTF-8 text. Save it again as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8) and choose it again.`;
      return;
    }
    await runPreview(true);
  }

  function input() {
    return { caseId: caseId.value ?? '', csv: csv.value, mapping: mapping.value, dateFormat: dateFormat.value, defaults: { ...defaults } };
  }

  /** Asks the core what the file would become. `suggested`: use the core's mapping (a new file). */
  async function runPreview(suggested = false): Promise<void> {
    if (!caseId.value || !csv.value) return;
    running.value?.cancel(); // an older preview's answer no longer matters
    const seq = ++previewSeq;
    problem.value = null;
    issues.value = [];
    const request = suggested ? { ...input(), mapping: undefined } : input();
    const call = callWithProgress('contacts.previewImport', request, (p) => {
      if (seq === previewSeq) progress.value = p;
    });
    running.value = call;
    try {
      const answer = await call.result;
      if (seq !== previewSeq) return;
      preview.value = answer;
      columns.value = answer.columns;
      mapping.value = { ...answer.mapping };
    } catch (error) {
      if (seq !== previewSeq) return;
      preview.value = null;
      if (!(isApiFailure(error) && error.code === 'cancelled')) fail(error);
    } finally {
      if (seq === previewSeq) {
        running.value = null;
        progress.value = null;
      }
    }
  }

  async function runImport(): Promise<void> {
    if (!canImport.value) return;
    problem.value = null;
    importing.value = true;
    const call = callWithProgress('contacts.import', input(), (p) => (progress.value = p));
    running.value = call;
    try {
      imported.value = await call.result;
    } catch (error) {
      if (isApiFailure(error) && error.code === 'cancelled') problem.value = error.message;
      else fail(error);
    } finally {
      running.value = null;
      importing.value = false;
      progress.value = null;
    }
  }

  function cancel(): void {
    running.value?.cancel();
  }

  function clearResult(): void {
    problem.value = null;
    issues.value = [];
    imported.value = null;
  }

  function reset(): void {
    running.value?.cancel();
    previewSeq++;
    Object.assign(defaults, blankDefaults());
    caseId.value = null;
    fileName.value = null;
    csv.value = '';
    mapping.value = {};
    preview.value = null;
    columns.value = [];
    progress.value = null;
    running.value = null;
    importing.value = false;
    sessionLost.value = false;
    clearResult();
  }

  // The file and its preview are case records: nothing of them stays behind a locked screen.
  const session = useSessionStore();
  watch(
    () => session.isUnlocked,
    (unlocked) => unlocked || reset(),
  );

  return { caseId, fileName, csv, dateFormat, mapping, defaults, preview, columns, problem, issues, sessionLost, progress, running, importing, imported, canImport, chooseFile, runPreview, runImport, cancel, clearResult, reset };
});
