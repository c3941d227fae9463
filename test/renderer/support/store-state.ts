// What a lock must leave behind in the renderer's stores: each record store exactly as a fresh
// one starts, and no trace of the case in any store the app has created, the session's included.
import { createPinia, getActivePinia, getStores, setActivePinia, type Pinia } from 'pinia';
import { RECORD_STORES } from '../../../src/stores/reset';

/** A store's state as plain data (functions and promises fall away). */
export function plain(state: unknown): unknown {
  return JSON.parse(JSON.stringify(state ?? null));
}

/** The pinia the mounted app installed. */
export function appPinia(): Pinia {
  const pinia = getActivePinia();
  if (!pinia) throw new Error('No active pinia: mount the app first');
  return pinia;
}

export interface StoreState {
  readonly id: string;
  readonly state: unknown;
}

export function recordStoreStates(pinia: Pinia): StoreState[] {
  return RECORD_STORES.map((useStore) => ({ id: useStore.$id, state: plain(useStore(pinia).$state) }));
}

/** Each record store's state in a pinia nobody has used. */
export function freshStates(): StoreState[] {
  const active = getActivePinia();
  const states = recordStoreStates(createPinia());
  // Using a store makes its pinia the active one: give the app its own back.
  if (active) setActivePinia(active);
  return states;
}

/** The ids of every store the app has created so far. */
export function createdStoreIds(pinia: Pinia): string[] {
  return getStores(pinia)
    .map((store) => store.$id)
    .sort();
}

/** Everything every created store holds, as one text to search for what must be gone. */
export function everythingHeld(pinia: Pinia): string {
  return JSON.stringify(getStores(pinia).map((store) => ({ id: store.$id, state: plain(store.$state) })));
}
