// The demo organisation's people: five users (each costs a real key derivation, so no more) and
// the staff who are not users: tutors, counsellors, a mentor, support workers and reception.
import { DEMO_USERS, type DemoLogin, type StaffRole } from '../contract';
import type { DemoCall } from './api';
import type { DemoStaff } from './context';

export interface DemoCast {
  readonly staff: DemoStaff;
  readonly users: { readonly director: string; readonly clinicalLead: string; readonly appeals: string };
  /** The one-time passphrase each new user must replace at first unlock. */
  readonly oneTime: ReadonlyMap<DemoLogin, string>;
}

/** Adds the users and the staff; the director is signed in. */
export async function addPeople(api: DemoCall, director: { userId: string; personId: string }): Promise<DemoCast> {
  const oneTime = new Map<DemoLogin, string>();
  const addUser = async (u: (typeof DEMO_USERS)[1 | 2 | 3 | 4]) => {
    const added = await api('users.add', { fullName: u.fullName, login: u.login, role: u.role });
    oneTime.set(u.login, added.oneTimePassphrase);
    return added.user;
  };
  const addStaff = async (fullName: string, staffRole: StaffRole) => (await api('people.addStaff', { fullName, staffRole })).id;

  const [, daniel, aisha, ruth, robert] = DEMO_USERS;
  const manager = await addUser(daniel);
  const manager2 = await addUser(aisha);
  const lead = await addUser(ruth);
  const appeals = await addUser(robert);
  const staff: DemoStaff = {
    director: director.personId,
    daniel: manager.personId,
    aisha: manager2.personId,
    ruth: lead.personId,
    owen: await addStaff('Owen Jago', 'tutor'),
    hannah: await addStaff('Hannah Rowe', 'tutor'),
    liam: await addStaff('Liam Chenoweth', 'tutor'),
    priya: await addStaff('Priya Sandhu', 'tutor'),
    sarah: await addStaff('Sarah Vosper', 'counsellor'),
    mark: await addStaff('Mark Eddy', 'counsellor'),
    jenny: await addStaff('Jenny Hocking', 'mentor'),
    kerry: await addStaff('Kerry Bolitho', 'support_worker'),
    nathan: await addStaff('Nathan Pearce', 'support_worker'),
    julie: await addStaff('Julie Tremayne', 'reception'),
  };
  return { staff, users: { director: director.userId, clinicalLead: lead.id, appeals: appeals.id }, oneTime };
}
