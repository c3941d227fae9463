// The Complaints tab's data (SPEC section 9): `complaints.history` for the open case as of the
// date the case page's flags use. Holds its own loading and error state, and an answer to an
// older question (another case, another date) never replaces a newer one.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ComplaintHistory } from '../../electron/core/contract';
import { call } from '../api/client';

export const useComplaintsStore = defineStore('complaints', () => {
  const history = shallowRef<ComplaintHistory | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  let latest = 0;
  async function load(caseId: string, asOf: string): Promise<void> {
    const ticket = ++latest;
    // Another case's complaints must never show, even briefly, under this one.
    if (history.value?.caseId !== caseId) history.value = null;
    loading.value = true;
    error.value = null;
    try {
      const answer = await call('complaints.history', { caseId, asOf });
      if (ticket === latest) history.value = answer;
    } catch (failure) {
      if (ticket !== latest) return;
      // Another date's history under this date would mislead: show nothing instead.
      history.value = null;
      error.value = failure instanceof Error ? failure.message : String(failure);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  function reset(): void {
    latest++;
    history.value = null;
    loading.value = false;
    error.value = null;
  }

  return { history, loading, error, load, reset };
});
