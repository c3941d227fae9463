// The letterhead and the routes every letter states (SPEC section 5): read by anyone signed in,
// changed by the director. Kept here so the settings page and the letters agree on it.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Letterhead } from '../../electron/core/contract';
import { call } from '../api/client';

export const useLetterheadStore = defineStore('letterhead', () => {
  const letterhead = shallowRef<Letterhead | null>(null);

  async function load(): Promise<Letterhead> {
    const answer = await call('letterhead.get', {});
    letterhead.value = answer;
    return answer;
  }

  async function save(next: Letterhead): Promise<Letterhead> {
    const answer = await call('letterhead.set', next);
    letterhead.value = answer;
    return answer;
  }

  function reset(): void {
    letterhead.value = null;
  }

  return { letterhead, load, save, reset };
});
