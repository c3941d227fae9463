// The case's status follows its casework (SPEC section 4): withdrawn once a withdrawal is decided,
// restricted while a restriction applies, under review while a proposal awaits its decision,
// warned while a formal warning is live, otherwise active. A closed case stays closed; an
// overturned decision or warning no longer counts, and a warning expiring or a restriction
// lapsing changes the status with the date alone.
import type { CaseStatus } from '../contract';
import { overturned, type Casework } from './casework-model';
import { isLiveOn } from './ladder';
import { applies, approvedRestrictions, restrictionState } from './restrictions';

export function caseStatusAsOf(stored: CaseStatus, cw: Casework, asOf: string): CaseStatus {
  if (stored === 'closed') return 'closed';
  const decided = cw.proposals.filter((p) => p.decision?.approve && p.decision.decidedOn <= asOf && !overturned(cw, p.id, asOf));
  if (decided.some((p) => p.outcome === 'withdraw')) return 'withdrawn';
  if (approvedRestrictions(cw, asOf).some((p) => !overturned(cw, p.id, asOf) && applies(restrictionState(cw, p, asOf).state))) return 'restricted';
  if (cw.proposals.some((p) => !p.decision)) return 'under_review';
  if (cw.warnings.some((w) => w.level !== 'informal' && isLiveOn(cw, w, asOf))) return 'warned';
  return 'active';
}
