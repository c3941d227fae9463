// The case open on the case page: its people, and the changes made to them there. Opening a
// case is written to the core's access log, so it is fetched once per visit, not on every tab.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CaseDetail, ClientSidePerson, Input } from '../../electron/core/contract';
import { call } from '../api/client';
import { useCasesStore } from './cases';

export const useCaseStore = defineStore('case', () => {
  const detail = ref<CaseDetail | null>(null);

  async function load(caseId: string): Promise<CaseDetail> {
    // A different case must never show, even briefly, under this one's heading.
    if (detail.value?.id !== caseId) detail.value = null;
    detail.value = await call('cases.get', { caseId });
    return detail.value;
  }

  async function update(input: Input<'cases.update'>): Promise<CaseDetail> {
    detail.value = await call('cases.update', input);
    // The case list shows the worker and manager too: keep its row in step.
    const cases = useCasesStore();
    const updated = detail.value;
    cases.cases = cases.cases.map((c) => (c.id === updated.id ? { ...c, allocatedWorker: updated.allocatedWorker, clientManager: updated.clientManager } : c));
    return updated;
  }

  async function addClientSide(input: Input<'people.addClientSide'>): Promise<ClientSidePerson> {
    const person = await call('people.addClientSide', input);
    // Merged here rather than fetched again: a second cases.get would log a second opening.
    const current = detail.value;
    if (current?.id === input.caseId) {
      detail.value = { ...current, clientSide: [...current.clientSide, person], student: input.asStudent ? person : current.student };
    }
    return person;
  }

  function reset(): void {
    detail.value = null;
  }

  return { detail, load, update, addClientSide, reset };
});
