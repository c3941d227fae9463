// Proving that a refused call wrote nothing, cheaply enough to check after every one of
// thousands of calls.
//
// - watchStore: a second, read-only-in-practice connection to the store's database, opened with
//   the real key (unlockVault) beside the core's own. SQLite's `PRAGMA data_version` on it
//   changes whenever another connection commits anything at all, so it catches any write, to any
//   table, audited or not, in O(1); the audit head (auditHead) is there to make a failure
//   readable. The keyslot file (written outside the database) is hashed too, and any folders a
//   method may write files into are listed.
// - storeFingerprint: the same question through the API only (what the director can see: the
//   audit chain's length, cases, staff, users, chronologies, the access log, policy, organisation),
//   for the start and end of a run. Its audit.verify walks the whole chain, so it is not for
//   every call.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../../../electron/core';
import { auditHead } from '../../../../electron/core/audit/chain';
import { storePaths } from '../../../../electron/core/store/paths';
import { closeVault, unlockVault, type UnlockedVault } from '../../../../electron/core/store/vault';
import { ok } from '../../support/temp-store';

export interface StoreWatch {
  /** Changes if anything was committed to the database, the keyslot file changed, or a file appeared. */
  fingerprint(): Promise<string>;
  close(): void;
}

function listing(folders: readonly string[]): string[][] {
  return folders.map((folder) => readdirSync(folder, { recursive: true }).map(String).sort());
}

function keyslotHash(storeDir: string): string {
  return createHash('sha256').update(readFileSync(join(storeDir, 'threshold.keys.json'))).digest('hex');
}

/** Opens the watching connection: one real unlock (scrypt), so once per test file. */
export async function watchStore(storeDir: string, login: string, passphrase: string, folders: readonly string[] = []): Promise<StoreWatch> {
  const open = () => unlockVault(storePaths(storeDir), login, passphrase);
  let vault: UnlockedVault = await open();
  return {
    async fingerprint() {
      const read = (): unknown[] => [vault.db.pragma('data_version', { simple: true }), auditHead(vault.db)];
      let db: unknown[];
      try {
        db = read();
      } catch {
        // A master-key rotation (removing a user) re-encrypts the file under a new key: reopen.
        closeVault(vault);
        vault = await open();
        db = read();
      }
      return JSON.stringify({ db, keys: keyslotHash(storeDir), files: listing(folders) });
    },
    close() {
      closeVault(vault);
    },
  };
}

export interface FingerprintOptions {
  /** Cases whose chronology is compared in full. */
  readonly caseIds: readonly string[];
  /** Folders outside the store whose listings must not change (where methods may write files). */
  readonly folders?: readonly string[];
}

export async function storeFingerprint(core: Core, storeDir: string, options: FingerprintOptions): Promise<string> {
  const [audit, cases, staff, users, access, policy, org, ...chronologies] = await Promise.all([
    ok(core, 'audit.verify', {}),
    ok(core, 'cases.list', {}),
    ok(core, 'people.listStaff', {}),
    ok(core, 'users.list', {}),
    ok(core, 'access.list', { limit: 5000 }),
    ok(core, 'policy.get', {}),
    ok(core, 'org.get', {}),
    ...options.caseIds.map((caseId) => ok(core, 'chronology.list', { caseId })),
  ]);
  return JSON.stringify({ audit, cases, staff, users, access, policy, org, chronologies, keys: keyslotHash(storeDir), files: listing(options.folders ?? []) });
}
