// Contact received under a restriction (SPEC section 7: "Contact received under a restriction is
// still checked for new information or safeguarding concerns and is never silently ignored";
// Hampshire SENDIASS lets the service ignore communication only where it is not relevant to an
// open enquiry). A contact from the client while a contact restriction or a communication
// agreement applies is refused until the person recording it says they checked it.
import { londonDate } from '../calendar';
import type { ParsedInput } from '../contract';
import { CoreError } from '../errors';
import { EMPTY_CASEWORK } from '../policy/casework-model';
import { agreementState, applies, approvedRestrictions, restrictionState } from '../policy/restrictions';
import type { Database } from '../store/sqlite';
import { loadCasework } from './actions';

type NewRecord = ParsedInput<'records.create'>;

/** What applies to the case on a date: "a contact restriction", "a communication agreement", or null. */
export function restrictionOn(db: Database, caseId: string, date: string): string | null {
  const cw = loadCasework(db, [caseId]).get(caseId) ?? EMPTY_CASEWORK;
  if (approvedRestrictions(cw, date).some((p) => applies(restrictionState(cw, p, date).state))) return 'a contact restriction';
  const agreements = db
    .prepare(
      `SELECT r.id, r.occurred_at, v.details FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
       WHERE r.case_id = ? AND r.type = 'communication_agreement' AND r.merged_into IS NULL`,
    )
    .all(caseId) as { id: string; occurred_at: string; details: string }[];
  const inForce = agreements.some((a) => {
    const details = JSON.parse(a.details) as { startsOn: string; reviewOn: string; endedOn?: string | null };
    return details.startsOn <= date && applies(agreementState({ id: a.id, type: 'communication_agreement', occurredAt: a.occurred_at, date, details } as never, date));
  });
  return inForce ? 'a communication agreement' : null;
}

export function requireRestrictionCheck(db: Database, input: NewRecord): void {
  if (input.type !== 'contact' || input.details.direction !== 'from_client_side' || input.details.restrictionChecked) return;
  const under = restrictionOn(db, input.caseId, londonDate(input.occurredAt));
  if (!under) return;
  throw new CoreError(
    'invalid_input',
    `This contact came while ${under} applies: check whether it brings new information or raises a safeguarding concern, and say so, before it is recorded. Contact under a restriction is never silently ignored.`,
    [{ path: 'details.restrictionChecked', message: 'say that you checked it for new information and safeguarding concerns' }],
  );
}
