// The analyses' cache (analysis/analysis-cache.ts) through the real core: a warm cache never
// serves flags that a write has made stale, whether the write is a new record, a correction,
// or a settings change; a write to one case leaves the others' results
// in place; each "as of" date has its own result; and a lock empties it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFlags, dashboard } from '../../../electron/core/analysis/flags-service';
import { Session } from '../../../electron/core/auth/session';
import { eraseClient } from '../../../electron/core/data-protection/erasure';
import { services } from '../../../electron/core/services';
import { memoFor } from '../../../electron/core/store/memo';
import { storePaths } from '../../../electron/core/store/paths';
import { caseFixture, type CaseFixture } from '../support/case-fixture';
import { DIRECTOR, ok } from '../support/temp-store';

let f: CaseFixture;
beforeEach(async () => {
  f = await caseFixture();
});
afterEach(() => f.store.cleanup());

const incident = (caseId: string, workerId: string, day: string) => ({ caseId, type: 'boundary_incident' as const, occurredAt: `${day}T10:00:00Z`, fact: 'Accepted a gift.', details: { workerId, kind: 'gift' as const, severity: 'minor' as const } });
const flagIds = async (caseId: string, asOf = '2026-11-30') => (await ok(f.store.core, 'flags.forCase', { caseId, asOf })).flags.map((x) => x.id);
const dashboardIds = async (asOf = '2026-11-30') => new Map((await ok(f.store.core, 'flags.dashboard', { asOf })).rows.map((r) => [r.caseId, r.flags.map((x) => x.id)]));

describe('the analyses cache', () => {
  it('serves a new record’s flag at once, from flags.forCase, the dashboard and the checklist alike', async () => {
    const { core } = f.store;
    for (const day of ['2026-10-01', '2026-10-20']) await ok(core, 'records.create', incident(f.kase.id, f.tutor.id, day));
    // Warm every path, twice, so the third incident below must get past kept results.
    for (let i = 0; i < 2; i++) {
      expect(await flagIds(f.kase.id)).not.toContain('BND-1');
      expect((await dashboardIds()).get(f.kase.id)).not.toContain('BND-1');
      await ok(core, 'checklist.get', { caseId: f.kase.id, asOf: '2026-11-30' });
    }
    const third = await ok(core, 'records.create', incident(f.kase.id, f.tutor.id, '2026-11-10'));
    expect(await flagIds(f.kase.id)).toContain('BND-1');
    expect((await dashboardIds()).get(f.kase.id)).toContain('BND-1');

    // A correction that takes the incident out of the 90 days clears the flag again.
    await ok(core, 'records.correct', { ...incident(f.kase.id, f.tutor.id, '2026-03-01'), recordId: third.id, expectedVersion: 1, reason: 'Wrong year on the form.' });
    expect(await flagIds(f.kase.id)).not.toContain('BND-1');
    expect((await dashboardIds()).get(f.kase.id)).not.toContain('BND-1');
  });

  it('keeps a result for each "as of" date', async () => {
    for (const day of ['2026-10-01', '2026-10-20', '2026-11-10']) await ok(f.store.core, 'records.create', incident(f.kase.id, f.tutor.id, day));
    expect(await flagIds(f.kase.id, '2026-11-30')).toContain('BND-1');
    expect(await flagIds(f.kase.id, '2026-11-09')).not.toContain('BND-1');
    expect(await flagIds(f.kase.id, '2026-11-30')).toContain('BND-1');
  });

  it('recomputes every case when the director changes a setting, and only the written case after a record', async () => {
    const { core } = f.store;
    const other = await ok(core, 'cases.create', { clientName: 'Lena Novak', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: f.tutor.id, clientManagerId: f.director.id });
    for (const c of [f.kase.id, other.id]) for (const day of ['2026-10-01', '2026-10-20', '2026-11-10']) await ok(core, 'records.create', incident(c, f.tutor.id, day));
    expect((await dashboardIds()).get(other.id)).toContain('BND-1');
    await ok(core, 'policy.updateFlag', { id: 'BND-1', services: ['online_tuition'], params: { minorIncidents: 4 } });
    const after = await dashboardIds();
    expect(after.get(f.kase.id)).not.toContain('BND-1');
    expect(after.get(other.id)).not.toContain('BND-1');

  });

  it('keeps the other cases’ results through a write to one case, and forgets everything at a lock', async () => {
    const { core } = f.store;
    const other = await ok(core, 'cases.create', { clientName: 'Lena Novak', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: f.tutor.id, clientManagerId: f.director.id });
    const written = (await ok(core, 'records.create', incident(f.kase.id, f.tutor.id, '2026-10-01'))).id;
    // The cache is the core's own: look into it through a session of the same kind the core runs.
    core.close();
    const session = new Session(storePaths(f.store.dir), { now: () => new Date('2026-12-01T12:00:00Z') });
    await session.unlock({ login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    const w = () => services(session, { now: () => new Date('2026-12-01T12:00:00Z') }).writer();
    const db = session.require().vault.db;
    dashboard(w(), { asOf: '2026-11-30', includeClosed: false });
    // The dashboard made the cache: this finds it (the stand-in is never used).
    const cache = memoFor(db, 'analysis', () => ({ clear() {} })) as unknown as { flags: Map<string, { value: unknown }>; loaded: Map<string, unknown> };
    const kept = (id: string) => cache.flags.get(`${id}|2026-11-30`)?.value;
    const [mineBefore, otherBefore] = [kept(f.kase.id), kept(other.id)];
    expect(otherBefore).toBeDefined();
    db.prepare('UPDATE records SET significant = 1 WHERE id = ?').run(written);
    dashboard(w(), { asOf: '2026-11-30', includeClosed: false });
    expect(kept(other.id)).toBe(otherBefore);
    expect(kept(f.kase.id)).not.toBe(mineBefore);

    caseFlags(w(), { caseId: other.id, asOf: '2026-11-30' });
    expect(cache.loaded.size).toBe(1);

    // Read inside a transaction that rolls back: the revisions roll back too, so nothing read
    // there may be kept (the same stamp could later come with other rows).
    expect(() =>
      db.transaction(() => {
        db.prepare('UPDATE records SET significant = 0 WHERE id = ?').run(written);
        caseFlags(w(), { caseId: f.kase.id, asOf: '2026-11-29' });
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(cache.loaded.has(f.kase.id)).toBe(false);
    expect(cache.flags.has(`${f.kase.id}|2026-11-29`)).toBe(false);
    session.lock();
    expect(cache.flags.size).toBe(0);
    expect(cache.loaded.size).toBe(0);
    f.store.reopen();
  });

  it('lets an erased case’s records and flags go from memory at once, keeping the other cases’', async () => {
    const { core } = f.store;
    const other = await ok(core, 'cases.create', { clientName: 'Lena Novak', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: f.tutor.id, clientManagerId: f.director.id });
    await ok(core, 'records.create', incident(f.kase.id, f.tutor.id, '2026-10-01'));
    core.close();
    const at = { now: () => new Date('2026-12-01T12:00:00Z') };
    const session = new Session(storePaths(f.store.dir), at);
    await session.unlock({ login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    const w = () => services(session, at).writer();
    const db = session.require().vault.db;
    dashboard(w(), { asOf: '2026-11-30', includeClosed: false });
    caseFlags(w(), { caseId: f.kase.id, asOf: '2026-11-30' });
    const cache = memoFor(db, 'analysis', () => ({ clear() {} })) as unknown as { flags: Map<string, unknown>; loaded: Map<string, unknown> };
    expect(cache.loaded.has(f.kase.id)).toBe(true);
    expect(cache.flags.has(`${f.kase.id}|2026-11-30`)).toBe(true);

    eraseClient(w(), { clientId: f.kase.clientId, reason: 'Asked in writing for erasure; nothing outstanding.' });
    expect(cache.loaded.has(f.kase.id)).toBe(false);
    expect([...cache.flags.keys()].filter((key) => key.startsWith(f.kase.id))).toEqual([]);
    expect(cache.flags.has(`${other.id}|2026-11-30`)).toBe(true);
    session.lock();
  });
});
