// The erasure log a restore replays (SPEC section 6: "a restore re-applies past erasures").
// Every erasure is in the store's own `erasures` table, which a backup taken later carries. A
// backup taken before an erasure does not, so each erasure is also listed in a small file beside
// the store, `threshold.erasures.json`: ids and dates only, no name and no reason, written
// atomically and owner-only. After restoring, call reapplyErasures with the entries from that
// file (and from the replaced store, if it still opens): each erasure the restored store lacks is
// applied again, with the same id, and audited as re-applied.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';
import { applyErasure } from './erasure-apply';
import { erasureScope } from './erasure-scope';

export const ERASURE_LOG_FILE = 'threshold.erasures.json';

const entry = z.object({
  id: z.string().min(1),
  personId: z.string().min(1),
  caseIds: z.array(z.string()),
  companionIds: z.array(z.string()),
  erasedAt: z.string(),
});
export type ErasureLogEntry = z.output<typeof entry>;

const logFile = z.object({ format: z.literal('threshold-erasure-log'), formatVersion: z.literal(1), erasures: z.array(entry) });

export const erasureLogPath = (storeDir: string): string => join(storeDir, ERASURE_LOG_FILE);

/** The entries of the log file beside a store; none when there is no file. */
export function readErasureLog(storeDir: string): ErasureLogEntry[] {
  const path = erasureLogPath(storeDir);
  if (!existsSync(path)) return [];
  let json: unknown = null;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // reported below, as any other damage
  }
  const parsed = logFile.safeParse(json);
  if (!parsed.success) throw new CoreError('store_damaged', `The erasure log ${path} is damaged, so past erasures cannot be re-applied from it. Keep the file and ask for help.`);
  return parsed.data.erasures;
}

/** The erasures a store itself records (its companions are found again when re-applied). */
export function erasureLogFromDb(db: Database): ErasureLogEntry[] {
  const rows = db.prepare('SELECT id, person_id, erased_at FROM erasures ORDER BY erased_at, id').all() as { id: string; person_id: string; erased_at: string }[];
  const cases = db.prepare('SELECT case_id FROM erased_cases WHERE erasure_id = ? ORDER BY case_id');
  return rows.map((r) => ({ id: r.id, personId: r.person_id, caseIds: (cases.all(r.id) as { case_id: string }[]).map((c) => c.case_id), companionIds: [], erasedAt: r.erased_at }));
}

function merge(...lists: readonly ErasureLogEntry[][]): ErasureLogEntry[] {
  const byId = new Map<string, ErasureLogEntry>();
  for (const e of lists.flat()) {
    const known = byId.get(e.id);
    byId.set(e.id, known ? { ...known, caseIds: [...new Set([...known.caseIds, ...e.caseIds])], companionIds: [...new Set([...known.companionIds, ...e.companionIds])] } : e);
  }
  return [...byId.values()].sort((a, b) => a.erasedAt.localeCompare(b.erasedAt) || a.id.localeCompare(b.id));
}

/** Adds entries to the log file beside the store (temporary file, fsync, rename). */
export function appendErasureLog(storeDir: string, entries: readonly ErasureLogEntry[]): void {
  const path = erasureLogPath(storeDir);
  const all = merge(readErasureLog(storeDir), [...entries]);
  const temp = `${path}.${randomUUID()}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify({ format: 'threshold-erasure-log', formatVersion: 1, erasures: all }, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

export interface ReapplyResult {
  /** Erasure ids applied again to this store. */
  readonly reapplied: string[];
  /** Already in this store. */
  readonly alreadyErased: string[];
  /** The person is not in this store (the backup predates them): nothing to erase. */
  readonly notPresent: string[];
}

/**
 * Re-applies past erasures to a restored store, each in its own transaction, without the checks
 * of a new erasure (the decision was made). Pass the entries of readErasureLog (and of
 * erasureLogFromDb on the replaced store when it still opens); `actorUserId` is the user doing
 * the restore, or null. Idempotent: running it twice changes nothing the second time.
 */
export function reapplyErasures(db: Database, entries: readonly ErasureLogEntry[], at: Date, actorUserId: string | null = null): ReapplyResult {
  const result: ReapplyResult = { reapplied: [], alreadyErased: [], notPresent: [] };
  const isErased = db.prepare('SELECT 1 FROM erasures WHERE id = ? OR person_id = ?');
  const exists = db.prepare('SELECT 1 FROM people WHERE id = ?');
  for (const e of merge([...entries])) {
    if (isErased.get(e.id, e.personId)) result.alreadyErased.push(e.id);
    else if (!exists.get(e.personId)) result.notPresent.push(e.id);
    else {
      db.transaction(() => {
        const scope = erasureScope(db, e.personId, e.caseIds, e.companionIds.filter((id) => exists.get(id)));
        applyErasure(db, scope, { id: e.id, reason: `Re-applied after a restore: erased on ${e.erasedAt.slice(0, 10)}.`, at, actorUserId, reapplied: true });
      })();
      result.reapplied.push(e.id);
    }
  }
  if (result.reapplied.length) db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
