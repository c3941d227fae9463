// Contact under a restriction is never silently ignored (SPEC section 7): while a communication
// agreement or a contact restriction applies, a contact from the client is recorded only once
// someone says they checked it for new information and a safeguarding concern.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../electron/core/contract';
import { ok } from '../support/temp-store';
import { setUpTeam, type Team } from '../support/team';

let t: Team;
let kase: CaseSummary;

beforeAll(async () => {
  t = await setUpTeam();
  kase = await t.newCase('information_advice', 'Restricted Client');
  await ok(t.store.core, 'records.create', { caseId: kase.id, type: 'communication_agreement', occurredAt: '2026-10-01T09:00:00Z', fact: 'One email a week to the client manager.', details: { singlePointOfContactId: t.users.clientManager.personId, startsOn: '2026-10-01', reviewOn: '2026-11-20' } });
}, 60_000);
afterAll(() => t.store.cleanup());

const call = (day: string, details: Record<string, unknown> = {}) =>
  t.store.core.invoke('records.create', { caseId: kase.id, type: 'contact', occurredAt: `${day}T10:00:00Z`, fact: 'Phoned the helpline.', details: { medium: 'phone_call', line: 'helpline', direction: 'from_client_side', clientParties: [kase.clientId], purpose: 'enquiry', ...details } });

describe('contact received under a restriction', () => {
  it('is refused until it was checked for new information and a safeguarding concern, and then kept with the answers', async () => {
    const refused = await call('2026-10-05');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'details.restrictionChecked' }] } });
    if (!refused.ok) expect(refused.error.message).toContain('a communication agreement applies');
    const kept = await call('2026-10-05', { restrictionChecked: true, bringsNewInformation: false, safeguardingConcern: true });
    expect(kept.ok).toBe(true);
  });

  it('asks nothing of the service’s own contacts, nor before the agreement started or after it lapsed at review', async () => {
    expect((await call('2026-10-06', { direction: 'to_client', staffParties: [t.tutor.id] })).ok).toBe(true);
    expect((await call('2026-09-30')).ok).toBe(true);
    expect((await call('2026-11-20')).ok).toBe(false); // the review day: still in force
    expect((await call('2026-11-21')).ok).toBe(true);
  });
});

describe('the dashboard shows casework due', () => {
  it('an agreement past its review date unrenewed shows as lapsed on its case’s row', async () => {
    const { rows } = await ok(t.store.core, 'flags.dashboard', {});
    expect(rows.find((r) => r.caseId === kase.id)?.due).toEqual(['Communication agreement lapsed at its review on 20 November 2026: renew it with reasons or lift it.']);
    const queue = await ok(t.store.core, 'queues.mine', {});
    expect(queue.items.filter((i) => i.caseId === kase.id).map((i) => i.kind)).toEqual(['restriction_review']);
  });
});
