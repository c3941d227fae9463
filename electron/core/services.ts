// What every domain's handlers are given: the session, the clock, and shortcuts to the signed-in
// user's store. Each domain declares its handlers over its own slice of the contract; index.ts
// merges them into one map that the router checks covers the whole contract.
import type { Clock, Session } from './auth/session';
import type { MethodDef } from './contract';
import type { Writer } from './records/record-service';
import type { HandlerMap } from './router';
import type { Database } from './store/sqlite';

export interface Services {
  readonly session: Session;
  readonly clock: Clock;
  /** The unlocked store's database (refuses when locked). */
  db(): Database;
  /** The signed-in user's id. */
  actorId(): string;
  /** The signed-in user, their vault and store, and the time of this call. */
  writer(): Writer;
}

export function services(session: Session, clock: Clock): Services {
  return {
    session,
    clock,
    db: () => session.require().vault.db,
    actorId: () => session.require().user.id,
    writer: () => {
      const { vault, user } = session.require();
      return { db: vault.db, vault, user, at: clock.now() };
    },
  };
}

/** A domain's handlers: exactly the methods of its part of the contract. */
export type DomainHandlers<M extends Record<string, MethodDef>> = (s: Services) => HandlerMap<M>;
