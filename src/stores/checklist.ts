// The Checklist tab's data (SPEC section 4): the open case's criteria, ladder and casework as the
// core computes them today, the case's records (what the forms cite as evidence), and for the
// director the case's audit trail. Every casework action goes through act(): the core writes it,
// then the checklist is read again and the case's status in the header follows the core's answer.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { CaseStatus, ChecklistView, ChronologyEntry, Input, Output } from '../../electron/core/contract';
import { call } from '../api/client';
import { useCaseStore } from './case';
import { useCasesStore } from './cases';

/** The casework writes the tab's forms make. */
export type CaseworkMethod =
  | 'ladder.warn'
  | 'checklist.assess'
  | 'checklist.riskCheck'
  | 'decisions.propose'
  | 'decisions.consult'
  | 'decisions.decide'
  | 'restrictions.review'
  | 'appeals.lodge'
  | 'appeals.assign'
  | 'appeals.decide';

export type AuditEntry = Output<'audit.forCase'>[number];

export const useChecklistStore = defineStore('checklist', () => {
  const caseId = ref<string | null>(null);
  const view = shallowRef<ChecklistView | null>(null);
  /** Every record of the case the user can read, oldest first: the evidence the forms offer. */
  const records = shallowRef<readonly ChronologyEntry[]>([]);
  const audit = shallowRef<readonly AuditEntry[] | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  // An answer for a case no longer open, or overtaken by a newer question, is dropped.
  let latest = 0;

  async function load(): Promise<void> {
    const id = caseId.value;
    if (!id) return;
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const [checklist, chronology] = await Promise.all([call('checklist.get', { caseId: id }), call('chronology.list', { caseId: id })]);
      if (ticket !== latest) return;
      view.value = checklist;
      records.value = chronology.entries;
      followStatus(id, checklist.status);
    } catch (failure) {
      if (ticket !== latest) return;
      error.value = failure instanceof Error ? failure.message : String(failure);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  /**
   * The header's status tag and the case list's row take the status the checklist reports, rather
   * than asking for the case again: every cases.get is written to the access log as an opening.
   */
  function followStatus(id: string, status: CaseStatus): void {
    const kase = useCaseStore();
    if (kase.detail?.id === id && kase.detail.status !== status) kase.detail = { ...kase.detail, status };
    const cases = useCasesStore();
    if (cases.cases.some((c) => c.id === id && c.status !== status)) cases.cases = cases.cases.map((c) => (c.id === id ? { ...c, status } : c));
  }

  /** The director's view of who did what to the case (audit.forCase; the core refuses anyone else). */
  async function loadAudit(): Promise<void> {
    const id = caseId.value;
    if (!id) return;
    const entries = await call('audit.forCase', { caseId: id });
    if (caseId.value === id) audit.value = entries;
  }

  /** Opens a case's checklist; asked again each time, as records may have changed meanwhile. */
  async function openCase(id: string): Promise<void> {
    if (caseId.value !== id) {
      reset();
      caseId.value = id;
    }
    await load();
  }

  /** One casework write; its refusal is thrown to the form that made it, which shows it. */
  async function act<M extends CaseworkMethod>(method: M, input: Input<M>): Promise<Output<M>> {
    const answer = await call(method, input);
    await load();
    // The write stands whatever happens to this re-read; the trail's panel shows its own failures.
    if (audit.value !== null) await loadAudit().catch(() => undefined);
    return answer;
  }

  function reset(): void {
    latest++;
    caseId.value = null;
    view.value = null;
    records.value = [];
    audit.value = null;
    loading.value = false;
    error.value = null;
  }

  return { caseId, view, records, audit, loading, error, load, loadAudit, openCase, act, reset };
});
