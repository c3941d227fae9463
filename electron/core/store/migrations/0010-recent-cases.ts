import type { Migration } from './types';

/**
 * The recent-cases list (SPEC section 9; docs/architecture.md) is read from the access log: the
 * cases this user opened, latest first. The log only had an index by case, so finding one user's
 * opens meant scanning every row ever written; this index serves that query on its own.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'recent-cases',
  up(db) {
    db.exec('CREATE INDEX access_log_user_cases ON access_log(user_id, kind, case_id, seq);');
  },
};
