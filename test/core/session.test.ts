import { afterEach, describe, expect, it } from 'vitest';
import { DIRECTOR, ok, setUpStore, type TestStore } from './support/temp-store';

let store: TestStore;
afterEach(() => store?.cleanup());

describe('session: setup, lock and unlock', () => {
  it('sets up a store, signs the director in, and unlocks again after a lock', async () => {
    store = await setUpStore();
    const status = await ok(store.core, 'session.status', {});
    expect(status.state).toBe('unlocked');
    expect(status.user?.role).toBe('director');
    expect(status.organisationName).toBe('Westcountry Learning Partnership');

    expect((await ok(store.core, 'session.lock', {})).state).toBe('locked');
    const listed = await store.core.invoke('cases.list', {});
    expect(listed).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });

    const unlocked = await ok(store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect(unlocked.user?.fullName).toBe(DIRECTOR.fullName);
  });

  it('refuses a wrong passphrase with a clear, typed error and stays locked', async () => {
    store = await setUpStore();
    await ok(store.core, 'session.lock', {});
    const result = await store.core.invoke('session.unlock', { login: DIRECTOR.login, passphrase: 'not the passphrase at all' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'wrong_credentials', message: 'That login name and passphrase do not match. Check them and try again.' },
    });
    expect((await ok(store.core, 'session.status', {})).state).toBe('locked');
  });

  it('answers an unknown login exactly as a wrong passphrase', async () => {
    store = await setUpStore();
    await ok(store.core, 'session.lock', {});
    const result = await store.core.invoke('session.unlock', { login: 'nobody', passphrase: DIRECTOR.passphrase });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
  });
});
