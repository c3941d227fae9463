// Erasure through the API on a real store: refused while a safeguarding note or a retention hold
// applies, or when the reason names the client; otherwise the client and their case's records
// are gone from every decrypted table and audit payload, a tombstone remains, the audit chain
// still verifies, and the WAL no longer holds the old pages.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../support/temp-store';
import { asDirector, asManager, auditRows, dpFixture, dumpDecrypted, NAMES, withRawDb, type DpFixture } from './fixture';

let f: DpFixture;
afterEach(() => f?.store.cleanup());

const REASON = 'The client asked in writing on 2 November for their data to be erased; no claim is expected.';
const GONE = [NAMES.client, 'Rebecca', 'Hendy', NAMES.student, NAMES.carer, 'Trevithick', NAMES.carerPhone, '07700 900111', 'rebecca@example.org', 'Penhallow', 'fractions', 'arrived late twice'];

describe('erasure refusals', () => {
  it('refuses while a safeguarding note is on the client’s case, citing Art. 17(3), and changes nothing', async () => {
    f = await dpFixture();
    const refused = await f.store.core.invoke('dataProtection.erase', { clientId: f.kase.clientId, reason: REASON });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: `Erasure is refused while a safeguarding note applies (UK GDPR Art. 17(3)): ${f.kase.reference} has one. Nothing was erased.` } });
    expect((await ok(f.store.core, 'cases.get', { caseId: f.kase.id })).clientName).toBe(NAMES.client);
    expect(await ok(f.store.core, 'dataProtection.erasures', {})).toEqual([]);
  });

  it('refuses while a retention hold applies to the case or the client, and allows it once the hold is cleared', async () => {
    f = await dpFixture({ safeguardingNote: false });
    const core = f.store.core;
    const hold = await ok(core, 'dataProtection.holds.set', { target: { kind: 'case', caseId: f.kase.id }, reason: 'A county court claim about fees is expected.' });
    const refused = await core.invoke('dataProtection.erase', { clientId: f.kase.clientId, reason: REASON });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Erasure is refused while a retention hold applies \(UK GDPR Art\. 17\(3\)\): case TH-0001 has been on hold since \d{4}-\d\d-\d\d: "A county court claim about fees is expected\."/) } });
    await ok(core, 'dataProtection.holds.clear', { holdId: hold.id, reason: 'The claim was settled.' });
    const personHold = await ok(core, 'dataProtection.holds.set', { target: { kind: 'person', personId: f.studentId }, reason: 'Exam board appeal open.' });
    expect(await core.invoke('dataProtection.erase', { clientId: f.kase.clientId, reason: REASON })).toMatchObject({ ok: false, error: { message: expect.stringContaining('the person has been on hold') } });
    await ok(core, 'dataProtection.holds.clear', { holdId: personHold.id, reason: 'Appeal decided.' });
    expect(await ok(core, 'dataProtection.holds.list', {})).toEqual([]);
    await ok(core, 'dataProtection.erase', { clientId: f.kase.clientId, reason: REASON });
  });

  it('refuses a reason that names the client, since the reason outlives the erasure', async () => {
    f = await dpFixture({ safeguardingNote: false });
    const refused = await f.store.core.invoke('dataProtection.erase', { clientId: f.kase.clientId, reason: 'Mrs hendy asked us to.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'reason', message: 'must not name the client' }] } });
  });

  it('is for the director only: a client manager is refused erasure, holds and the erasure list', async () => {
    f = await dpFixture({ safeguardingNote: false });
    const core = await asManager(f);
    for (const [method, input] of [
      ['dataProtection.erase', { clientId: f.kase.clientId, reason: REASON }],
      ['dataProtection.holds.set', { target: { kind: 'case', caseId: f.kase.id }, reason: 'x' }],
      ['dataProtection.erasures', {}],
    ] as const) {
      expect(await core.invoke(method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await asDirector(f);
  });
});

describe('erasure', () => {
  // withRawDb reopens the core, so each call takes f.store.core afresh.
  it('leaves no trace of the client, their student or the other carer in any decrypted table or audit value, keeps a tombstone, and the chain verifies', async () => {
    f = await dpFixture({ safeguardingNote: false });
    await ok(f.store.core, 'cases.get', { caseId: f.kase.id }); // an access-log row for the case
    await ok(f.store.core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId, extraRedactions: ['Mrs Penhallow'] });
    const before = await withRawDb(f, (db) => dumpDecrypted(db));
    for (const text of GONE) expect(before, text).toContain(text); // the scan would find them

    const tombstone = await ok(f.store.core, 'dataProtection.erase', { clientId: f.kase.clientId, reason: REASON });
    expect(statSync(join(f.store.dir, 'threshold.db-wal')).size).toBe(0); // checkpointed and truncated
    expect(tombstone).toMatchObject({ personId: f.kase.clientId, erasedBy: NAMES.director, reason: REASON, caseReferences: [f.kase.reference], recordsErased: 3, peopleErased: 3, reapplied: false });
    expect(await ok(f.store.core, 'dataProtection.erasures', {})).toEqual([tombstone]);

    const after = await withRawDb(f, (db) => {
      const audit = auditRows(db).find((r) => r.action === 'client.erase');
      expect(audit).toMatchObject({ entityId: f.kase.clientId, values: { after: { erasureId: tombstone.id, caseReferences: [f.kase.reference], recordsErased: 3, reason: REASON } } });
      return dumpDecrypted(db);
    });
    for (const text of GONE) expect(after, text).not.toContain(text);
    expect(after).toContain(NAMES.otherClient); // another client's case is untouched
    expect(after).toContain(NAMES.tutor);

    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });
    // The case still exists, provably erased: its reference, no records, the client anonymised.
    const kase = await ok(f.store.core, 'cases.get', { caseId: f.kase.id });
    expect(kase).toMatchObject({ reference: f.kase.reference, clientName: 'Erased client', clientSide: expect.arrayContaining([expect.objectContaining({ fullName: 'Erased person' })]) });
    expect((await ok(f.store.core, 'chronology.list', { caseId: f.kase.id })).entries).toEqual([]);
    const late = await f.store.core.invoke('records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-11-01T10:00:00Z', fact: 'A late note.', details: { title: 'Late', openedOn: '2026-11-01' } });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('The client of this case was erased on') } });
    expect(await f.store.core.invoke('dataProtection.erase', { clientId: f.kase.clientId, reason: REASON })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('was erased on') } });
    expect(await f.store.core.invoke('dataProtection.subjectAccess.draft', { clientId: f.kase.clientId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps a client-side person who is also on another client’s case', async () => {
    f = await dpFixture({ safeguardingNote: false });
    // The API always adds a new person to a case; a bundle import can link one person to two
    // cases. The same link is made here directly.
    await withRawDb(f, (db) => db.prepare('INSERT INTO case_people (case_id, person_id) VALUES (?, ?)').run(f.otherCase.id, f.carerId));
    const tombstone = await ok(f.store.core, 'dataProtection.erase', { clientId: f.kase.clientId, reason: REASON });
    expect(tombstone.peopleErased).toBe(2); // the client and the student
    const other = await ok(f.store.core, 'cases.get', { caseId: f.otherCase.id });
    expect(other.clientSide.map((p) => p.fullName)).toContain(NAMES.carer);
  });
});
