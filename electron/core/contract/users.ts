// Users domain: the director manages who can unlock the store and in which role.
import { z } from 'zod';
import { method } from './define';
import { id, login, personName, role, user } from './schemas';

export const usersMethods = {
  'users.list': method({
    summary: 'Every current user with their role',
    access: ['director'],
    input: z.object({}),
    output: z.array(user),
  }),
  'users.add': method({
    summary: 'Add a user with a one-time passphrase they must replace at first unlock',
    access: ['director'],
    input: z.object({
      fullName: personName,
      login,
      role: role.exclude(['director']),
      /** An existing staff person to make a user; otherwise a new staff person is created. */
      personId: id.optional(),
    }),
    output: z.object({ user, oneTimePassphrase: z.string() }),
  }),
  'users.remove': method({
    summary: "Remove a user and rotate the store's master key so their old copy opens nothing",
    access: ['director'],
    input: z.object({ userId: id, reason: z.string().trim().min(1, 'is required').max(1000) }),
    output: z.object({ removed: user }),
  }),
};
