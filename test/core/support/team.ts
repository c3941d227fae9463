// A store with a whole team: the director, two client managers, a clinical lead and an appeals
// officer, each with their own passphrase, and `as(role)` to lock and unlock as one of them.
import type { CaseSummary, Input, Role, StaffPerson, User } from '../../../electron/core/contract';
import { DIRECTOR, ok, setUpStore, type TestStore } from './temp-store';

export type Member = 'director' | 'clientManager' | 'clientManager2' | 'clinicalLead' | 'appeals';

const MEMBERS: Record<Exclude<Member, 'director'>, { fullName: string; login: string; role: Exclude<Role, 'director'> }> = {
  clientManager: { fullName: 'Priya Natarajan', login: 'pnatarajan', role: 'client_manager' },
  clientManager2: { fullName: 'Owen Hughes', login: 'ohughes', role: 'client_manager' },
  clinicalLead: { fullName: 'Ruth Abernethy', login: 'rabernethy', role: 'clinical_lead' },
  appeals: { fullName: 'Samuel Adeyemi', login: 'sadeyemi', role: 'appeals_officer' },
};
const PASSPHRASE = 'copper meadow violin 77';

export interface Team {
  store: TestStore;
  users: Record<Member, User>;
  counsellor: StaffPerson;
  tutor: StaffPerson;
  /** Locks and unlocks as the member (skipped when they are already signed in). */
  as(member: Member): Promise<void>;
  /** Moves today to noon (UTC) of a date and signs the current member in again (the idle lock). */
  today(date: string): Promise<void>;
  /** A new case managed by the first client manager. */
  newCase(service: Input<'cases.create'>['service'], clientName?: string): Promise<CaseSummary>;
}

/** The team's clock: tests set `clock.at` to move today. */
export interface TeamClock {
  at: Date;
}

export async function setUpTeam(clock: TeamClock = { at: new Date('2026-11-30T12:00:00Z') }): Promise<Team> {
  const store = await setUpStore({ clock: { now: () => clock.at } });
  const { core } = store;
  const director = (await ok(core, 'session.status', {})).user!;
  const users = { director } as Record<Member, User>;
  const oneTime: Partial<Record<Member, string>> = {};
  for (const [key, m] of Object.entries(MEMBERS) as [Exclude<Member, 'director'>, (typeof MEMBERS)[keyof typeof MEMBERS]][]) {
    const added = await ok(core, 'users.add', m);
    users[key] = added.user;
    oneTime[key] = added.oneTimePassphrase;
  }
  const counsellor = await ok(core, 'people.addStaff', { fullName: 'Helen Marsh', staffRole: 'counsellor' });
  const tutor = await ok(core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  for (const key of Object.keys(MEMBERS) as Exclude<Member, 'director'>[]) {
    await ok(core, 'session.lock', {});
    await ok(core, 'session.unlock', { login: MEMBERS[key].login, passphrase: oneTime[key]! });
    await ok(core, 'session.changePassphrase', { current: oneTime[key]!, next: PASSPHRASE });
  }
  let current: Member = 'appeals';
  const team: Team = {
    store,
    users,
    counsellor,
    tutor,
    async as(member) {
      const status = await ok(store.core, 'session.status', {});
      if (member === current && status.user) return;
      await ok(store.core, 'session.lock', {});
      const login = member === 'director' ? DIRECTOR.login : MEMBERS[member].login;
      await ok(store.core, 'session.unlock', { login, passphrase: member === 'director' ? DIRECTOR.passphrase : PASSPHRASE });
      current = member;
    },
    async today(date) {
      clock.at = new Date(`${date}T12:00:00Z`);
      await team.as(current);
    },
    async newCase(service, clientName = 'Dana Whitfield') {
      await team.as('director');
      const worker = service.startsWith('counselling') ? counsellor : tutor;
      return ok(store.core, 'cases.create', { clientName, service, startDate: '2026-01-05', allocatedWorkerId: worker.id, clientManagerId: users.clientManager.personId });
    },
  };
  await team.as('director');
  return team;
}
