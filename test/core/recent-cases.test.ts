// cases.recent (SPEC section 9, the recent-cases list) through the real core: each user's own
// opens from the access log, the latest first, one entry per case, never an erased case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../electron/core/contract';
import { ok } from './support/temp-store';
import { setUpTeam, type Team } from './support/team';

let t: Team;
let cases: CaseSummary[];

beforeAll(async () => {
  t = await setUpTeam();
  cases = [];
  for (const name of ['Ada Recent', 'Ben Recent', 'Cal Recent']) cases.push(await t.newCase('online_tuition', name));
}, 60_000);
afterAll(() => t.store.cleanup());

const open = (kase: CaseSummary) => ok(t.store.core, 'cases.get', { caseId: kase.id });
const recent = async (limit?: number) => (await ok(t.store.core, 'cases.recent', limit === undefined ? {} : { limit })).map((r) => r.case.clientName);

describe('cases.recent', () => {
  it('lists the cases this user opened, the latest open first, each case once', async () => {
    await t.as('clientManager');
    expect(await recent()).toEqual([]);
    const [ada, ben, cal] = cases as [CaseSummary, CaseSummary, CaseSummary];
    await open(ada);
    await open(ben);
    await open(ada);
    await open(cal);
    expect(await recent()).toEqual(['Cal Recent', 'Ada Recent', 'Ben Recent']);
    expect(await recent(2)).toEqual(['Cal Recent', 'Ada Recent']);
    const [latest] = await ok(t.store.core, 'cases.recent', {});
    expect(latest).toMatchObject({ case: { id: cal.id, reference: cal.reference }, openedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('is each user’s own: another user’s opens do not appear', async () => {
    await t.as('clinicalLead');
    expect(await recent()).toEqual([]);
    await open(cases[1]!);
    expect(await recent()).toEqual(['Ben Recent']);
    await t.as('clientManager');
    expect(await recent()).toEqual(['Cal Recent', 'Ada Recent', 'Ben Recent']);
  });

  it('refuses a limit outside 1 to 20, naming it', async () => {
    expect(await t.store.core.invoke('cases.recent', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'limit', message: 'must be at least 1' }] } });
    expect(await t.store.core.invoke('cases.recent', { limit: 21 })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'limit', message: 'must be at most 20' }] } });
  });

  it('drops a case once its client is erased', async () => {
    await t.as('director');
    await open(cases[0]!);
    await open(cases[2]!);
    expect(await recent()).toEqual(['Cal Recent', 'Ada Recent']);
    await ok(t.store.core, 'dataProtection.erase', { clientId: cases[2]!.clientId, reason: 'Asked in writing for erasure; nothing outstanding.' });
    expect(await recent()).toEqual(['Ada Recent']);
  });
});
