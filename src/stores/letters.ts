// The Letters tab's data (SPEC section 5): the open case's letters, what can be drafted for it,
// the letter open in the editor and its preview. Every write answers with the letter as the core
// now holds it (its revision, its problems); the list and the preview are read again after it.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { LetterContent, LetterOption, LetterSource, LetterSummary, LetterType, LetterView, PdfFile } from '../../electron/core/contract';
import { call } from '../api/client';

const message = (failure: unknown): string => (failure instanceof Error ? failure.message : String(failure));

export const useLettersStore = defineStore('letters', () => {
  const caseId = ref<string | null>(null);
  const list = shallowRef<readonly LetterSummary[]>([]);
  /** What can be drafted now; null until asked (and for roles that cannot draft). */
  const options = shallowRef<readonly LetterOption[] | null>(null);
  const current = shallowRef<LetterView | null>(null);
  const preview = shallowRef<PdfFile | null>(null);
  const previewError = ref<string | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  // An answer for a case or letter no longer open is dropped.
  let latest = 0;

  async function loadList(): Promise<void> {
    const id = caseId.value;
    if (!id) return;
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const letters = await call('letters.list', { caseId: id });
      if (ticket === latest) list.value = letters;
    } catch (failure) {
      if (ticket === latest) error.value = message(failure);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  async function openCase(id: string): Promise<void> {
    if (caseId.value !== id) {
      reset();
      caseId.value = id;
    }
    await loadList();
  }

  /** The options are asked for when the "New letter" menu opens: they follow today's casework. */
  async function loadOptions(): Promise<void> {
    const id = caseId.value;
    if (!id) return;
    const answer = await call('letters.options', { caseId: id });
    if (caseId.value === id) options.value = answer;
  }

  /**
   * The options for a case's "Draft letter" actions (the Checklist, the Overview): asked once per
   * case and again when `fresh` is set (after casework changes what can be drafted).
   */
  let asking: { id: string; answer: Promise<void> } | null = null;
  async function ensureOptions(id: string, fresh = false): Promise<void> {
    if (caseId.value !== id) await openCase(id);
    if (!fresh && options.value !== null) return;
    if (!fresh && asking?.id === id) return asking.answer;
    const answer = loadOptions();
    asking = { id, answer };
    try {
      await answer;
    } finally {
      if (asking?.answer === answer) asking = null;
    }
  }

  async function loadPreview(letterId: string): Promise<void> {
    previewError.value = null;
    try {
      const pdf = await call('letters.preview', { letterId });
      if (current.value?.id === letterId) preview.value = pdf;
    } catch (failure) {
      if (current.value?.id === letterId) previewError.value = message(failure);
    }
  }

  /** Shows a letter the core answered with, and draws its preview afresh. */
  async function show(view: LetterView): Promise<LetterView> {
    const samePdf = current.value?.id === view.id && current.value.revision === view.revision && current.value.status === view.status;
    current.value = view;
    if (!samePdf) {
      preview.value = null;
      await loadPreview(view.id);
    }
    return view;
  }

  async function open(letterId: string): Promise<LetterView> {
    if (current.value?.id !== letterId) {
      current.value = null;
      preview.value = null;
    }
    return show(await call('letters.get', { letterId }));
  }

  /** Drafts a letter; refusals are thrown to the caller, which shows them. */
  async function draft(type: LetterType, source: LetterSource | undefined): Promise<LetterView> {
    const id = caseId.value;
    if (!id) throw new Error('No case is open.');
    const view = await call('letters.draft', { caseId: id, type, ...(source ? { source } : {}) });
    await loadList();
    return show(view);
  }

  async function save(content: LetterContent): Promise<LetterView> {
    const letter = requireCurrent();
    const view = await call('letters.update', { letterId: letter.id, expectedRevision: letter.revision, content });
    await loadList();
    return show(view);
  }

  async function sign(passphrase: string): Promise<LetterView> {
    const letter = requireCurrent();
    const view = await call('letters.sign', { letterId: letter.id, expectedRevision: letter.revision, passphrase });
    await loadList();
    return show(view);
  }

  async function voidLetter(reason: string): Promise<LetterView> {
    const view = await call('letters.void', { letterId: requireCurrent().id, reason });
    await loadList();
    return show(view);
  }

  async function exportTo(outPath: string, overwrite: boolean): Promise<{ path: string; sha256: string }> {
    return call('letters.export', { letterId: requireCurrent().id, outPath, overwrite });
  }

  function requireCurrent(): LetterView {
    if (!current.value) throw new Error('No letter is open.');
    return current.value;
  }

  function close(): void {
    current.value = null;
    preview.value = null;
    previewError.value = null;
  }

  function reset(): void {
    latest++;
    asking = null;
    caseId.value = null;
    list.value = [];
    options.value = null;
    loading.value = false;
    error.value = null;
    close();
  }

  return { caseId, list, options, current, preview, previewError, loading, error, openCase, loadList, loadOptions, ensureOptions, loadPreview, open, draft, save, sign, voidLetter, exportTo, close, reset };
});
