import type { dataProtectionMethods } from '../contract/data-protection';
import type { DomainHandlers } from '../services';
import { closeCase } from './case-closure';
import { eraseClient, listTombstones } from './erasure';
import { clearHold, listHolds, setHold } from './holds';
import { retentionDue, retentionSetting, setRetention } from './retention';
import { draftSubjectAccess } from './subject-draft';
import { releaseSubjectAccess } from './subject-release';

export const dataProtectionHandlers: DomainHandlers<typeof dataProtectionMethods> = ({ db, writer, clock }) => ({
  'dataProtection.subjectAccess.draft': (input) => draftSubjectAccess(writer(), input),
  'dataProtection.subjectAccess.release': (input) => releaseSubjectAccess(writer(), input),
  'dataProtection.erase': (input) => eraseClient(writer(), input),
  'dataProtection.erasures': () => listTombstones(db()),
  'dataProtection.holds.set': (input) => setHold(writer(), input),
  'dataProtection.holds.clear': (input) => clearHold(writer(), input),
  'dataProtection.holds.list': (input) => listHolds(db(), input.includeCleared),
  'dataProtection.retention.get': () => retentionSetting(db()),
  'dataProtection.retention.set': (input) => setRetention(writer(), input.yearsAfterClosure),
  'dataProtection.retentionDue': (input) => retentionDue(db(), input.asOf, clock.now()),
  'cases.close': (input) => closeCase(writer(), input),
});
