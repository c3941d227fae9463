// What a record's references can point at on the open case: its issues and its sessions. Read
// through chronology.list, the same list the chronology shows, so a merged issue is gone here too.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { ChronologyEntry } from '../../electron/core/contract';
import { call } from '../api/client';

export const useRecordChoicesStore = defineStore('record-choices', () => {
  const issues = shallowRef<readonly ChronologyEntry[]>([]);
  const sessions = shallowRef<readonly ChronologyEntry[]>([]);

  async function load(caseId: string): Promise<void> {
    const [issueList, sessionList] = await Promise.all([
      call('chronology.list', { caseId, types: ['issue'] }),
      call('chronology.list', { caseId, types: ['session'] }),
    ]);
    issues.value = issueList.entries;
    sessions.value = sessionList.entries;
  }

  function reset(): void {
    issues.value = [];
    sessions.value = [];
  }

  return { issues, sessions, load, reset };
});
