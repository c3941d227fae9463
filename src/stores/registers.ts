// The registers (SPEC section 7): every contact restriction and communication agreement with its
// review date and state, across all cases, and for the director and the appeals officer the
// oversight register of warnings, restrictions, withdrawals and appeals in a period.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Output } from '../../electron/core/contract';
import { call } from '../api/client';

export type Period = [from: string, to: string];

export const useRegistersStore = defineStore('registers', () => {
  const restrictions = shallowRef<Output<'registers.restrictions'> | null>(null);
  const oversight = shallowRef<Output<'registers.oversight'> | null>(null);
  /** The oversight period asked for; null until one is chosen. */
  const period = ref<Period | null>(null);

  async function loadRestrictions(): Promise<void> {
    restrictions.value = await call('registers.restrictions', {});
  }

  let latest = 0;
  async function loadOversight(next: Period): Promise<void> {
    period.value = next;
    const ticket = ++latest;
    const answer = await call('registers.oversight', { from: next[0], to: next[1] });
    if (ticket === latest) oversight.value = answer;
  }

  function reset(): void {
    latest++;
    restrictions.value = null;
    oversight.value = null;
    period.value = null;
  }

  return { restrictions, oversight, period, loadRestrictions, loadOversight, reset };
});
