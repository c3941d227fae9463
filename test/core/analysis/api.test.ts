// The analyses through the real core and an encrypted store: flags as of a date, the policy
// settings (director only, validated, audited, recomputing at once), the dashboard and the
// pairing chart's data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../../electron/core/audit/chain';
import { storePaths } from '../../../electron/core/store/paths';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { caseFixture, contactInput, type CaseFixture } from '../support/case-fixture';
import { DIRECTOR, ok } from '../support/temp-store';

let f: CaseFixture;
const incidents: string[] = [];
let textId = '';

beforeAll(async () => {
  f = await caseFixture();
  const { core } = f.store;
  for (const day of ['2026-10-01', '2026-10-20', '2026-11-10']) {
    const r = await ok(core, 'records.create', { caseId: f.kase.id, type: 'boundary_incident', occurredAt: `${day}T10:00:00Z`, fact: 'Accepted a gift.', details: { workerId: f.tutor.id, kind: 'gift', severity: 'minor' } });
    incidents.push(r.id);
  }
  textId = (await ok(core, 'records.create', contactInput(f, '2026-10-05T19:00:00Z', 'Texted the tutor.', { medium: 'text_message', line: 'personal_phone_shown' }))).id;
  await ok(core, 'records.create', { caseId: f.kase.id, type: 'complaint', occurredAt: '2026-11-12T09:00:00Z', fact: 'Complained about the tutor.', details: { route: 'email', aboutPersonId: f.tutor.id, investigationStatus: 'received' } });
});
afterAll(() => f.store.cleanup());

describe('flags through the API', () => {
  it('finds BND-1 and PAIR-2 with their evidence, as of today by default', async () => {
    const result = await ok(f.store.core, 'flags.forCase', { caseId: f.kase.id });
    expect(result.flags.map((x) => x.id)).toEqual(['PAIR-2', 'BND-1']);
    expect(result.flags.find((x) => x.id === 'BND-1')?.evidence).toEqual(incidents);
    expect(result.flags.find((x) => x.id === 'PAIR-2')?.evidence).toEqual([textId]);
    expect(result.restrictedUnchecked).toBe(false);
  });

  it('evaluates as of a date: records after it do not count', async () => {
    const result = await ok(f.store.core, 'flags.forCase', { caseId: f.kase.id, asOf: '2026-11-09' });
    expect(result.asOf).toBe('2026-11-09');
    expect(result.flags.map((x) => x.id)).toEqual(['PAIR-2']);
  });

  it('refuses an unknown case and a malformed date clearly', async () => {
    const missing = await f.store.core.invoke('flags.forCase', { caseId: '00000000-0000-4000-8000-0000000000ff' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await f.store.core.invoke('flags.forCase', { caseId: f.kase.id, asOf: '9/11/2026' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'asOf' }] } });
  });
});

describe('policy settings', () => {
  it('shows every flag with its parameters, defaults and their origin', async () => {
    const settings = await ok(f.store.core, 'policy.get', {});
    const bnd = settings.flags.find((x) => x.id === 'BND-1');
    expect(bnd?.params.find((p) => p.key === 'minorIncidents')).toMatchObject({ value: 3, default: 3, origin: 'threshold' });
    expect(bnd?.services).toMatchObject({ origin: 'policy' });
    expect(bnd?.updatedAt).toBeNull();
  });

  it('a director change recomputes the flags at once and is audited; a reset restores the default', async () => {
    const { core } = f.store;
    const updated = await ok(core, 'policy.updateFlag', { id: 'BND-1', services: ['online_tuition'], params: { minorIncidents: 4 } });
    expect(updated.params.find((p) => p.key === 'minorIncidents')?.value).toBe(4);
    expect((await ok(core, 'flags.forCase', { caseId: f.kase.id })).flags.map((x) => x.id)).toEqual(['PAIR-2']);

    await ok(core, 'policy.updateFlag', { id: 'PAIR-2', services: [], params: {} });
    expect((await ok(core, 'flags.forCase', { caseId: f.kase.id })).notApplicable).toContain('PAIR-2');

    await ok(core, 'policy.resetFlag', { id: 'BND-1' });
    await ok(core, 'policy.resetFlag', { id: 'PAIR-2' });
    expect((await ok(core, 'flags.forCase', { caseId: f.kase.id })).flags.map((x) => x.id)).toEqual(['PAIR-2', 'BND-1']);

    core.close();
    const vault = await unlockVault(storePaths(f.store.dir), DIRECTOR.login, DIRECTOR.passphrase);
    const actions = readAudit(vault.db).filter((a) => a.entity === 'policy_setting');
    closeVault(vault);
    expect(actions.map((a) => `${a.action} ${a.entityId}`)).toEqual(['policy.reset PAIR-2', 'policy.reset BND-1', 'policy.update PAIR-2', 'policy.update BND-1']);
    expect(actions.at(-1)?.values).toMatchObject({ before: { params: { minorIncidents: 3 } }, after: { services: ['online_tuition'], params: { minorIncidents: 4 } } });
    f.store.reopen();
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  });

  it('refuses an unknown parameter or a value out of range, naming each, and changes nothing', async () => {
    const result = await f.store.core.invoke('policy.updateFlag', { id: 'BND-1', services: ['online_tuition'], params: { minorIncidents: 0, colour: 3 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { path: 'params.minorIncidents', message: 'must be a whole number from 2 to 50' },
      { path: 'params.colour', message: 'is not a parameter of BND-1' },
    ]);
    expect((await ok(f.store.core, 'policy.get', {})).flags.find((x) => x.id === 'BND-1')?.updatedAt).toBeNull();
  });

  it('keeps the hand-added bank holidays in date order, one per date', async () => {
    const saved = await ok(f.store.core, 'policy.setExtraHolidays', {
      holidays: [
        { date: '2027-06-07', name: 'Example one-off day' },
        { date: '2027-01-04', name: 'Earlier day' },
        { date: '2027-06-07', name: 'Example one-off day (renamed)' },
      ],
    });
    expect(saved.map((h) => h.date)).toEqual(['2027-01-04', '2027-06-07']);
    expect((await ok(f.store.core, 'policy.get', {})).extraHolidays).toEqual(saved);
  });

  it('only the director may change settings', async () => {
    const { user, oneTimePassphrase } = await ok(f.store.core, 'users.add', { fullName: 'Daniel Kessell', login: 'dkessell', role: 'client_manager' });
    expect(user.role).toBe('client_manager');
    await ok(f.store.core, 'session.lock', {});
    await ok(f.store.core, 'session.unlock', { login: 'dkessell', passphrase: oneTimePassphrase });
    await ok(f.store.core, 'session.changePassphrase', { current: oneTimePassphrase, next: 'quarry lantern velvet 77' });
    const refused = await f.store.core.invoke('policy.updateFlag', { id: 'BND-1', services: [], params: {} });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await ok(f.store.core, 'policy.get', {})).flags.length).toBeGreaterThan(0);
    await ok(f.store.core, 'session.lock', {});
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  });
});

describe('dashboard and pairing data', () => {
  it('lists every active case with one sentence per flag, marking the user’s own cases', async () => {
    const { rows } = await ok(f.store.core, 'flags.dashboard', {});
    const row = rows.find((r) => r.caseId === f.kase.id);
    expect(row?.mine).toBe(true);
    expect(row?.flags.find((x) => x.id === 'BND-1')).toMatchObject({ count: 1, latest: '2026-11-10', evidence: incidents });
    expect(row?.latest).toBe('2026-11-10');
  });

  it('counts contacts per staff person by week and marks the complaint', async () => {
    const data = await ok(f.store.core, 'pairing.get', { caseId: f.kase.id });
    expect(data.weeks.find((w) => w.week === '2026-10-05')?.byStaff[f.tutor.id]).toBe(1);
    expect(data.markers.map((m) => m.kind)).toEqual(['boundary_incident', 'boundary_incident', 'boundary_incident', 'complaint']);
    expect(data.edges.find((e) => e.staffId === f.tutor.id)?.contacts).toBe(1);
    const empty = await ok(f.store.core, 'pairing.get', { caseId: f.kase.id, from: '2026-10-06', to: '2026-10-31' });
    expect(empty.edges.find((e) => e.staffId === f.tutor.id)?.contacts).toBe(0);
    const backwards = await f.store.core.invoke('pairing.get', { caseId: f.kase.id, from: '2026-10-31', to: '2026-10-01' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
