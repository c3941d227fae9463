// A signed-in director with one case, set up directly through the core, for the tests of the
// case page: a tutor as allocated worker, the director as client manager.
import type { CaseSummary, Input, Output, StaffPerson } from '../../../electron/core/contract';
import type { CoreHost } from '../../e2e/support/core-host-types';
import { DIRECTOR, ORGANISATION } from './people';

export interface SeededCase {
  readonly kase: CaseSummary;
  readonly tutor: StaffPerson;
  readonly director: StaffPerson;
}

/** A core call that must succeed: its value, or the core's refusal as the test's failure. */
export async function ok<M extends Parameters<CoreHost['invoke']>[0]>(host: CoreHost, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await host.invoke(method, input);
  if (!result.ok) throw new Error(`${method} refused: ${result.error.message}`);
  return result.value;
}

export async function seedCase(host: CoreHost): Promise<SeededCase> {
  await ok(host, 'session.setup', { organisation: ORGANISATION, director: DIRECTOR });
  const tutor = await ok(host, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  const director = (await ok(host, 'people.listStaff', {})).find((p) => p.staffRole === 'director');
  if (!director) throw new Error('The director has no staff person');
  const kase = await ok(host, 'cases.create', {
    clientName: 'Amira Haddad',
    clientPhone: '07700 900123',
    service: 'online_tuition',
    startDate: '2026-01-05',
    allocatedWorkerId: tutor.id,
    clientManagerId: director.id,
  });
  return { kase, tutor, director };
}

/** A phone call from the client to the tutor, at an instant given in UTC. */
export function contact(seed: SeededCase, occurredAt: string, fact: string, extra: { significant?: boolean; analysis?: string } = {}): Input<'records.create'> {
  return {
    caseId: seed.kase.id,
    type: 'contact',
    occurredAt,
    fact,
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [seed.kase.clientId], staffParties: [seed.tutor.id], purpose: 'enquiry' },
    ...extra,
  } satisfies Input<'records.create'>;
}
