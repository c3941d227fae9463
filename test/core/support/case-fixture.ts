// A store with a case ready for chronology tests: a tutor, a client manager user, one case.
import type { CaseSummary, StaffPerson } from '../../../electron/core/contract';
import { ok, setUpStore, type TestStore } from './temp-store';

export interface CaseFixture {
  store: TestStore;
  tutor: StaffPerson;
  director: StaffPerson;
  kase: CaseSummary;
}

export async function caseFixture(): Promise<CaseFixture> {
  const store = await setUpStore();
  const tutor = await ok(store.core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  const director = (await ok(store.core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
  const kase = await ok(store.core, 'cases.create', { clientName: 'Amira Haddad', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
  return { store, tutor, director, kase };
}

export function contactInput(f: CaseFixture, occurredAt: string, fact: string, extra: Record<string, unknown> = {}) {
  return {
    caseId: f.kase.id,
    type: 'contact' as const,
    occurredAt,
    fact,
    details: { medium: 'phone_call' as const, line: 'main_desk_phone' as const, direction: 'from_client_side' as const, clientParties: [f.kase.clientId], staffParties: [f.tutor.id], purpose: 'enquiry' as const, ...extra },
  };
}
