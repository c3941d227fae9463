// The Electron-free core: one store folder, one session, one router over the whole contract.
// Electron's core process, the command line, the tests and the end-to-end bridge all use this.
import { sessionHandlers, usersHandlers } from './auth/handlers';
import { Session, type Clock } from './auth/session';
import { contract, type Contract } from './contract';
import { analysisHandlers, complaintsHandlers } from './analysis/handlers';
import { backupHandlers } from './backup/handlers';
import { chronologyHandlers, recordsHandlers } from './records/handlers';
import { createRouter, type HandlerMap, type Router, type RouterOptions } from './router';
import { services } from './services';
import { acquireStoreLock } from './store/lock';
import { ensureStoreDir, storePaths } from './store/paths';
import { loadSqlite } from './store/sqlite';
import { systemHandlers } from './system/handlers';
import { demoHandlers } from './demo/handlers';
import { transferHandlers } from './transfer/handlers';
import { bundleHandlers } from './transfer/bundle-handlers';
import { dataProtectionHandlers } from './data-protection/handlers';
import { decisionsHandlers } from './decisions/handlers';
import { documentsHandlers } from './documents/handlers';
import { lettersHandlers } from './letters/handlers';

export interface CoreOptions extends RouterOptions {
  /** The store folder (the user-data folder in the app, --store on the command line). */
  readonly storeDir: string;
  readonly clock?: Clock;
}

export interface Core extends Router<Contract> {
  /** Locks the session, closes the database and releases the store lock. */
  close(): void;
}

const systemClock: Clock = { now: () => new Date() };

/** Every domain's handlers merged; the type proves together they cover the whole contract. */
function handlers(session: Session, clock: Clock): HandlerMap<Contract> {
  const s = services(session, clock);
  return { ...sessionHandlers(s), ...usersHandlers(s), ...recordsHandlers(s), ...chronologyHandlers(s), ...analysisHandlers(s), ...complaintsHandlers(s), ...transferHandlers(s), ...bundleHandlers(s), ...demoHandlers(s), ...systemHandlers(s), ...backupHandlers(s), ...dataProtectionHandlers(s), ...decisionsHandlers(s), ...lettersHandlers(s), ...documentsHandlers(s) };
}

export function openCore(options: CoreOptions): Core {
  loadSqlite(); // fails fast, with a clear message, on a runtime that cannot host the store
  const clock = options.clock ?? systemClock;
  const paths = storePaths(options.storeDir);
  ensureStoreDir(paths.dir);
  const lock = acquireStoreLock(paths.lock, clock.now);
  const session = new Session(paths, clock);
  const router = createRouter(contract, handlers(session, clock), session.authorise, options);
  return {
    ...router,
    close() {
      session.lock();
      lock.release();
    },
  };
}
