import { verifyAudit } from '../audit/chain';
import type { systemMethods } from '../contract/system';
import type { DomainHandlers } from '../services';
import { getOrganisation, updateOrganisation } from './org';
import { runSelfTest } from './self-test';

export const systemHandlers: DomainHandlers<typeof systemMethods> = ({ session, clock, db }) => ({
  'system.selfTest': () => runSelfTest(),
  'audit.verify': () => verifyAudit(db()),
  'org.get': () => getOrganisation(session),
  'org.update': (input) => updateOrganisation(session, clock, input),
});
