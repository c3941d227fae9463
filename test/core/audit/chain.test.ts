// The audit trail: one row per change in the same transaction, hash-chained, verifiable, and
// erasable per subject without breaking the chain.
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, readAudit, verifyAudit } from '../../../electron/core/audit/chain';
import { ORG_KEY, personKeyId } from '../../../electron/core/audit/data-keys';
import { tempVault, type TempVault } from '../support/vault';

let t: TempVault;
afterEach(() => t?.remove());

const at = new Date('2026-11-23T10:00:00Z');

async function chainOf(n: number): Promise<TempVault> {
  t = await tempVault();
  for (let i = 0; i < n; i++) {
    appendAudit(t.vault.db, { actorUserId: null, action: 'test.write', entity: 'thing', entityId: `t${i}`, keyId: i === 2 ? personKeyId('client-a') : ORG_KEY, before: null, after: { name: `Value ${i}` } }, at);
  }
  return t;
}

/** A tamperer with the key can drop the append-only triggers; verification must still catch them. */
function dropTriggers(): void {
  t.vault.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

describe('audit chain', () => {
  it('verifies an intact chain and reads its values back', async () => {
    await chainOf(5);
    expect(verifyAudit(t.vault.db)).toEqual({ ok: true, rows: 5, firstBroken: null });
    expect(readAudit(t.vault.db)[0]).toMatchObject({ seq: 5, action: 'test.write', values: { before: null, after: { name: 'Value 4' } } });
  });

  it('reports the first row whose contents were altered', async () => {
    await chainOf(5);
    dropTriggers();
    t.vault.db.prepare("UPDATE audit_log SET action = 'something.else' WHERE seq = 3").run();
    expect(verifyAudit(t.vault.db)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringContaining('hash') } });
  });

  it('reports a deleted row as the first broken link', async () => {
    await chainOf(5);
    dropTriggers();
    t.vault.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAudit(t.vault.db)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'row 2 is missing' } });
  });

  it('reports a row whose hash was recomputed but no longer links to its predecessor', async () => {
    await chainOf(4);
    dropTriggers();
    t.vault.db.prepare("UPDATE audit_log SET prev_hash = ? WHERE seq = 4").run('f'.repeat(64));
    expect(verifyAudit(t.vault.db)).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'does not link to the row before it' } });
  });

  it("erasing a subject's data key removes their values but leaves the chain verifiable", async () => {
    await chainOf(5);
    t.vault.db.prepare('DELETE FROM data_keys WHERE id = ?').run(personKeyId('client-a'));
    expect(verifyAudit(t.vault.db)).toEqual({ ok: true, rows: 5, firstBroken: null });
    const rows = readAudit(t.vault.db);
    expect(rows.find((r) => r.seq === 3)?.values).toBeNull();
    expect(rows.find((r) => r.seq === 4)?.values).not.toBeNull();
  });

  it('keeps personal values encrypted inside the row', async () => {
    await chainOf(3);
    const raw = t.vault.db.prepare('SELECT payload FROM audit_log WHERE seq = 1').get() as { payload: Buffer };
    expect(raw.payload.includes(Buffer.from('Value 0'))).toBe(false);
  });
});
