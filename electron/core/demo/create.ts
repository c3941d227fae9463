// Builds the demo organisation on first run: the director sets the store up, adds the people and
// opens the cases; then each user signs in with their one-time passphrase, sets the demo
// passphrase (the real first-unlock path) and writes the records and casework they would keep;
// the director signs in at the end, issues the written warnings and decides. A build that fails
// removes the half-built store it created.
import { rmSync } from 'node:fs';
import { DEMO_ORGANISATION, DEMO_PASSPHRASE, DEMO_USERS, type DemoLogin, type Output } from '../contract';
import { CoreError } from '../errors';
import type { Services } from '../services';
import type { StorePaths } from '../store/paths';
import { demoCaller } from './api';
import { DemoCalendar } from './calendar';
import { SCENARIOS } from './cases';
import type { DemoContext, OpenedScenario } from './context';
import { writeDemoLetters } from './letters';
import { addPeople } from './people';

const WRITERS = ['clientmanager', 'clientmanager2', 'clinicallead', 'appeals'] as const satisfies readonly DemoLogin[];

export async function createDemo(s: Services): Promise<Output<'demo.create'>> {
  if (s.session.status().state !== 'no-store') {
    throw new CoreError('store_exists', 'There is already a store here, so the demo cannot be built in it. The demo is offered on first run only, or with npm run demo in a new folder.');
  }
  const api = demoCaller(s);
  const [director] = DEMO_USERS;
  let paths: StorePaths | null = null;
  try {
    const setup = await api('session.setup', { organisation: DEMO_ORGANISATION, director: { fullName: director.fullName, login: director.login, passphrase: DEMO_PASSPHRASE } });
    paths = s.session.require().vault.paths;
    if (!setup.user) throw new CoreError('internal', 'The demo store was set up but nobody is signed in.');
    const cast = await addPeople(api, { userId: setup.user.id, personId: setup.user.personId });
    const ctx: DemoContext = { api, cal: new DemoCalendar(s.clock.now()), staff: cast.staff, users: cast.users };
    const opened: { manager: DemoLogin; scenario: OpenedScenario }[] = [];
    for (const scenario of SCENARIOS) opened.push({ manager: scenario.manager, scenario: await scenario.open(ctx) });

    for (const login of WRITERS) {
      const oneTime = cast.oneTime.get(login) ?? '';
      await api('session.lock', {});
      await api('session.unlock', { login, passphrase: oneTime });
      await api('session.changePassphrase', { current: oneTime, next: DEMO_PASSPHRASE });
      for (const o of opened) {
        if (o.manager === login) await o.scenario.chronicle();
        if (login === 'clinicallead') await o.scenario.assess?.();
        await o.scenario.casework?.[login]?.();
      }
    }
    await api('session.lock', {});
    await api('session.unlock', { login: director.login, passphrase: DEMO_PASSPHRASE });
    // The director's decisions and written warnings come last, on what everyone else recorded.
    for (const o of opened) await o.scenario.casework?.director?.();
    await writeDemoLetters(api, DEMO_PASSPHRASE);
    await api('session.lock', {});
    const signedIn = await api('session.unlock', { login: director.login, passphrase: DEMO_PASSPHRASE });
    const { n } = s.db().prepare('SELECT count(*) AS n FROM records').get() as { n: number };
    return {
      session: signedIn,
      organisation: DEMO_ORGANISATION.name,
      users: DEMO_USERS.map((u) => ({ ...u, passphrase: DEMO_PASSPHRASE })),
      cases: opened.length,
      records: n,
    };
  } catch (error) {
    if (paths) discard(s, paths);
    throw error;
  }
}

/** Removes the store files this build created (there was no store before it began). */
function discard(s: Services, paths: StorePaths): void {
  s.session.lock();
  for (const file of [paths.keys, paths.db, `${paths.db}-wal`, `${paths.db}-shm`]) rmSync(file, { force: true });
}
