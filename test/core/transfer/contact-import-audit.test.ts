// What a contact import leaves in the audit trail: one row per chunk of contacts naming every
// record it created, with a SHA-256 that the stored version 1 of those records still matches,
// and one row for the import; the new records' ids are in the order they were written.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../../electron/core/audit/chain';
import { CHUNK, contactDigestLine } from '../../../electron/core/transfer/contact-write';
import { storePaths } from '../../../electron/core/store/paths';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { caseFixture, type CaseFixture } from '../support/case-fixture';
import { DIRECTOR, ok } from '../support/temp-store';
import { HEADER, csv, importInput } from './csv-fixture';

let f: CaseFixture | undefined;
afterEach(() => f?.store.cleanup());

/** `n` calls a minute apart from 08:00 on 1 June 2026, each with its own note. */
function callLog(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(2026, 5, 1, 7) + i * 60_000);
    const day = `${String(at.getUTCDate()).padStart(2, '0')}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/2026`;
    const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    return [day, time, 'Phone call', 'Inbound', i % 2 ? 'Tom Pascoe' : '', String(i % 30), `Call number ${i + 1}.`];
  });
  return csv([HEADER, ...rows]);
}

interface StoredVersion {
  record_id: string;
  occurred_at: string;
  significant: number;
  fact: string;
  analysis: string;
  details: string;
}

describe('contact import audit', () => {
  it('writes one audit row per chunk naming its records and binding their content, then one for the import', async () => {
    f = await caseFixture();
    const rows = CHUNK * 2 + 345;
    expect(await ok(f.store.core, 'contacts.import', importInput(f, callLog(rows)))).toMatchObject({ imported: rows });
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });

    f.store.core.close();
    const vault = await unlockVault(storePaths(f.store.dir), DIRECTOR.login, DIRECTOR.passphrase);
    try {
      const audit = readAudit(vault.db, 100);
      const chunks = audit.filter((a) => a.action === 'contacts.import.records').reverse();
      expect(chunks.map((c) => (c.values?.after as { recordIds: string[] }).recordIds.length)).toEqual([CHUNK, CHUNK, 345]);
      expect(chunks.every((c) => c.entityId === f!.kase.id)).toBe(true);
      expect(audit.filter((a) => a.action === 'record.create')).toEqual([]);
      expect(audit[0]).toMatchObject({ action: 'contacts.import', entityId: f.kase.id, values: { after: { imported: rows } } });

      const version = vault.db.prepare('SELECT record_id, occurred_at, significant, fact, analysis, details FROM record_versions WHERE record_id = ? AND version = 1');
      const named = new Set<string>();
      for (const chunk of chunks) {
        const after = chunk.values?.after as { recordIds: string[]; sha256: string };
        const hash = createHash('sha256');
        for (const id of after.recordIds) {
          named.add(id);
          const v = version.get(id) as StoredVersion;
          hash.update(contactDigestLine(id, { occurredAt: v.occurred_at, significant: v.significant === 1, fact: v.fact, analysis: v.analysis, details: JSON.parse(v.details) }));
        }
        expect(hash.digest('hex')).toBe(after.sha256);
      }
      const stored = vault.db.prepare("SELECT id FROM records WHERE case_id = ? AND type = 'contact' ORDER BY occurred_at, id").all(f.kase.id) as { id: string }[];
      expect(named.size).toBe(rows);
      expect(stored.every((r) => named.has(r.id))).toBe(true);
      // Written in date order with ids that grow: id order is time order.
      expect(stored.map((r) => r.id)).toEqual([...stored.map((r) => r.id)].sort());

      // A changed fact no longer matches its chunk's hash.
      const first = chunks[0]!.values?.after as { recordIds: string[]; sha256: string };
      const hash = createHash('sha256');
      for (const id of first.recordIds) {
        const v = version.get(id) as StoredVersion;
        const fact = id === first.recordIds[10] ? 'Something else was said.' : v.fact;
        hash.update(contactDigestLine(id, { occurredAt: v.occurred_at, significant: v.significant === 1, fact, analysis: v.analysis, details: JSON.parse(v.details) }));
      }
      expect(hash.digest('hex')).not.toBe(first.sha256);
    } finally {
      closeVault(vault);
      f.store.reopen();
    }
  });
});
