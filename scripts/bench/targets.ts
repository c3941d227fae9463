// What the benchmark calls: the core's own router, contract and handlers over a store, once with
// the encrypted store's session as the app has it, once with the same session's user and keys but
// the unencrypted twin's database. Input validation, handlers and output parsing are the same.
import type { Clock, Session } from '../../electron/core/auth/session';
import { analysisMethods } from '../../electron/core/contract/analysis';
import { bundleMethods } from '../../electron/core/contract/bundle';
import { chronologyMethods } from '../../electron/core/contract/chronology';
import { decisionsMethods } from '../../electron/core/contract/decisions';
import { decisionsHandlers } from '../../electron/core/decisions/handlers';
import { documentsMethods, lettersMethods } from '../../electron/core/contract/letter-methods';
import { documentsHandlers } from '../../electron/core/documents/handlers';
import { lettersHandlers } from '../../electron/core/letters/handlers';
import { recordsMethods } from '../../electron/core/contract/records';
import { transferMethods } from '../../electron/core/contract/transfer';
import { analysisHandlers } from '../../electron/core/analysis/handlers';
import { chronologyHandlers, recordsHandlers } from '../../electron/core/records/handlers';
import { createRouter, type Router } from '../../electron/core/router';
import { services, type Services } from '../../electron/core/services';
import type { Database } from '../../electron/core/store/sqlite';
import { bundleHandlers } from '../../electron/core/transfer/bundle-handlers';
import { transferHandlers } from '../../electron/core/transfer/handlers';

const benchContract = { ...recordsMethods, ...chronologyMethods, ...analysisMethods, ...transferMethods, ...bundleMethods, ...decisionsMethods, ...lettersMethods, ...documentsMethods };
export type BenchContract = typeof benchContract;
export type BenchRouter = Router<BenchContract>;

function routerFor(s: Services, session: Session): BenchRouter {
  const handlers = { ...recordsHandlers(s), ...chronologyHandlers(s), ...analysisHandlers(s), ...transferHandlers(s), ...bundleHandlers(s), ...decisionsHandlers(s), ...lettersHandlers(s), ...documentsHandlers(s) };
  return createRouter(benchContract, handlers, session.authorise, { logInternal: (name, error) => console.error(`[bench] ${name} failed:`, error) });
}

/** The unlocked session's store, as the app serves it. */
export function encryptedRouter(session: Session, clock: Clock): BenchRouter {
  return routerFor(services(session, clock), session);
}

/** The same session and user, with the unencrypted twin's database in place of the store's. */
export function plainRouter(session: Session, clock: Clock, plain: Database): BenchRouter {
  const s = services(session, clock);
  const twin: Services = {
    ...s,
    db: () => plain,
    writer: () => {
      const w = s.writer();
      return { ...w, db: plain, vault: { ...w.vault, db: plain } };
    },
  };
  return routerFor(twin, session);
}

/** Calls a method and throws with the core's message when it is refused. */
export async function call<M extends keyof BenchContract & string>(router: BenchRouter, method: M, input: unknown) {
  const result = await router.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
