import type { Migration } from './types';

/** Cases: one client, one service, an allocated worker and a client manager. */
export const migration0003: Migration = {
  version: 3,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES people(id),
        service TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',
        start_date TEXT NOT NULL,
        allocated_worker_id TEXT NOT NULL REFERENCES people(id),
        client_manager_id TEXT NOT NULL REFERENCES people(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX cases_client_manager ON cases(client_manager_id);
      CREATE INDEX cases_created ON cases(created_at);
    `);
  },
};
