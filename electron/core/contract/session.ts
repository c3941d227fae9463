// Session domain: first-run setup, unlock (= log in), lock, passphrase change.
import { z } from 'zod';
import { method } from './define';
import { login, passphrase, personName, user } from './schemas';

export const sessionState = z.object({
  /** 'no-store': first run, offer setup; 'locked': show unlock; 'unlocked': signed in. */
  state: z.enum(['no-store', 'locked', 'unlocked']),
  user: user.nullable(),
  organisationName: z.string().nullable(),
  autoLockMinutes: z.number().int().nullable(),
});
export type SessionState = z.infer<typeof sessionState>;

export const sessionMethods = {
  'session.status': method({
    summary: 'Whether a store exists and who, if anyone, has unlocked it',
    access: 'anyone',
    input: z.object({}),
    output: sessionState,
  }),
  'session.setup': method({
    summary: "Create the organisation's store and the director's account (first run only)",
    access: 'anyone',
    input: z.object({
      organisation: z.object({
        name: z.string().trim().min(1, 'is required').max(200),
        address: z.string().trim().min(1, 'is required').max(1000),
      }),
      director: z.object({ fullName: personName, login, passphrase }),
    }),
    output: sessionState,
  }),
  'session.unlock': method({
    summary: 'Unlock the store with a login name and passphrase',
    access: 'anyone',
    input: z.object({ login: z.string().trim().toLowerCase().min(1, 'is required').max(64), passphrase }),
    output: sessionState,
  }),
  'session.lock': method({
    summary: 'Lock the store: forget every key held in memory',
    access: 'anyone',
    input: z.object({}),
    output: sessionState,
  }),
  'session.changePassphrase': method({
    summary: "Replace the signed-in user's passphrase (required after a one-time passphrase)",
    access: 'signed-in',
    input: z.object({ current: passphrase, next: passphrase }),
    output: sessionState,
  }),
};
