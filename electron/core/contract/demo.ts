// Demo domain: a realistic demo organisation for exploring Threshold, built through the same API
// as real work. Its logins and passphrase are fixed and public: the first-run screen shows them
// before the demo is built, and `npm run demo` prints them. A demo store is for exploring only.
import { z } from 'zod';
import { method, type Role } from './define';
import { role } from './schemas';
import { sessionState } from './session';

export const DEMO_ORGANISATION = {
  name: 'Westcountry Learning Partnership',
  address: 'Unit 4, Lemon Quay Studios\nTruro\nCornwall\nTR1 2LW',
} as const;

/** Every demo user's passphrase. Public by design: never use a demo store for real cases. */
export const DEMO_PASSPHRASE = 'granite harbour lantern';

export interface DemoUser {
  readonly login: string;
  readonly fullName: string;
  readonly role: Role;
}

export const DEMO_USERS = [
  { login: 'director', fullName: 'Helen Treloar', role: 'director' },
  { login: 'clientmanager', fullName: 'Daniel Kessell', role: 'client_manager' },
  { login: 'clientmanager2', fullName: 'Aisha Rahman', role: 'client_manager' },
  { login: 'clinicallead', fullName: 'Dr Ruth Menheniott', role: 'clinical_lead' },
  { login: 'appeals', fullName: 'Robert Nance', role: 'appeals_officer' },
] as const satisfies readonly DemoUser[];

export type DemoLogin = (typeof DEMO_USERS)[number]['login'];

export const demoMethods = {
  'demo.create': method({
    summary: 'Build the demo organisation (first run only) and sign in as its director',
    access: 'anyone',
    input: z.object({}),
    output: z.object({
      session: sessionState,
      organisation: z.string(),
      users: z.array(z.object({ login: z.string(), fullName: z.string(), role, passphrase: z.string() })),
      cases: z.number().int(),
      records: z.number().int(),
    }),
  }),
};
