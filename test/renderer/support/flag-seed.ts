// Records that make the core find a flag, and other users to sign in as, for the tests of the
// home screen, the dashboard, the case's flags and the policy settings. All through the core.
import type { CaseSummary, Role } from '../../../electron/core/contract';
import type { CoreHost } from '../../e2e/support/core-host-types';
import { ok, type SeededCase } from './case-seed';
import { DIRECTOR } from './people';

/** Minor boundary incidents of the case's tutor, one a day at 10:00 UTC: three within 90 days is BND-1. */
export async function minorIncidents(host: CoreHost, seed: SeededCase, days: readonly string[], caseId = seed.kase.id): Promise<string[]> {
  const ids: string[] = [];
  for (const day of days) {
    const record = await ok(host, 'records.create', {
      caseId,
      type: 'boundary_incident',
      occurredAt: `${day}T10:00:00Z`,
      fact: 'Accepted a small gift from the parent.',
      details: { workerId: seed.tutor.id, kind: 'gift', severity: 'minor' },
    });
    ids.push(record.id);
  }
  return ids;
}

/** A text from the client to the tutor's personal phone with the number shown: PAIR-2. */
export async function personalText(host: CoreHost, seed: SeededCase, kase: CaseSummary, occurredAt: string): Promise<string> {
  const record = await ok(host, 'records.create', {
    caseId: kase.id,
    type: 'contact',
    occurredAt,
    fact: 'Texted the tutor on their own phone about the homework.',
    details: { medium: 'text_message', line: 'personal_phone_shown', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [seed.tutor.id], purpose: 'enquiry' },
  });
  return record.id;
}

/** Another case of the seeded tutor, with the given client manager (the director by default). */
export function anotherCase(host: CoreHost, seed: SeededCase, clientName: string, extra: { clientManagerId?: string; service?: CaseSummary['service'] } = {}): Promise<CaseSummary> {
  return ok(host, 'cases.create', {
    clientName,
    service: extra.service ?? 'online_tuition',
    startDate: '2026-01-12',
    allocatedWorkerId: seed.tutor.id,
    clientManagerId: extra.clientManagerId ?? seed.director.id,
  });
}

export interface OtherUser {
  readonly personId: string;
  readonly login: string;
  readonly passphrase: string;
}

/** A user in another role, with their own passphrase already chosen; the director stays signed in. */
export async function addUser(host: CoreHost, fullName: string, login: string, role: Exclude<Role, 'director'>): Promise<OtherUser> {
  const passphrase = 'quarry lantern velvet 77';
  const added = await ok(host, 'users.add', { fullName, login, role });
  await ok(host, 'session.lock', {});
  await ok(host, 'session.unlock', { login, passphrase: added.oneTimePassphrase });
  await ok(host, 'session.changePassphrase', { current: added.oneTimePassphrase, next: passphrase });
  await ok(host, 'session.lock', {});
  await ok(host, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  return { personId: added.user.personId, login, passphrase };
}

/** Signs a user in on the core, before the app is mounted on it. */
export async function signInAs(host: CoreHost, user: { login: string; passphrase: string }): Promise<void> {
  await ok(host, 'session.lock', {});
  await ok(host, 'session.unlock', { login: user.login, passphrase: user.passphrase });
}
