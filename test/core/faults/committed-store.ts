// A store with committed casework, closed, for the fault tests: each test damages a copy of it,
// checks the message through the core API, and checks that what was committed is still there
// (or, where the damage itself destroyed it, that no wrong data is ever answered).
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openCore, type Core } from '../../../electron/core';
import type { ApiError, Result } from '../../../electron/core/contract';
import { storePaths, type StorePaths } from '../../../electron/core/store/paths';
import { openEncrypted } from '../../../electron/core/store/database';
import type { Database } from '../../../electron/core/store/sqlite';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { DIRECTOR, ORGANISATION, ok, tempDir } from '../support/temp-store';

export interface Committed {
  readonly caseId: string;
  readonly clientId: string;
  readonly tutorId: string;
  /** Record id to its fact, in the order written. */
  readonly facts: ReadonlyMap<string, string>;
  readonly auditRows: number;
}

export interface CommittedStore {
  readonly dir: string;
  readonly committed: Committed;
  /** The master key, copied before the vault was closed: for locating pages and raw checks only. */
  readonly masterKey: Buffer;
  /** A copy of the store in a new folder (removed with the original). */
  copy(name: string): StorePaths;
  remove(): void;
}

export const contactDetails = (clientId: string, tutorId: string) => ({
  medium: 'phone_call' as const,
  line: 'main_desk_phone' as const,
  direction: 'from_client_side' as const,
  clientParties: [clientId],
  staffParties: [tutorId],
  purpose: 'enquiry' as const,
});

/** A fact long enough that the chronology spreads over many pages of the file. */
export const factFor = (i: number): string => `Contact ${i}: the parent phoned about homework and asked for a call back. `.repeat(5).trim();

export async function buildCommittedStore(records = 60): Promise<CommittedStore> {
  const temp = tempDir('threshold-faults-');
  const dir = join(temp.dir, 'store');
  const core = openCore({ storeDir: dir });
  const facts = new Map<string, string>();
  let caseId = '';
  let clientId = '';
  let tutorId = '';
  let auditRows = 0;
  try {
    await ok(core, 'session.setup', { organisation: ORGANISATION, director: DIRECTOR });
    const tutor = await ok(core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
    const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
    const kase = await ok(core, 'cases.create', { clientName: 'Amira Haddad', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
    caseId = kase.id;
    clientId = kase.clientId;
    tutorId = tutor.id;
    for (let i = 0; i < records; i++) {
      const fact = factFor(i);
      const day = String(1 + (i % 28)).padStart(2, '0');
      const record = await ok(core, 'records.create', {
        caseId,
        type: 'contact',
        occurredAt: `2026-10-${day}T09:${String(i % 60).padStart(2, '0')}:00Z`,
        fact,
        details: contactDetails(kase.clientId, tutor.id),
      });
      facts.set(record.id, fact);
    }
    auditRows = (await ok(core, 'audit.verify', {})).rows;
  } finally {
    core.close();
  }
  const vault = await unlockVault(storePaths(dir), DIRECTOR.login, DIRECTOR.passphrase);
  const masterKey = Buffer.from(vault.masterKey);
  closeVault(vault);
  return {
    dir,
    committed: { caseId, clientId, tutorId, facts, auditRows },
    masterKey,
    copy(name) {
      const target = join(temp.dir, name);
      cpSync(dir, target, { recursive: true });
      return storePaths(target);
    },
    remove: temp.remove,
  };
}

/** A core on the folder, with internal errors collected rather than printed. */
export function quietCore(dir: string): { core: Core; logged: unknown[] } {
  const logged: unknown[] = [];
  return { core: openCore({ storeDir: dir, logInternal: (_method, error) => logged.push(error) }), logged };
}

export const unlockDirector = (core: Core) => core.invoke('session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });

/** Opens the store with its master key directly (below the API) to look at pages or run checks. */
export function rawOpen(paths: StorePaths, masterKey: Buffer): Database {
  return openEncrypted(paths.db, masterKey);
}

/** Opens and unlocks the store through the API and checks every committed record and the audit chain. */
export async function expectIntact(dir: string, committed: Committed): Promise<void> {
  const core = openCore({ storeDir: dir });
  try {
    await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    const list = await ok(core, 'chronology.list', { caseId: committed.caseId });
    expect(new Map(list.entries.map((e) => [e.id, e.fact]))).toEqual(committed.facts);
    const audit = await ok(core, 'audit.verify', {});
    expect(audit).toMatchObject({ ok: true, firstBroken: null });
    expect(audit.rows).toBeGreaterThanOrEqual(committed.auditRows);
  } finally {
    core.close();
  }
}

/** Every file of the store folder, byte for byte: a failed attempt must leave them exactly as they were. */
export function snapshotFiles(paths: StorePaths): { db: Buffer; keys: Buffer } {
  return { db: readFileSync(paths.db), keys: readFileSync(paths.keys) };
}

export type Answer = Result<unknown>;

/** The error of a failed answer, failing the test if it succeeded. */
export function errorOf(answer: Answer): ApiError {
  if (answer.ok) throw new Error('expected the call to fail, but it succeeded');
  return answer.error;
}

/** What the messages of a damaged store must tell the person: what happened and how to restore. */
export function expectDamagedMessage(error: ApiError): void {
  expect(error.code).toBe('store_damaged');
  expect(error.message).toMatch(/damaged/);
  expect(error.message).toMatch(/Nothing was changed/);
  expect(error.message).toMatch(/Restore the store from your most recent backup/);
}
