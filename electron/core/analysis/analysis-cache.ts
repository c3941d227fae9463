// The analyses' cache (SPEC section 8): a case's flags are computed once for a given "as of"
// date and kept until something they rest on changes. Each entry carries a stamp: the case's
// revision and the people revision (kept by triggers, migration 0009), the signed-in user (whose
// access decides whether restricted records were read) and the policy settings. A write to one
// case moves only that case's revision on, so only that case is evaluated again; a change to the
// settings or to anyone's name changes every stamp. The last few cases opened are kept loaded,
// since one review asks for the same case's chronology, flags and checklist in turn. The cache
// lives beside the open store and is emptied when it closes (store/memo.ts).
import type { Writer } from '../records/record-service';
import { memoFor } from '../store/memo';
import type { Database } from '../store/sqlite';
import { loadCaseRows, readCaseRows, type CaseRow, type LoadedCase } from './case-loader';
import { evaluateCase, type PolicyConfig } from './evaluate';
import type { WorkingCalendar } from './working-days';

export type EvaluatedFlags = ReturnType<typeof evaluateCase>;

/** Cases kept loaded: a review's three calls, and a step back to the case before. */
const LOADED_CASES = 3;
/** Flag results kept: every case of a large organisation for a few "as of" dates. */
const FLAG_RESULTS = 20_000;

/**
 * Nothing read inside a transaction is kept: a rollback puts the revisions back as well as the
 * rows, so a stamp seen inside one could later be reached again by different data.
 */
class AnalysisCache {
  constructor(private readonly db: Database) {}

  readonly loaded = new Map<string, { readonly stamp: string; readonly value: LoadedCase }>();
  readonly flags = new Map<string, { readonly stamp: string; readonly value: EvaluatedFlags }>();

  clear(): void {
    this.loaded.clear();
    this.flags.clear();
  }

  keepLoaded(caseId: string, stamp: string, value: LoadedCase): void {
    if (this.db.inTransaction) return;
    this.loaded.delete(caseId);
    this.loaded.set(caseId, { stamp, value });
    // A Map iterates in insertion order: the first key is the case used longest ago.
    while (this.loaded.size > LOADED_CASES) this.loaded.delete(this.loaded.keys().next().value!);
  }

  forget(caseIds: ReadonlySet<string>): void {
    for (const id of caseIds) this.loaded.delete(id);
    for (const key of this.flags.keys()) if (caseIds.has(key.slice(0, key.indexOf('|')))) this.flags.delete(key);
  }

  keepFlags(key: string, stamp: string, value: EvaluatedFlags): void {
    if (this.db.inTransaction) return;
    if (this.flags.size >= FLAG_RESULTS) this.flags.clear();
    this.flags.set(key, { stamp, value });
  }
}

const cacheOf = (db: Database): AnalysisCache => memoFor(db, 'analysis', () => new AnalysisCache(db));

/**
 * After an erasure: the erased cases' loaded records and flag results (names, facts) go from
 * memory at once, not at the next lock. Nothing would serve them (the revisions moved on), but
 * an erasure means the data is gone, not merely unreachable.
 */
export function forgetCases(db: Database, caseIds: readonly string[]): void {
  cacheOf(db).forget(new Set(caseIds));
}

/** Each case's revision (0 for a case never written to since migration 0009), and the people revision. */
function revisions(db: Database): { readonly cases: ReadonlyMap<string, number>; readonly people: number } {
  const rows = db.prepare('SELECT scope, revision FROM analysis_revisions').all() as { scope: string; revision: number }[];
  const cases = new Map(rows.map((r) => [r.scope, r.revision]));
  return { cases, people: cases.get('people') ?? 0 };
}

function caseRevision(db: Database, caseId: string): string {
  const row = db.prepare("SELECT (SELECT revision FROM analysis_revisions WHERE scope = ?) AS c, (SELECT revision FROM analysis_revisions WHERE scope = 'people') AS p").get(caseId) as { c: number | null; p: number | null };
  return `${row.c ?? 0}.${row.p ?? 0}`;
}

const loadStamp = (w: Writer, revision: string): string => `${w.user.id}:${revision}`;
const flagStamp = (loadedStamp: string, config: PolicyConfig): string => `${loadedStamp}:${JSON.stringify(config)}`;

export interface CachedCase {
  readonly loaded: LoadedCase;
  /** What the loaded case rests on; flags computed from it are kept under the same stamp. */
  readonly stamp: string;
  /** The store it was read from, whose cache keeps its flags. */
  readonly db: Database;
}

/** One case as the analyses take it, from the cache when nothing it rests on has changed; null when there is no such case. */
export function loadCaseCached(w: Writer, caseId: string): CachedCase | null {
  const cache = cacheOf(w.db);
  const stamp = loadStamp(w, caseRevision(w.db, caseId));
  const kept = cache.loaded.get(caseId);
  if (kept?.stamp === stamp) {
    cache.keepLoaded(caseId, stamp, kept.value);
    return { loaded: kept.value, stamp, db: w.db };
  }
  const [loaded] = loadCaseRows(w, readCaseRows(w, [caseId]));
  if (!loaded) return null;
  // Shared by every call until the case changes: a caller that tried to edit it would throw.
  for (const r of loaded.analysis.records) Object.freeze(r);
  Object.freeze(loaded.analysis.records);
  cache.keepLoaded(caseId, stamp, loaded);
  return { loaded, stamp, db: w.db };
}

/** The case's flags as of a date, evaluated only when no result for the same stamp is kept. */
export function flagsCached(c: CachedCase, config: PolicyConfig, asOf: string, calendar: WorkingCalendar): EvaluatedFlags {
  const cache = cacheOf(c.db);
  const key = `${c.loaded.analysis.caseId}|${asOf}`;
  const stamp = flagStamp(c.stamp, config);
  const kept = cache.flags.get(key);
  if (kept?.stamp === stamp) return kept.value;
  const value = evaluateCase(c.loaded.analysis, config, asOf, calendar);
  cache.keepFlags(key, stamp, value);
  return value;
}

/** Cases evaluated together when the dashboard finds many out of date: bounds the memory a cold start needs. */
const BATCH = 100;

/**
 * Every given case's flags as of a date, for the dashboard: only the cases whose stamp changed
 * are read from the store and evaluated, a batch at a time.
 */
export function flagsForRows(w: Writer, rows: readonly CaseRow[], config: PolicyConfig, asOf: string, calendar: WorkingCalendar): Map<string, EvaluatedFlags> {
  const cache = cacheOf(w.db);
  const { cases, people } = revisions(w.db);
  const out = new Map<string, EvaluatedFlags>();
  const stale: { row: CaseRow; stamp: string }[] = [];
  for (const row of rows) {
    const stamp = flagStamp(loadStamp(w, `${cases.get(row.id) ?? 0}.${people}`), config);
    const kept = cache.flags.get(`${row.id}|${asOf}`);
    if (kept?.stamp === stamp) out.set(row.id, kept.value);
    else stale.push({ row, stamp });
  }
  for (let i = 0; i < stale.length; i += BATCH) {
    const batch = stale.slice(i, i + BATCH);
    const loaded = loadCaseRows(w, batch.map((s) => s.row));
    loaded.forEach((l, j) => {
      const value = evaluateCase(l.analysis, config, asOf, calendar);
      cache.keepFlags(`${l.analysis.caseId}|${asOf}`, batch[j]!.stamp, value);
      out.set(l.analysis.caseId, value);
    });
  }
  return out;
}
