// What the crash loop checks after each kill: the store opens (taking over the dead child's lock),
// unlocks, passes SQLite's integrity check (which reads every page in use, so every page's
// ChaCha20-Poly1305 tag is checked too), holds every write the child reported committed and no
// half of any transaction, and its audit chain verifies.
import { expect } from 'vitest';
import { openCore } from '../../../electron/core';
import { openEncrypted } from '../../../electron/core/store/database';
import type { StorePaths } from '../../../electron/core/store/paths';
import { ok } from '../support/temp-store';
import { IMPORT_ROWS, type Reported } from './writer-protocol';

export interface CrashStore {
  readonly paths: StorePaths;
  readonly masterKey: Buffer;
  readonly login: string;
  readonly passphrase: string;
  readonly caseId: string;
  readonly importCaseId: string;
}

/** What the store is known to hold, carried from one run to the next. */
export interface Tally {
  /** Every record id any child reported created, with the highest version reported for it. */
  readonly versions: Map<string, number>;
  records: number;
  imported: number;
  auditRows: number;
}

export const emptyTally = (): Tally => ({ versions: new Map(), records: 0, imported: 0, auditRows: 0 });

export async function verifyAfterKill(store: CrashStore, tally: Tally, report: Reported, run: number): Promise<void> {
  const at = `after kill ${run}`;
  const logged: unknown[] = [];
  const core = openCore({ storeDir: store.paths.dir, logInternal: (_method, error) => logged.push(error) });
  try {
    await ok(core, 'session.unlock', { login: store.login, passphrase: store.passphrase });

    const raw = openEncrypted(store.paths.db, store.masterKey);
    try {
      expect(raw.pragma('integrity_check', { simple: true }), at).toBe('ok');
    } finally {
      raw.close();
    }

    for (const id of report.created) tally.versions.set(id, Math.max(tally.versions.get(id) ?? 0, 1));
    for (const [id, version] of report.corrected) tally.versions.set(id, Math.max(tally.versions.get(id) ?? 0, version));
    const chronology = await ok(core, 'chronology.list', { caseId: store.caseId });
    const stored = new Map(chronology.entries.map((e) => [e.id, e.version]));
    const missing = [...tally.versions].filter(([id, version]) => (stored.get(id) ?? 0) < version);
    expect(missing, `${at}: reported committed but missing (or at an older version)`).toEqual([]);
    // At most one write more than reported: the one whose report the kill cut off.
    expect(chronology.total, at).toBeGreaterThanOrEqual(tally.records + report.created.length);
    expect(chronology.total, at).toBeLessThanOrEqual(tally.records + report.created.length + 1);
    tally.records = chronology.total;

    // Each import commits all its rows or none.
    const imports = await ok(core, 'chronology.list', { caseId: store.importCaseId });
    expect(imports.total % IMPORT_ROWS, `${at}: an import landed in part`).toBe(0);
    expect(imports.total, at).toBeGreaterThanOrEqual(tally.imported + report.imports * IMPORT_ROWS);
    expect(imports.total, at).toBeLessThanOrEqual(tally.imported + (report.imports + 1) * IMPORT_ROWS);
    tally.imported = imports.total;

    const audit = await ok(core, 'audit.verify', {});
    expect(audit, at).toMatchObject({ ok: true, firstBroken: null });
    expect(audit.rows, at).toBeGreaterThanOrEqual(tally.auditRows);
    tally.auditRows = audit.rows;
    expect(logged, `${at}: internal errors`).toEqual([]);
  } finally {
    core.close();
  }
}
