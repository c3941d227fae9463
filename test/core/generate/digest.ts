// A digest of everything the generator writes that must not depend on chance: people, users,
// cases and every record row. Left out: what is random by design (the director's ids from
// session.setup, data keys, case keys, sealed content and the audit rows, whose IVs are fresh).
import { createHash } from 'node:crypto';
import type { Database } from '../../../electron/core/store/sqlite';

const TABLES: readonly (readonly [string, string])[] = [
  ['people', 'SELECT id, kind, full_name, staff_role, phone, email, address, created_at FROM people ORDER BY id'],
  ['users', 'SELECT id, person_id, login, role, must_change_passphrase, removed_at FROM users ORDER BY id'],
  ['cases', 'SELECT * FROM cases ORDER BY id'],
  ['case_people', 'SELECT * FROM case_people ORDER BY case_id, person_id'],
  ['records', 'SELECT * FROM records ORDER BY id'],
  ['record_versions', 'SELECT record_id, version, occurred_at, significant, fact, analysis, details, sealed IS NOT NULL AS sealed, recorded_at, recorded_by, correction_reason FROM record_versions ORDER BY record_id, version'],
  ['record_parties', 'SELECT * FROM record_parties ORDER BY record_id, person_id, side'],
];

export function generatedDigest(db: Database): string {
  const director = db.prepare("SELECT id, person_id FROM users WHERE role = 'director'").get() as { id: string; person_id: string };
  const hash = createHash('sha256');
  for (const [name, sql] of TABLES) {
    // Sorted again after the director's random ids are replaced, since those ids set the order.
    const lines = (db.prepare(sql).all() as unknown[]).map((row) => JSON.stringify(row).replaceAll(director.id, 'DIRECTOR-USER').replaceAll(director.person_id, 'DIRECTOR-PERSON'));
    hash.update(`\n${name}\n${lines.sort().join('\n')}`);
  }
  return hash.digest('hex');
}

export function planDigest(records: readonly { id: string; input: unknown }[]): string {
  const hash = createHash('sha256');
  for (const r of records) hash.update(`${r.id}${JSON.stringify(r.input)}\n`);
  return hash.digest('hex');
}
