import type { sessionMethods } from '../contract/session';
import type { usersMethods } from '../contract/users';
import type { DomainHandlers } from '../services';
import { addUser, listUsers, removeUser } from './users';

export const sessionHandlers: DomainHandlers<typeof sessionMethods> = ({ session }) => ({
  'session.status': () => session.status(),
  'session.setup': (input) => session.setup(input),
  'session.unlock': (input) => session.unlock(input),
  'session.lock': () => session.lock(),
  'session.changePassphrase': (input) => session.changePassphrase(input),
});

export const usersHandlers: DomainHandlers<typeof usersMethods> = ({ session, clock }) => ({
  'users.list': () => listUsers(session),
  'users.add': (input) => addUser(session, clock, input),
  'users.remove': (input) => removeUser(session, clock, input),
});
