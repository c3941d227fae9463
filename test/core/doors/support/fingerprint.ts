// A cheap fingerprint of everything a write would change that the API shows the director, plus
// the keyslot file on disk: taken before and after a refused call, it proves the refusal wrote
// nothing. Every change appends an audit row in its own transaction, so the chain's length and
// head catch audited writes; the lists catch any write that forgot its audit row.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../../../electron/core';
import { ok } from '../../support/temp-store';

export interface FingerprintOptions {
  /** Cases whose chronology (and access log) is compared in full. */
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
  const keys = createHash('sha256').update(readFileSync(join(storeDir, 'threshold.keys.json'))).digest('hex');
  const files = (options.folders ?? []).map((folder) => readdirSync(folder, { recursive: true }).map(String).sort());
  return JSON.stringify({ audit, cases, staff, users, access, policy, org, chronologies, keys, files });
}
