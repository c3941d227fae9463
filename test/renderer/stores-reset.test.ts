/// <reference types="vite/client" />
// resetAllStores knows every store: each store module in src/stores is either reset on lock or
// is the session store. (lock-forgets.test.ts proves, with a real core, what the reset leaves.)
import { describe, expect, it } from 'vitest';
import { RECORD_STORES } from '../../src/stores/reset';
import { useSessionStore } from '../../src/stores/session';

const modules = import.meta.glob<Record<string, unknown>>('../../src/stores/*.ts', { eager: true });

/** Every store definition exported by src/stores/*.ts (a useXStore function carries its $id). */
function definedStoreIds(): string[] {
  const ids = new Set<string>();
  for (const exports of Object.values(modules)) {
    for (const value of Object.values(exports)) {
      if (typeof value === 'function' && '$id' in value && typeof value.$id === 'string') ids.add(value.$id);
    }
  }
  return [...ids].sort();
}

describe('the stores a lock resets', () => {
  it('are every store in src/stores but the session’s', () => {
    const reset = RECORD_STORES.map((useStore) => useStore.$id);
    expect(new Set(reset).size).toBe(reset.length);
    expect(definedStoreIds()).toEqual([...reset, useSessionStore.$id].sort());
    expect(definedStoreIds().length).toBeGreaterThanOrEqual(11);
  });
});
