// What the core keeps in memory beside an unlocked store (the analyses' cache): one object per
// open database, made on first use and dropped when the vault closes, so nothing computed from
// the case files outlives a lock.
import type { Database } from './sqlite';

const memos = new WeakMap<Database, Map<string, { clear(): void }>>();

export function memoFor<T extends { clear(): void }>(db: Database, name: string, create: () => T): T {
  let byName = memos.get(db);
  if (!byName) memos.set(db, (byName = new Map()));
  let memo = byName.get(name);
  if (!memo) byName.set(name, (memo = create()));
  return memo as T;
}

/** Empties and forgets everything kept for this database (called as the vault closes). */
export function forgetMemos(db: Database): void {
  for (const memo of memos.get(db)?.values() ?? []) memo.clear();
  memos.delete(db);
}
