// The router: typed errors for bad input and refusals; nothing internal reaches the caller.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../electron/core/contract';
import { createRouter } from '../../electron/core/router';
import { ok, setUpStore, type TestStore } from './support/temp-store';

let store: TestStore;
afterEach(() => store?.cleanup());

describe('router', () => {
  it('answers invalid input with invalid_input, naming each field and why', async () => {
    store = await setUpStore();
    const result = await store.core.invoke('cases.create', { clientName: '', service: 'juggling', startDate: '23/11/2026' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['clientName', 'service', 'startDate', 'allocatedWorkerId', 'clientManagerId']));
    expect(result.error.message).toMatch(/^The request to cases\.create was not valid: /);
  });

  it('answers an unknown method and a non-text method name with unknown_method', async () => {
    store = await setUpStore();
    expect(await store.core.invokeUnknown('cases.dropAll', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await store.core.invokeUnknown(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await store.core.invokeUnknown('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('hides internal errors: no stack trace, no SQL text', async () => {
    const contract = { 'x.fail': method({ summary: 'Fail', access: 'anyone', input: z.object({}), output: z.null() }) };
    const logged: unknown[] = [];
    const router = createRouter(contract, { 'x.fail': () => { throw new Error('SQLITE_ERROR: no such table: secrets'); } }, () => null, { logInternal: (_m, e) => logged.push(e) });
    const result = await router.invoke('x.fail', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|secrets|at /);
    expect(logged).toHaveLength(1);
  });

  it('strips fields the contract does not declare from every answer', async () => {
    const contract = { 'x.get': method({ summary: 'Get', access: 'anyone', input: z.object({}), output: z.object({ name: z.string() }) }) };
    const router = createRouter(contract, { 'x.get': () => ({ name: 'A', masterKey: 'secret' }) as { name: string } }, () => null);
    expect(await router.invoke('x.get', {})).toEqual({ ok: true, value: { name: 'A' } });
  });

  it('auto-locks after the idle time and refuses the next call', async () => {
    let now = new Date('2026-11-23T09:00:00Z').getTime();
    store = await setUpStore({ clock: { now: () => new Date(now) } });
    await ok(store.core, 'cases.list', {});
    now += 9 * 60_000;
    await ok(store.core, 'cases.list', {}); // 9 minutes idle: still open, and the clock restarts
    now += 11 * 60_000;
    expect(await store.core.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect((await ok(store.core, 'session.status', {})).state).toBe('locked');
  });
});
