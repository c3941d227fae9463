// The retention period and the closed cases past it, through the API: six years after closure by
// default, changed by the director (audited), held cases marked; a client manager may close a
// case but not see or change retention.
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../support/temp-store';
import { asDirector, asManager, auditRows, dpFixture, withRawDb, type DpFixture } from './fixture';

let f: DpFixture;
afterEach(() => f?.store.cleanup());

describe('retention', () => {
  it('lists closed cases whose retention period has ended, from the closure date, with holds marked', async () => {
    f = await dpFixture();
    const core = f.store.core;
    expect(await ok(core, 'dataProtection.retention.get', {})).toMatchObject({ yearsAfterClosure: 6, default: 6, origin: expect.stringContaining('Limitation Act 1980') });
    expect((await ok(core, 'dataProtection.retentionDue', { asOf: '2040-01-01' })).cases).toEqual([]); // nothing closed yet

    const closed = await ok(core, 'cases.close', { caseId: f.kase.id, closedOn: '2026-07-31', reason: 'Tuition finished at the end of the school year.' });
    expect(closed.status).toBe('closed');
    expect((await ok(core, 'dataProtection.retentionDue', { asOf: '2032-07-30' })).cases).toEqual([]);
    const due = await ok(core, 'dataProtection.retentionDue', { asOf: '2032-07-31' });
    expect(due).toMatchObject({ asOf: '2032-07-31', yearsAfterClosure: 6, cases: [{ caseId: f.kase.id, reference: f.kase.reference, clientName: 'Rebecca Hendy', closedOn: '2026-07-31', closedOnSource: 'recorded', dueOn: '2032-07-31', held: false }] });

    await ok(core, 'dataProtection.holds.set', { target: { kind: 'person', personId: f.kase.clientId }, reason: 'Tribunal claim pending.' });
    expect((await ok(core, 'dataProtection.retentionDue', { asOf: '2032-08-01' })).cases[0]).toMatchObject({ held: true });

    await ok(core, 'dataProtection.retention.set', { yearsAfterClosure: 3 });
    expect((await ok(core, 'dataProtection.retentionDue', { asOf: '2029-07-31' })).cases.map((c) => c.reference)).toEqual([f.kase.reference]);
    expect(await core.invoke('dataProtection.retention.set', { yearsAfterClosure: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'yearsAfterClosure', message: 'must be at least 1 year' }] } });
    expect(await core.invoke('cases.close', { caseId: f.kase.id, closedOn: '2026-08-01', reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already closed') } });

    const audit = await withRawDb(f, (db) => auditRows(db).filter((r) => ['retention.update', 'case.close', 'retention-hold.set'].includes(r.action)).map((r) => r.action));
    expect(audit.sort()).toEqual(['case.close', 'retention-hold.set', 'retention.update']);
  });

  it('refuses a closure before the case started', async () => {
    f = await dpFixture();
    expect(await f.store.core.invoke('cases.close', { caseId: f.kase.id, closedOn: '2025-12-31', reason: 'typo' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'closedOn' }] } });
  });

  it('is for the director only: a client manager may close a case but is refused the retention list and setting', async () => {
    f = await dpFixture();
    const core = await asManager(f);
    await ok(core, 'cases.close', { caseId: f.kase.id, closedOn: '2026-07-31', reason: 'Finished.' });
    for (const [method, input] of [
      ['dataProtection.retentionDue', {}],
      ['dataProtection.retention.get', {}],
      ['dataProtection.retention.set', { yearsAfterClosure: 10 }],
    ] as const) {
      expect(await core.invoke(method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await asDirector(f);
  });
});
