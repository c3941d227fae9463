import { caseAudit, verifyAudit } from '../audit/chain';
import { CoreError } from '../errors';
import type { systemMethods } from '../contract/system';
import type { DomainHandlers } from '../services';
import { getOrganisation, updateOrganisation } from './org';
import { runSelfTest } from './self-test';

export const systemHandlers: DomainHandlers<typeof systemMethods> = ({ session, clock, db }) => ({
  'system.selfTest': () => runSelfTest(),
  'audit.verify': () => verifyAudit(db()),
  'audit.forCase': (input) => {
    if (!db().prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) throw new CoreError('not_found', 'That case does not exist.');
    return caseAudit(db(), input.caseId);
  },
  'org.get': () => getOrganisation(session),
  'org.update': (input) => updateOrganisation(session, clock, input),
});
