// Generates a large organisation into a new store folder, for the benchmark (npm run bench), the
// command line (threshold generate) and tests: the director sets the store up through the real
// session, then the planned people, cases and records are written below the API in large
// transactions with the rows the API would write. A failed generation removes what it created.
import { rmSync } from 'node:fs';
import { sessionMethods } from '../contract/session';
import { Session, type Clock } from '../auth/session';
import { CoreError } from '../errors';
import { acquireStoreLock } from '../store/lock';
import { ensureStoreDir, storeExists, storePaths } from '../store/paths';
import { loadSqlite } from '../store/sqlite';
import { GENERATED_DIRECTOR, GENERATED_ORGANISATION, GENERATED_PASSPHRASE } from './cast';
import { dayOf, instantOf } from './days';
import { planOrganisation, type OrgPlan, type PlanOptions } from './plan';
import { HISTORY_DAYS } from './cases-plan';
import { writeCast } from './write-people';
import { writeRecords } from './write-records';

export { GENERATED_DIRECTOR, GENERATED_ORGANISATION, GENERATED_PASSPHRASE } from './cast';
export { planOrganisation, DEFAULT_SEED, DEFAULT_UNTIL, type OrgPlan, type PlanOptions } from './plan';
export { orgShape, FULL_SIZE, type OrgShape } from './shape';

export interface GenerateProgress {
  readonly phase: 'planning' | 'people' | 'records';
  readonly done: number;
  readonly total: number;
}

export interface GenerateOptions extends PlanOptions {
  readonly storeDir: string;
  readonly onProgress?: (progress: GenerateProgress) => void;
}

export interface GenerateSummary {
  readonly storeDir: string;
  readonly scale: number;
  readonly seed: number;
  readonly until: string;
  readonly cases: number;
  readonly records: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly users: readonly { readonly login: string; readonly role: string }[];
  readonly passphrase: string;
  readonly seconds: { readonly plan: number; readonly people: number; readonly records: number };
}

function countByType(plan: OrgPlan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of plan.records) counts[r.input.type] = (counts[r.input.type] ?? 0) + 1;
  return counts;
}

export async function generateOrganisation(options: GenerateOptions): Promise<GenerateSummary> {
  loadSqlite();
  const paths = storePaths(options.storeDir);
  if (storeExists(paths)) throw new CoreError('store_exists', `There is already a store in ${paths.dir}: generate into a new folder.`);
  const report = options.onProgress ?? (() => {});
  const t0 = performance.now();
  report({ phase: 'planning', done: 0, total: 1 });
  const plan = planOrganisation(options);
  const t1 = performance.now();
  // Everyone was set up before the first case: the organisation's clock stands then while it is.
  const setUpAt = new Date(instantOf(dayOf(plan.until) - HISTORY_DAYS - 7, 0));
  const clock: Clock = { now: () => setUpAt };
  ensureStoreDir(paths.dir);
  const lock = acquireStoreLock(paths.lock, () => new Date());
  const session = new Session(paths, clock);
  try {
    await session.setup(
      sessionMethods['session.setup'].input.parse({ organisation: GENERATED_ORGANISATION, director: { ...GENERATED_DIRECTOR, passphrase: GENERATED_PASSPHRASE } }),
    );
    const { vault, user: director } = session.require();
    report({ phase: 'people', done: 0, total: plan.cast.users.length });
    await writeCast(vault, director, plan.cast, setUpAt);
    const t2 = performance.now();
    // A bigger page cache for this connection only while writing (not stored in the file).
    const cacheSize = vault.db.pragma('cache_size', { simple: true }) as number;
    vault.db.pragma('cache_size = -262144');
    writeRecords(vault, plan, ({ done, total }) => report({ phase: 'records', done, total }));
    vault.db.pragma(`cache_size = ${cacheSize}`);
    vault.db.pragma('wal_checkpoint(TRUNCATE)');
    const t3 = performance.now();
    return {
      storeDir: paths.dir,
      scale: plan.shape.scale,
      seed: plan.seed,
      until: plan.until,
      cases: plan.cases.length,
      records: plan.records.length,
      byType: countByType(plan),
      users: [{ login: GENERATED_DIRECTOR.login, role: 'director' }, ...plan.cast.users.map((u) => ({ login: u.login, role: u.role }))],
      passphrase: GENERATED_PASSPHRASE,
      seconds: { plan: (t1 - t0) / 1000, people: (t2 - t1) / 1000, records: (t3 - t2) / 1000 },
    };
  } catch (error) {
    session.lock();
    for (const file of [paths.keys, paths.db, `${paths.db}-wal`, `${paths.db}-shm`]) rmSync(file, { force: true });
    throw error;
  } finally {
    session.lock();
    lock.release();
  }
}
