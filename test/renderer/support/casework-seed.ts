// Counselling cases with the records the casework criteria read (missed sessions for SESS-1 and
// W-7, a self-harm disclosure for G-2), for the tests of the Checklist tab and the home queues.
// All through the core, as the director unless the test signs someone else in first.
import type { CaseSummary } from '../../../electron/core/contract';
import type { CoreHost } from '../../e2e/support/core-host-types';
import { ok, type SeededCase } from './case-seed';
import { anotherCase } from './flag-seed';

/** The reasonable-adjustments answer when no need was found. */
export const NO_NEED = { needOrDisability: false, explainsBehaviour: false };

/** A short-term counselling case of the seeded worker, the director as client manager by default. */
export function counsellingCase(host: CoreHost, seed: SeededCase, clientName: string, clientManagerId?: string): Promise<CaseSummary> {
  return anotherCase(host, seed, clientName, { service: 'counselling_short_term', clientManagerId });
}

/** Sessions the client did not attend, at 14:00 UTC on each day: three within three months is SESS-1. */
export async function missedSessions(host: CoreHost, seed: SeededCase, kase: CaseSummary, days: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const day of days) {
    const record = await ok(host, 'records.create', {
      caseId: kase.id,
      type: 'session',
      occurredAt: `${day}T14:00:00Z`,
      fact: 'Did not come and did not call.',
      details: { workerId: seed.tutor.id, kind: 'Counselling', location: 'practice', outcome: 'did_not_attend' },
    });
    ids.push(record.id);
  }
  return ids;
}

/** A suicide or self-harm disclosure (restricted): never grounds for withdrawal, nor evidence (G-2). */
export async function selfHarmDisclosure(host: CoreHost, kase: CaseSummary, day: string): Promise<string> {
  const record = await ok(host, 'records.create', {
    caseId: kase.id,
    type: 'safeguarding_note',
    occurredAt: `${day}T15:00:00Z`,
    fact: 'Disclosed thoughts of self-harm at the end of the session; no plan. Crisis numbers given.',
    significant: true,
    details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false },
  });
  return record.id;
}
