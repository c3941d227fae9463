// The chronology of the open case: the filters a reader sets, the entries and gaps the core
// returns for them, and the writes (add, correct) that change it. Entries sit in a shallowRef:
// a case can hold tens of thousands, and none of them is edited in place.
import { refDebounced } from '@vueuse/core';
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, toRef } from 'vue';
import type { ChronologyEntry, Input, Output, RecordType } from '../../electron/core/contract';
import { call } from '../api/client';

export interface ChronologyFilters {
  types: RecordType[];
  significantOnly: boolean;
  search: string;
  partyId: string | null;
  /** London calendar days, inclusive, as the contract's isoDate. */
  range: [string, string] | null;
  newestFirst: boolean;
}

/** Typing in the search box waits this long before asking the core again. */
export const SEARCH_DEBOUNCE_MS = 300;

const blankFilters = (): ChronologyFilters => ({ types: [], significantOnly: false, search: '', partyId: null, range: null, newestFirst: false });

export const useChronologyStore = defineStore('chronology', () => {
  const caseId = ref<string | null>(null);
  const filters = reactive<ChronologyFilters>(blankFilters());
  const appliedSearch = refDebounced(toRef(filters, 'search'), SEARCH_DEBOUNCE_MS);

  const entries = shallowRef<readonly ChronologyEntry[]>([]);
  const gaps = shallowRef<Output<'chronology.list'>['gaps']>([]);
  const casework = shallowRef<Output<'chronology.list'>['casework']>([]);
  const total = ref(0);
  const loaded = ref(false);

  /** What the core is asked for; the order is the renderer's own (the core answers oldest first). */
  const query = computed<Input<'chronology.list'> | null>(() => {
    if (!caseId.value) return null;
    return {
      caseId: caseId.value,
      types: filters.types.length ? [...filters.types] : undefined,
      significantOnly: filters.significantOnly,
      search: appliedSearch.value.trim(),
      partyId: filters.partyId ?? undefined,
      from: filters.range?.[0],
      to: filters.range?.[1],
    };
  });

  const filtered = computed(() => filters.types.length > 0 || filters.significantOnly || filters.search.trim() !== '' || filters.partyId !== null || filters.range !== null);

  // Answers can overtake each other while someone types: only the latest request's answer counts.
  let latest = 0;
  async function load(): Promise<void> {
    const asked = query.value;
    if (!asked) return;
    const ticket = ++latest;
    const answer = await call('chronology.list', asked);
    if (ticket !== latest) return;
    entries.value = answer.entries;
    gaps.value = answer.gaps;
    casework.value = answer.casework;
    total.value = answer.total;
    loaded.value = true;
  }

  /** Opens a case's chronology with no filters, unless it is the one already open. */
  function openCase(id: string): void {
    if (caseId.value === id) return;
    reset();
    caseId.value = id;
  }

  function clearFilters(): void {
    Object.assign(filters, { ...blankFilters(), newestFirst: filters.newestFirst });
  }

  async function create(input: Input<'records.create'>): Promise<Output<'records.create'>> {
    const record = await call('records.create', input);
    await load();
    return record;
  }

  async function correct(input: Input<'records.correct'>): Promise<Output<'records.correct'>> {
    const record = await call('records.correct', input);
    await load();
    return record;
  }

  const get = (recordId: string): Promise<Output<'records.get'>> => call('records.get', { recordId });

  function reset(): void {
    latest++;
    caseId.value = null;
    Object.assign(filters, blankFilters());
    entries.value = [];
    gaps.value = [];
    casework.value = [];
    total.value = 0;
    loaded.value = false;
  }

  return { caseId, filters, query, filtered, entries, gaps, casework, total, loaded, load, openCase, clearFilters, create, correct, get, reset };
});
