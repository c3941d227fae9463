// The analyses as the screens read them: the dashboard of every case with its flags (the home
// screen's queues come from it too) and the flags of the case open on the case page. Both are
// evaluated "as of" one date, today by default, so moving from a flag on the dashboard to its
// case shows the same findings. Filters are kept here so they survive a visit to a case.
import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import type { CaseFlags, DashboardRow } from '../../electron/core/contract';
import { call } from '../api/client';
import { todayIso } from '../dates';
import { defaultDashboardSort, noDashboardFilters, type DashboardFilters, type DashboardSort } from '../flags/dashboard-filters';

export const useFlagsStore = defineStore('flags', () => {
  /** The London date every flag is evaluated as of. */
  const asOf = ref(todayIso());
  const includeClosed = ref(false);
  const rows = shallowRef<readonly DashboardRow[]>([]);
  /** The date the rows were evaluated as of; null until the first answer. */
  const rowsAsOf = ref<string | null>(null);
  const filters = reactive<DashboardFilters>(noDashboardFilters());
  const sort = reactive<DashboardSort>(defaultDashboardSort());
  const caseFlags = shallowRef<CaseFlags | null>(null);

  // Answers can overtake each other when the date changes quickly: only the latest counts.
  let dashboardTicket = 0;
  let caseTicket = 0;

  async function loadDashboard(): Promise<void> {
    const ticket = ++dashboardTicket;
    const answer = await call('flags.dashboard', { asOf: asOf.value, includeClosed: includeClosed.value });
    if (ticket !== dashboardTicket) return;
    rows.value = answer.rows;
    rowsAsOf.value = answer.asOf;
  }

  async function loadCase(caseId: string): Promise<CaseFlags | null> {
    const ticket = ++caseTicket;
    // Another case's flags must never show, even briefly, under this one.
    if (caseFlags.value?.caseId !== caseId) caseFlags.value = null;
    const answer = await call('flags.forCase', { caseId, asOf: asOf.value });
    if (ticket !== caseTicket) return null;
    caseFlags.value = answer;
    return answer;
  }

  function reset(): void {
    dashboardTicket++;
    caseTicket++;
    asOf.value = todayIso();
    includeClosed.value = false;
    rows.value = [];
    rowsAsOf.value = null;
    Object.assign(filters, noDashboardFilters());
    Object.assign(sort, defaultDashboardSort());
    caseFlags.value = null;
  }

  return { asOf, includeClosed, rows, rowsAsOf, filters, sort, caseFlags, loadDashboard, loadCase, reset };
});
