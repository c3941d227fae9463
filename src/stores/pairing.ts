// The Pairing tab's data (SPEC sections 3 and 9): `pairing.get` for the open case over the period
// a reader chooses, the whole case until they choose one. Holds its own loading and error state:
// the tab shows them, and an answer to an older question never replaces a newer one.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { PairingData } from '../../electron/core/contract';
import { call } from '../api/client';

/** London calendar days, both ends included, as the contract's isoDate. */
export type Period = [from: string, to: string];

export const usePairingStore = defineStore('pairing', () => {
  const caseId = ref<string | null>(null);
  /** The period asked for; null is the whole case. */
  const period = ref<Period | null>(null);
  const data = shallowRef<PairingData | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  let latest = 0;
  async function load(): Promise<void> {
    const id = caseId.value;
    if (!id) return;
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const answer = await call('pairing.get', { caseId: id, from: period.value?.[0], to: period.value?.[1] });
      if (ticket === latest) data.value = answer;
    } catch (failure) {
      if (ticket !== latest) return;
      // A chart of another period under this one's dates would mislead: show nothing instead.
      data.value = null;
      error.value = failure instanceof Error ? failure.message : String(failure);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  /**
   * Opens a case's pairing view over the whole case; the case already open keeps its period.
   * Asked again either way: records may have been added in the chronology meanwhile.
   */
  async function openCase(id: string): Promise<void> {
    if (caseId.value !== id) {
      reset();
      caseId.value = id;
    }
    await load();
  }

  async function choosePeriod(next: Period | null): Promise<void> {
    period.value = next;
    await load();
  }

  function reset(): void {
    latest++;
    caseId.value = null;
    period.value = null;
    data.value = null;
    loading.value = false;
    error.value = null;
  }

  return { caseId, period, data, loading, error, load, openCase, choosePeriod, reset };
});
