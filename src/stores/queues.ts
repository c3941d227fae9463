// The signed-in user's casework queue (SPEC section 9, `queues.mine`): proposals to decide or to
// approve, assessments needed, appeals to assign or decide, restrictions and agreements due for
// review, warnings about to stop being live. The home screen shows it beside the flag queues,
// evaluated as of the same date.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { QueueItem } from '../../electron/core/contract';
import { call } from '../api/client';

export const useQueuesStore = defineStore('queues', () => {
  const items = shallowRef<readonly QueueItem[]>([]);
  /** The date the items were evaluated as of; null until the first answer. */
  const asOf = ref<string | null>(null);

  // Answers can overtake each other when the date changes quickly: only the latest counts.
  let latest = 0;
  async function load(date: string): Promise<void> {
    const ticket = ++latest;
    const answer = await call('queues.mine', { asOf: date });
    if (ticket !== latest) return;
    items.value = answer.items;
    asOf.value = answer.asOf;
  }

  function reset(): void {
    latest++;
    items.value = [];
    asOf.value = null;
  }

  return { items, asOf, load, reset };
});
