// Data protection for the director: subject access drafts and their release, erasure and its
// tombstones, the retention period and the cases past it. The core enforces every rule (director
// only, the refusals of Art. 17(3)); this store only keeps what the screen shows.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Input, Output, SubjectAccessContent, Tombstone } from '../../electron/core/contract';
import { call } from '../api/client';

export interface ClientChoice {
  readonly clientId: string;
  readonly label: string;
}

export const useDataProtectionStore = defineStore('data-protection', () => {
  const cases = shallowRef<Output<'cases.list'>>([]);
  const tombstones = shallowRef<readonly Tombstone[]>([]);
  const draft = shallowRef<{ draftId: string; content: SubjectAccessContent } | null>(null);
  const released = shallowRef<Output<'dataProtection.subjectAccess.release'> | null>(null);
  const retention = shallowRef<Output<'dataProtection.retention.get'> | null>(null);
  const due = shallowRef<Output<'dataProtection.retentionDue'> | null>(null);
  const loaded = ref(false);

  /** One choice per client not yet erased, with the references of their cases. */
  const clients = computed<ClientChoice[]>(() => {
    const erased = new Set(tombstones.value.map((t) => t.personId));
    const byClient = new Map<string, { name: string; refs: string[] }>();
    for (const c of cases.value) {
      if (erased.has(c.clientId)) continue;
      const entry = byClient.get(c.clientId) ?? { name: c.clientName, refs: [] };
      entry.refs.push(c.reference);
      byClient.set(c.clientId, entry);
    }
    return [...byClient.entries()]
      .map(([clientId, e]) => ({ clientId, label: `${e.name} (${e.refs.sort().join(', ')})` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  });

  async function load(): Promise<void> {
    const [list, erasures, setting] = await Promise.all([call('cases.list', {}), call('dataProtection.erasures', {}), call('dataProtection.retention.get', {})]);
    cases.value = list;
    tombstones.value = erasures;
    retention.value = setting;
    loaded.value = true;
  }

  async function prepareDraft(input: Input<'dataProtection.subjectAccess.draft'>): Promise<void> {
    released.value = null;
    draft.value = await call('dataProtection.subjectAccess.draft', input);
  }

  async function release(outDir: string): Promise<void> {
    if (!draft.value) return;
    released.value = await call('dataProtection.subjectAccess.release', { draftId: draft.value.draftId, redactionsConfirmed: true, outDir });
    draft.value = null;
  }

  async function erase(input: Input<'dataProtection.erase'>): Promise<Tombstone> {
    const tombstone = await call('dataProtection.erase', input);
    await load();
    return tombstone;
  }

  async function setRetention(yearsAfterClosure: number): Promise<void> {
    retention.value = await call('dataProtection.retention.set', { yearsAfterClosure });
    if (due.value) await loadDue(due.value.asOf);
  }

  async function loadDue(asOf?: string): Promise<void> {
    due.value = await call('dataProtection.retentionDue', asOf ? { asOf } : {});
  }

  function reset(): void {
    cases.value = [];
    tombstones.value = [];
    draft.value = null;
    released.value = null;
    retention.value = null;
    due.value = null;
    loaded.value = false;
  }

  return { cases, tombstones, draft, released, retention, due, loaded, clients, load, prepareDraft, release, erase, setRetention, loadDue, reset };
});
