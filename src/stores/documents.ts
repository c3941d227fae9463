// The PDFs made on request (SPEC sections 5 and 7): the case review pack for supervision, and
// the oversight and restriction registers for the board. Each is kept only until the next one is
// asked for, or the case changes, or a lock; saving one to a file asks the core to write it.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Input, Output, Progress } from '../../electron/core/contract';
import { call } from '../api/client';
import { callWithProgress, type ProgressCall } from '../api/progress';

export type ReviewPackOptions = Pick<Input<'documents.reviewPack'>, 'redacted' | 'chronology'>;
export type MadePdf = Output<'documents.reviewPack'>;

export const useDocumentsStore = defineStore('documents', () => {
  const packCaseId = ref<string | null>(null);
  const pack = shallowRef<MadePdf | null>(null);
  /** The options the pack on show was made with: a save writes the same document. */
  const packOptions = shallowRef<ReviewPackOptions | null>(null);
  const oversight = shallowRef<MadePdf | null>(null);
  const restrictions = shallowRef<MadePdf | null>(null);

  /** The pack being made (a heavy case's takes seconds): its steps so far, and its cancel. */
  const packRunning = shallowRef<ProgressCall<MadePdf> | null>(null);
  const packProgress = ref<Progress | null>(null);

  let latest = 0;
  async function buildPack(caseId: string, options: ReviewPackOptions): Promise<MadePdf> {
    const ticket = ++latest;
    if (packCaseId.value !== caseId) pack.value = null;
    packRunning.value?.cancel();
    packProgress.value = null;
    const running = callWithProgress('documents.reviewPack', { caseId, ...options }, (p) => {
      if (ticket === latest) packProgress.value = p;
    });
    packRunning.value = running;
    try {
      const answer = await running.result;
      if (ticket === latest) {
        packCaseId.value = caseId;
        pack.value = answer;
        packOptions.value = options;
      }
      return answer;
    } finally {
      if (packRunning.value === running) {
        packRunning.value = null;
        packProgress.value = null;
      }
    }
  }

  function cancelPack(): void {
    packRunning.value?.cancel();
  }

  /** Writes the pack as it was last made to a file the user named. */
  async function savePack(caseId: string, outPath: string): Promise<MadePdf> {
    return call('documents.reviewPack', { caseId, ...(packOptions.value ?? {}), outPath });
  }

  async function buildOversight(from: string, to: string, outPath?: string): Promise<MadePdf> {
    const answer = await call('documents.oversightRegister', { from, to, ...(outPath ? { outPath } : {}) });
    oversight.value = answer;
    return answer;
  }

  async function buildRestrictions(outPath?: string): Promise<MadePdf> {
    const answer = await call('documents.restrictionRegister', outPath ? { outPath } : {});
    restrictions.value = answer;
    return answer;
  }

  function reset(): void {
    latest++;
    packRunning.value?.cancel();
    packRunning.value = null;
    packProgress.value = null;
    packCaseId.value = null;
    pack.value = null;
    packOptions.value = null;
    oversight.value = null;
    restrictions.value = null;
  }

  return { packCaseId, pack, packOptions, packRunning, packProgress, oversight, restrictions, buildPack, cancelPack, savePack, buildOversight, buildRestrictions, reset };
});
