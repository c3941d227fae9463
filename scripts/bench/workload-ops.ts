// The case-review workload of SPEC section 8, run through the router on both stores: the
// dashboard of every flagged case, one heavy case's review (chronology, flags and checklist), a bundle export of about 10,000
// records, and a 100,000-row contact import (last, since it adds to the store).
import type { Database } from '../../electron/core/store/sqlite';
import { callLog } from './csv';
import { timePair, type Samples } from './measure';
import { call, type BenchRouter } from './targets';

export interface StoreFacts {
  /** Every case, heaviest first. */
  readonly bySize: readonly string[];
  readonly heavyCase: { readonly id: string; readonly reference: string; readonly records: number };
  readonly exportCaseIds: readonly string[];
  readonly exportRecords: number;
  readonly managerPersonId: string;
  readonly tutor: { readonly id: string; readonly fullName: string };
  readonly staffNames: readonly string[];
}

/** The heaviest case, and cases adding up to about 10,000 records (all of them when the store is smaller). */
export function storeFacts(db: Database, exportTarget = 10_000): StoreFacts {
  const sizes = db.prepare('SELECT c.id, c.reference, count(r.id) AS n FROM cases c LEFT JOIN records r ON r.case_id = c.id GROUP BY c.id ORDER BY n DESC, c.reference').all() as { id: string; reference: string; n: number }[];
  const heavy = sizes[0]!;
  const chosen: string[] = [];
  let total = 0;
  for (const s of sizes) {
    if (s.n > exportTarget / 3 || total + s.n > exportTarget) continue;
    chosen.push(s.id);
    total += s.n;
  }
  const staff = db.prepare("SELECT id, full_name, staff_role FROM people WHERE kind = 'staff' ORDER BY full_name").all() as { id: string; full_name: string; staff_role: string }[];
  const tutor = staff.find((p) => p.staff_role === 'tutor')!;
  const manager = staff.find((p) => p.staff_role === 'client_manager')!;
  return {
    bySize: sizes.map((s) => s.id),
    heavyCase: { id: heavy.id, reference: heavy.reference, records: heavy.n },
    exportCaseIds: chosen,
    exportRecords: total,
    managerPersonId: manager.id,
    tutor: { id: tutor.id, fullName: tutor.full_name },
    staffNames: staff.filter((p) => ['tutor', 'reception', 'client_manager'].includes(p.staff_role)).map((p) => p.full_name),
  };
}

export interface Pair {
  readonly encrypted: BenchRouter;
  readonly plain: BenchRouter;
}

const both = (pair: Pair, runs: number, warmUp: number, work: (r: BenchRouter, round: number) => Promise<unknown>): Promise<Samples> =>
  timePair(runs, warmUp, (round) => work(pair.encrypted, round), (round) => work(pair.plain, round));

export const dashboardSamples = (pair: Pair, runs: number, asOf: string) => both(pair, runs, 1, (r) => call(r, 'flags.dashboard', { asOf }));

/** Empties a store's analyses cache, as a lock and a fresh unlock do. */
export interface Forget {
  readonly encrypted: () => void;
  readonly plain: () => void;
}

/** The first dashboard after an unlock: every case read and evaluated. */
export const dashboardColdSamples = (pair: Pair, runs: number, asOf: string, forget: Forget) =>
  timePair(
    runs,
    1,
    () => (forget.encrypted(), call(pair.encrypted, 'flags.dashboard', { asOf })),
    () => (forget.plain(), call(pair.plain, 'flags.dashboard', { asOf })),
  );

/** An issue opened on a case on the "as of" date: the smallest write that moves its revision on. */
const newIssue = (caseId: string, asOf: string, round: number) => ({ caseId, type: 'issue', occurredAt: `${asOf}T09:00:00Z`, fact: `Raised a question about the timetable (${round}).`, details: { title: `Timetable question ${round}`, openedOn: asOf } });

/** The working day's pattern: a record is added to one case (a different one each round), then the dashboard. */
export const dashboardAfterWriteSamples = (pair: Pair, runs: number, asOf: string, caseIds: readonly string[]) =>
  both(pair, runs, 1, async (r, round) => {
    await call(r, 'records.create', newIssue(caseIds[round % caseIds.length]!, asOf, round));
    await call(r, 'flags.dashboard', { asOf });
  });

const review = async (r: BenchRouter, caseId: string, asOf: string) => {
  await call(r, 'chronology.list', { caseId });
  await call(r, 'flags.forCase', { caseId, asOf });
  await call(r, 'checklist.get', { caseId, asOf });
};

/** A record added to the heavy case, then its review: nothing kept from the round before holds. */
export const reviewSamples = (pair: Pair, runs: number, caseId: string, asOf: string) =>
  both(pair, runs, 2, async (r, round) => {
    await call(r, 'records.create', newIssue(caseId, asOf, round));
    await review(r, caseId, asOf);
  });

/** The heavy case's review opened a second time, unchanged since: its load and flags are kept. */
export const reviewAgainSamples = (pair: Pair, runs: number, caseId: string, asOf: string) => both(pair, runs, 1, (r) => review(r, caseId, asOf));

/** The first letter the heavy case offers (a warning, decision or flag), drafted once per store; the timed work is its PDF. */
export async function letterSamples(pair: Pair, runs: number, caseIds: readonly string[]): Promise<{ type: string; caseId: string; draft: Samples; pdf: Samples } | null> {
  // The heaviest case that offers a letter (a warning, decision or flag of the policy situations).
  let found: { caseId: string; option: Awaited<ReturnType<typeof call<'letters.options'>>>[number] } | null = null;
  for (const id of caseIds) {
    const [first] = await call(pair.encrypted, 'letters.options', { caseId: id });
    if (first) {
      found = { caseId: id, option: first };
      break;
    }
  }
  if (!found) return null;
  const { caseId, option } = found;
  const request = { caseId, type: option.type, source: option.source };
  const drafted = { encrypted: '', plain: '' };
  const draft = await timePair(runs, 1, async () => (drafted.encrypted = (await call(pair.encrypted, 'letters.draft', request)).id), async () => (drafted.plain = (await call(pair.plain, 'letters.draft', request)).id));
  const pdf = await both(pair, runs, 1, (r) => call(r, 'letters.preview', { letterId: r === pair.encrypted ? drafted.encrypted : drafted.plain }));
  return { type: option.type, caseId, draft, pdf };
}

/** The case review pack of one case, with its contact chart; `chronology` as the Review tab offers it. */
export const packSamples = (pair: Pair, runs: number, caseId: string, chronology: 'significant' | 'all') =>
  both(pair, runs, 1, (r) => call(r, 'documents.reviewPack', { caseId, chronology }));

export const exportSamples = (pair: Pair, runs: number, caseIds: readonly string[]) => both(pair, runs, 1, (r) => call(r, 'bundles.export', { caseIds }));

/**
 * Each round imports into a new case of its own (opened beforehand, not timed), as a service
 * importing a client's call log would; the warm-up round imports 10,000 rows.
 */
export async function importSamples(pair: Pair, runs: number, facts: StoreFacts, rows: number): Promise<Samples> {
  const warmUp = 1;
  const open = async (r: BenchRouter) => {
    const ids: string[] = [];
    for (let i = 0; i < warmUp + runs; i++) {
      const kase = await call(r, 'cases.create', { clientName: `Import Client ${i + 1}`, service: 'online_tuition', startDate: '2026-01-05', allocatedWorkerId: facts.tutor.id, clientManagerId: facts.managerPersonId });
      ids.push(kase.id);
    }
    return ids;
  };
  const cases = { encrypted: await open(pair.encrypted), plain: await open(pair.plain) };
  const files = [callLog(10_000, facts.staffNames, new Date(Date.UTC(2025, 5, 2, 8))), callLog(rows, facts.staffNames, new Date(Date.UTC(2025, 5, 2, 8)))];
  const run = (r: BenchRouter, ids: readonly string[], round: number) => call(r, 'contacts.import', { caseId: ids[round]!, csv: files[round < warmUp ? 0 : 1]!, dateFormat: 'uk' });
  return timePair(runs, warmUp, (round) => run(pair.encrypted, cases.encrypted, round), (round) => run(pair.plain, cases.plain, round));
}
