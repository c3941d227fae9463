// The demo is built through the core's own router (contract validation, role checks, the same
// handlers, the casework guards) rather than by writing rows, so building it exercises the real
// API. The demo handler
// cannot reach the app's router (it is one of its handlers), so it routes over the slice of the
// contract it needs, with the same session and therefore the same signed-in user.
import type { z } from 'zod';
import { sessionHandlers, usersHandlers } from '../auth/handlers';
import { chronologyMethods } from '../contract/chronology';
import { decisionsMethods } from '../contract/decisions';
import { lettersMethods } from '../contract/letter-methods';
import { recordsMethods } from '../contract/records';
import { sessionMethods } from '../contract/session';
import { usersMethods } from '../contract/users';
import { decisionsHandlers } from '../decisions/handlers';
import { lettersHandlers } from '../letters/handlers';
import { CoreError } from '../errors';
import { chronologyHandlers, recordsHandlers } from '../records/handlers';
import { createRouter } from '../router';
import type { Services } from '../services';

const demoContract = { ...sessionMethods, ...usersMethods, ...recordsMethods, ...chronologyMethods, ...decisionsMethods, ...lettersMethods };
type DemoContract = typeof demoContract;
type DemoMethod = keyof DemoContract & string;

/** Calls one API method; a refusal stops the build with the core's own message. */
export type DemoCall = <M extends DemoMethod>(method: M, input: z.input<DemoContract[M]['input']>) => Promise<z.output<DemoContract[M]['output']>>;

export function demoCaller(s: Services): DemoCall {
  const router = createRouter(demoContract, { ...sessionHandlers(s), ...usersHandlers(s), ...recordsHandlers(s), ...chronologyHandlers(s), ...decisionsHandlers(s), ...lettersHandlers(s) }, s.session.authorise);
  return async (method, input) => {
    const result = await router.invoke(method, input);
    if (!result.ok) throw new CoreError(result.error.code, `The demo could not be built (${method}): ${result.error.message}`, result.error.issues);
    return result.value;
  };
}
