// Restricted records (safeguarding notes): readable only by the clinical lead, the director and
// the case's client manager; enforced in the core and by a second layer of encryption.
import { afterEach, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/core/store/database';
import { storePaths } from '../../electron/core/store/paths';
import { unlockVault, closeVault } from '../../electron/core/store/vault';
import { DIRECTOR, ok } from './support/temp-store';
import { caseFixture, type CaseFixture } from './support/case-fixture';

let f: CaseFixture;
afterEach(() => f?.store.cleanup());

const NOTE = 'Disclosed thoughts of self-harm during the session on Tuesday.';

async function signInAs(login: string, oneTime: string): Promise<void> {
  const { core } = f.store;
  await ok(core, 'session.lock', {});
  await ok(core, 'session.unlock', { login, passphrase: oneTime });
  await ok(core, 'session.changePassphrase', { current: oneTime, next: "velvet harbour compass 19" });
}

async function withNote() {
  f = await caseFixture();
  const { core } = f.store;
  const otherManager = await ok(core, 'users.add', { fullName: 'Priya Nair', login: 'pnair', role: 'client_manager' });
  const note = await ok(core, 'records.create', {
    caseId: f.kase.id,
    type: 'safeguarding_note',
    occurredAt: '2026-11-10T14:00:00Z',
    fact: NOTE,
    details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false, clinicalLeadConsultedOn: '2026-11-11' },
  });
  return { otherManager, note };
}

describe('restricted records', () => {
  it("refuses a client manager of another case, through the API, and leaves the note out of their chronology", async () => {
    const { otherManager, note } = await withNote();
    await signInAs('pnair', otherManager.oneTimePassphrase);
    const refused = await f.store.core.invoke('records.get', { recordId: note.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('restricted record') } });
    const list = await ok(f.store.core, 'chronology.list', { caseId: f.kase.id });
    expect(list.entries.map((e) => e.id)).not.toContain(note.id);
  });

  it('lets a clinical lead added later read it, and logs each opening for the director', async () => {
    const { note } = await withNote();
    const lead = await ok(f.store.core, 'users.add', { fullName: 'Dr Helen Marsh', login: 'hmarsh', role: 'clinical_lead' });
    await signInAs('hmarsh', lead.oneTimePassphrase);
    expect((await ok(f.store.core, 'records.get', { recordId: note.id })).record.fact).toBe(NOTE);
    await ok(f.store.core, 'session.lock', {});
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    const log = await ok(f.store.core, 'access.list', { caseId: f.kase.id });
    expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'restricted_record', recordId: note.id, user: expect.objectContaining({ fullName: 'Dr Helen Marsh' }) })]));
  });

  it('stores the note encrypted a second time: someone holding the master key still cannot read it', async () => {
    await withNote();
    f.store.core.close();
    const paths = storePaths(f.store.dir);
    const vault = await unlockVault(paths, DIRECTOR.login, DIRECTOR.passphrase);
    const key = Buffer.from(vault.masterKey);
    closeVault(vault);
    const db = openEncrypted(paths.db, key); // what a technical user with the master key can do
    const rows = db.prepare("SELECT v.fact, v.details, v.sealed FROM record_versions v JOIN records r ON r.id = v.record_id WHERE r.type = 'safeguarding_note'").all() as { fact: string | null; details: string | null; sealed: Buffer }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fact: null, details: null });
    const everything = JSON.stringify(db.prepare('SELECT * FROM audit_log').all()) + JSON.stringify(rows);
    expect(everything).not.toContain('self-harm');
    expect(rows[0]!.sealed.includes(Buffer.from('self-harm'))).toBe(false);
    db.close();
    f.store.reopen();
  });
});
