// A case's casework as a bundle carries it: every row of its append-only log in the order it was
// written (so a target always comes before what acts on it), and the case's status as its
// casework gives it on the day of the export. The stored status is brought up to date only when
// something is written, so a warning that has since expired would otherwise travel as "warned".
import { londonDate } from '../calendar';
import { bundleAction, type BundleAction, type CaseStatus } from '../contract';
import { loadCasework } from '../decisions/actions';
import { EMPTY_CASEWORK } from '../policy/casework-model';
import { caseStatusAsOf } from '../policy/status';
import type { Writer } from '../records/record-service';

interface ActionRow {
  id: string;
  kind: string;
  target_id: string | null;
  payload: string;
  recorded_at: string;
  recorded_by: string;
}

/** The case's actions, oldest first; the users they name are added to `users`. */
export function exportActions(w: Writer, caseId: string, stored: CaseStatus, users: Set<string>): { actions: BundleAction[]; status: CaseStatus } {
  const rows = w.db.prepare('SELECT id, kind, target_id, payload, recorded_at, recorded_by FROM case_actions WHERE case_id = ? ORDER BY seq').all(caseId) as ActionRow[];
  const actions = rows.map((r) => {
    // Parsing against the contract types the payload by kind and proves the export readable.
    const action = bundleAction.parse({ id: r.id, kind: r.kind, targetId: r.target_id, payload: JSON.parse(r.payload) as unknown, recordedAt: r.recorded_at, recordedBy: r.recorded_by });
    users.add(action.recordedBy);
    if (action.kind === 'appeal_assignment') users.add(action.payload.userId);
    return action;
  });
  const casework = loadCasework(w.db, [caseId]).get(caseId) ?? EMPTY_CASEWORK;
  return { actions, status: caseStatusAsOf(stored, casework, londonDate(w.at)) };
}
