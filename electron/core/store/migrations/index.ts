// Runs the numbered migrations forward, each in its own transaction, at unlock.
import { CoreError } from '../../errors';
import type { Database } from '../sqlite';
import { migration0001 } from './0001-audit-and-keys';
import { migration0002 } from './0002-people-and-users';
import { migration0003 } from './0003-cases';
import { migration0004 } from './0004-chronology';
import { migration0005 } from './0005-policy-settings';
import { migration0006 } from './0006-data-protection';
import { migration0007 } from './0007-casework';
import { migration0008 } from './0008-letters';
import { migration0009 } from './0009-analysis-revisions';
import { migration0010 } from './0010-recent-cases';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010];
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration after the store's version; refuses a store from a newer Threshold. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new CoreError(
      'store_too_new',
      `This store was written by a newer version of Threshold (schema ${current}; this version knows up to ${latest}). Update Threshold to open it; nothing was changed.`,
    );
  }
  const applied: number[] = [];
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
