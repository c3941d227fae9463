// Users and roles: the director adds and removes users; roles are enforced in the core.
import { afterEach, describe, expect, it } from 'vitest';
import { readKeyslotFile } from '../../electron/core/store/keyslot-file';
import { storePaths } from '../../electron/core/store/paths';
import { DIRECTOR, ok, setUpStore, type TestStore } from './support/temp-store';

let store: TestStore;
afterEach(() => store?.cleanup());

async function withClientManager() {
  store = await setUpStore();
  const added = await ok(store.core, 'users.add', { fullName: 'Priya Nair', login: 'pnair', role: 'client_manager' });
  return added;
}

describe('users and roles', () => {
  it('gives a new user a one-time passphrase that must be replaced before anything else', async () => {
    const { user, oneTimePassphrase } = await withClientManager();
    expect(user).toMatchObject({ role: 'client_manager', mustChangePassphrase: true });
    expect(oneTimePassphrase).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await ok(store.core, 'session.lock', {});
    await ok(store.core, 'session.unlock', { login: 'pnair', passphrase: oneTimePassphrase });
    expect(await store.core.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'passphrase_change_required' } });
    expect(await store.core.invoke('session.changePassphrase', { current: oneTimePassphrase, next: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'weak_passphrase', message: expect.stringContaining('at least 12 characters') },
    });
    await ok(store.core, 'session.changePassphrase', { current: oneTimePassphrase, next: 'kettle meadow lighthouse' });
    expect(await ok(store.core, 'cases.list', {})).toEqual([]);
    await ok(store.core, 'session.lock', {});
    expect(await store.core.invoke('session.unlock', { login: 'pnair', passphrase: oneTimePassphrase })).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
  });

  it('refuses a client manager calling a director-only method, in the core', async () => {
    const { oneTimePassphrase } = await withClientManager();
    await ok(store.core, 'session.lock', {});
    await ok(store.core, 'session.unlock', { login: 'pnair', passphrase: oneTimePassphrase });
    await ok(store.core, 'session.changePassphrase', { current: oneTimePassphrase, next: 'kettle meadow lighthouse' });
    const refused = await store.core.invoke('users.add', { fullName: 'Sneaky Person', login: 'sneaky', role: 'clinical_lead' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('Only the director can do this') },
    });
    expect(await store.core.invoke('org.update', { name: 'X', address: 'Y', autoLockMinutes: 5 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a taken login name with a field message', async () => {
    await withClientManager();
    const again = await store.core.invoke('users.add', { fullName: 'Another Nair', login: 'PNair', role: 'clinical_lead' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'login', message: 'is already taken' }] } });
  });

  it('removing a user rotates the master key, locks them out, and keeps everyone else and every record', async () => {
    const { user, oneTimePassphrase } = await withClientManager();
    const keysBefore = readKeyslotFile(storePaths(store.dir).keys);
    await ok(store.core, 'users.remove', { userId: user.id, reason: 'Left the organisation' });
    const keysAfter = readKeyslotFile(storePaths(store.dir).keys);
    expect(keysAfter.masterKeyId).not.toBe(keysBefore.masterKeyId);
    expect(keysAfter.slots.map((s) => s.login)).toEqual([DIRECTOR.login]);
    expect((await ok(store.core, 'users.list', {})).map((u) => u.login)).toEqual([DIRECTOR.login]);
    store.reopen();
    expect(await store.core.invoke('session.unlock', { login: 'pnair', passphrase: oneTimePassphrase })).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
    await ok(store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect(await ok(store.core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });
    expect((await ok(store.core, 'people.listStaff', {})).map((p) => p.fullName)).toContain('Priya Nair'); // still a staff person on record
  });

  it('will not remove the director', async () => {
    store = await setUpStore();
    const me = (await ok(store.core, 'session.status', {})).user!;
    expect(await store.core.invoke('users.remove', { userId: me.id, reason: 'test' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('cases', () => {
  it('creates a case, audits it, and finds it again after the store is reopened', async () => {
    store = await setUpStore();
    const tutor = await ok(store.core, 'people.addStaff', { fullName: 'Tom Hargreaves', staffRole: 'tutor' });
    const director = (await ok(store.core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
    const created = await ok(store.core, 'cases.create', { clientName: 'Sarah Pengelly', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
    expect(created).toMatchObject({ reference: 'TH-0001', clientName: 'Sarah Pengelly', status: 'active', allocatedWorker: { fullName: 'Tom Hargreaves' } });
    store.reopen();
    await ok(store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect((await ok(store.core, 'cases.list', {})).map((c) => c.clientName)).toEqual(['Sarah Pengelly']);
    const audit = await ok(store.core, 'audit.verify', {});
    expect(audit.ok).toBe(true);
    expect(audit.rows).toBeGreaterThanOrEqual(5); // organisation, director person + user, tutor, client, case
  });

  it('refuses a client manager who is not a client manager', async () => {
    store = await setUpStore();
    const tutor = await ok(store.core, 'people.addStaff', { fullName: 'Tom Hargreaves', staffRole: 'tutor' });
    const result = await store.core.invoke('cases.create', { clientName: 'Sarah Pengelly', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: tutor.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'clientManagerId' }] } });
    expect(await ok(store.core, 'cases.list', {})).toEqual([]);
  });
});
