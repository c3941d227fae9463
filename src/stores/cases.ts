// The case list. Newest first, as the core returns it; a created case is put on top at once.
import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import type { CaseSummary, Input, Output } from '../../electron/core/contract';
import { call } from '../api/client';
import { noCaseFilters, type CaseFilters } from '../cases/filters';

export const useCasesStore = defineStore('cases', () => {
  const cases = ref<CaseSummary[]>([]);
  /** False until the first answer: the table shows "loading", not a misleading "No cases yet". */
  const loaded = ref(false);
  /** Kept here, not in the view, so they are still set on coming back from a case. */
  const filters = reactive<CaseFilters>(noCaseFilters());
  /** The cases this user opened lately (the home screen's Recent cases); null until asked. */
  const recent = ref<Output<'cases.recent'> | null>(null);

  async function load(): Promise<void> {
    cases.value = await call('cases.list', {});
    loaded.value = true;
  }

  async function loadRecent(): Promise<void> {
    recent.value = await call('cases.recent', {});
  }

  async function create(input: Input<'cases.create'>): Promise<CaseSummary> {
    const created = await call('cases.create', input);
    cases.value = [created, ...cases.value.filter((c) => c.id !== created.id)];
    return created;
  }

  function reset(): void {
    cases.value = [];
    loaded.value = false;
    recent.value = null;
    Object.assign(filters, noCaseFilters());
  }

  return { cases, loaded, filters, recent, load, loadRecent, create, reset };
});
