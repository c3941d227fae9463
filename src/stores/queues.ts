// The signed-in user's casework queue (SPEC section 9, `queues.mine`): proposals to decide or to
// approve, assessments needed, appeals to assign or decide, restrictions and agreements due for
// review, warnings about to stop being live. The home screen shows it beside the flag queues,
// evaluated as of the same date; and the letters waiting for the user's signature
// (`letters.awaitingSignature`): the director's letters for the director, a client manager's
// drafts on their own cases for them.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { LetterSummary, QueueItem } from '../../electron/core/contract';
import { call } from '../api/client';

export const useQueuesStore = defineStore('queues', () => {
  const items = shallowRef<readonly QueueItem[]>([]);
  /** The date the items were evaluated as of; null until the first answer. */
  const asOf = ref<string | null>(null);

  /** Drafts the user may sign; null until asked (and for roles that sign nothing). */
  const letters = shallowRef<readonly LetterSummary[] | null>(null);

  // Answers can overtake each other when the date changes quickly: only the latest counts.
  let latest = 0;
  async function load(date: string): Promise<void> {
    const ticket = ++latest;
    const answer = await call('queues.mine', { asOf: date });
    if (ticket !== latest) return;
    items.value = answer.items;
    asOf.value = answer.asOf;
  }

  let latestLetters = 0;
  async function loadLetters(): Promise<void> {
    const ticket = ++latestLetters;
    const answer = await call('letters.awaitingSignature', {});
    if (ticket === latestLetters) letters.value = answer;
  }

  function reset(): void {
    latest++;
    latestLetters++;
    letters.value = null;
    items.value = [];
    asOf.value = null;
  }

  return { items, asOf, letters, load, loadLetters, reset };
});
