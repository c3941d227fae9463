// The Electron-free core: one store folder, one session, one router over the whole contract.
// Electron's core process, the command line, the tests and the end-to-end bridge all use this.
import { verifyAudit } from './audit/chain';
import { addUser, listUsers, removeUser } from './auth/users';
import { Session, type Clock } from './auth/session';
import { contract, type Contract } from './contract';
import { listAccess, logAccess } from './records/access-log';
import { createCase, getCase, listCases } from './records/cases';
import { listChronology } from './records/chronology-query';
import { correctRecord, createRecord, getRecord, mergeIssues, type Writer } from './records/record-service';
import { insertPerson, getStaff, listStaff } from './records/people';
import { createRouter, type HandlerMap, type Router, type RouterOptions } from './router';
import { acquireStoreLock } from './store/lock';
import { ensureStoreDir, storePaths } from './store/paths';
import { loadSqlite } from './store/sqlite';
import { getOrganisation, updateOrganisation } from './system/org';
import { runSelfTest } from './system/self-test';

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

function handlers(session: Session, clock: Clock): HandlerMap<Contract> {
  const db = () => session.require().vault.db;
  const actor = () => session.require().user.id;
  const writer = (): Writer => {
    const { vault, user } = session.require();
    return { db: vault.db, vault, user, at: clock.now() };
  };
  return {
    'session.status': () => session.status(),
    'session.setup': (input) => session.setup(input),
    'session.unlock': (input) => session.unlock(input),
    'session.lock': () => session.lock(),
    'session.changePassphrase': (input) => session.changePassphrase(input),
    'users.list': () => listUsers(session),
    'users.add': (input) => addUser(session, clock, input),
    'users.remove': (input) => removeUser(session, clock, input),
    'people.listStaff': () => listStaff(db()),
    'people.addStaff': (input) =>
      db().transaction(() => getStaff(db(), insertPerson(db(), { kind: 'staff', fullName: input.fullName, staffRole: input.staffRole }, actor(), clock.now())))(),
    'cases.list': () => listCases(db()),
    'cases.create': (input) => createCase(db(), input, actor(), clock.now()),
    'cases.get': (input) => {
      const found = getCase(db(), input.caseId);
      logAccess(db(), clock.now(), actor(), 'case', found.id);
      return found;
    },
    'records.create': (input) => createRecord(writer(), input),
    'records.correct': (input) => correctRecord(writer(), input),
    'records.get': (input) => getRecord(writer(), input.recordId),
    'chronology.list': (input) => listChronology(writer(), input),
    'issues.merge': (input) => mergeIssues(writer(), input),
    'access.list': (input) => listAccess(db(), input.caseId, input.limit),
    'system.selfTest': () => runSelfTest(),
    'audit.verify': () => verifyAudit(db()),
    'org.get': () => getOrganisation(session),
    'org.update': (input) => updateOrganisation(session, clock, input),
  };
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
