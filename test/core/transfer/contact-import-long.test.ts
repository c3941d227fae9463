// The long-operation side of contact import: progress events, cancel (nothing written), a
// 20,000-row file, and who may import.
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../../electron/core/contract';
import { caseFixture, type CaseFixture } from '../support/case-fixture';
import { ok } from '../support/temp-store';
import { HEADER, auditRows, contactsOf, csv, importInput } from './csv-fixture';

let f: CaseFixture;
afterEach(() => f?.store.cleanup());

/** A call log of `n` rows, one call every 7 minutes from 1 September 2026. */
function callLog(n: number): string {
  const rows: string[][] = [HEADER];
  const start = Date.UTC(2026, 8, 1, 8, 0);
  for (let i = 0; i < n; i++) {
    const at = new Date(start + i * 7 * 60_000);
    const day = `${String(at.getUTCDate()).padStart(2, '0')}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${at.getUTCFullYear()}`;
    const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    rows.push([day, time, i % 3 ? 'Phone call' : 'Text', i % 2 ? 'Inbound' : 'Outbound', i % 4 ? 'Tom Pascoe' : '', String(i % 30), `Call ${i + 1} about homework.`]);
  }
  return csv(rows);
}

describe('contact import as a long operation', () => {
  it('reports progress for checking and writing, ending at the total', async () => {
    f = await caseFixture();
    const events: Progress[] = [];
    const result = await f.store.core.invoke('contacts.import', importInput(f, callLog(2500)), { onProgress: (p) => events.push(p) });
    expect(result).toMatchObject({ ok: true, value: { imported: 2500 } });
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(events.every((e) => e.total === 5000)).toBe(true);
    expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((a, b) => a - b));
    expect(events.at(-1)).toEqual({ done: 5000, total: 5000, label: 'Writing contacts' });
    expect(new Set(events.map((e) => e.label))).toEqual(new Set(['Checking rows', 'Writing contacts']));
  });

  it('writes nothing when cancelled while checking, or while writing', async () => {
    f = await caseFixture();
    const before = await auditRows(f);
    for (const phase of ['Checking rows', 'Writing contacts']) {
      const controller = new AbortController();
      const onProgress = (p: Progress) => {
        if (p.label === phase && p.done >= (phase === 'Writing contacts' ? 6000 + 3000 : 3000)) controller.abort();
      };
      const result = await f.store.core.invoke('contacts.import', importInput(f, callLog(6000)), { signal: controller.signal, onProgress });
      expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The import was cancelled; no contacts were imported.' } });
      expect((await contactsOf(f)).total).toBe(0);
      expect(await auditRows(f)).toBe(before);
    }
    // The store is usable afterwards: the transaction was rolled back, not left open.
    expect(await ok(f.store.core, 'contacts.import', importInput(f, callLog(10)))).toMatchObject({ imported: 10 });
  });

  it('imports a 20,000-row file in one go', async () => {
    f = await caseFixture();
    const result = await ok(f.store.core, 'contacts.import', importInput(f, callLog(20_000)));
    expect(result.imported).toBe(20_000);
    const list = await contactsOf(f);
    expect(list.total).toBe(20_000);
    expect(list.entries[0]?.fact).toBe('Call 1 about homework.');
    expect(list.entries.at(-1)?.fact).toBe('Call 20000 about homework.');
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });
  });

  it('lets a client manager import and refuses an appeals officer', async () => {
    f = await caseFixture();
    const { core } = f.store;
    const manager = await ok(core, 'users.add', { fullName: 'Priya Nair', login: 'pnair', role: 'client_manager' });
    const officer = await ok(core, 'users.add', { fullName: 'Colin Hext', login: 'chext', role: 'appeals_officer' });
    const signInAs = async (login: string, oneTime: string) => {
      await ok(core, 'session.lock', {});
      await ok(core, 'session.unlock', { login, passphrase: oneTime });
      await ok(core, 'session.changePassphrase', { current: oneTime, next: 'velvet harbour compass 19' });
    };
    await signInAs('pnair', manager.oneTimePassphrase);
    expect(await ok(core, 'contacts.import', importInput(f, callLog(3)))).toMatchObject({ imported: 3 });
    await signInAs('chext', officer.oneTimePassphrase);
    expect(await core.invoke('contacts.previewImport', importInput(f, callLog(3)))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await core.invoke('contacts.import', importInput(f, callLog(3)))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await contactsOf(f)).total).toBe(3);
  });
});
