// What each case's casework has waiting, for the dashboard (SPEC section 4, item 7: items past
// review or expiry appear on the dashboard): restrictions and agreements due for review or lapsed,
// warnings about to stop being live, proposals and appeals waiting for someone.
import { addDays, longDate } from '../analysis/dates';
import { isLiveOn, liveUntil } from '../policy/ladder';
import type { Writer } from '../records/record-service';
import { loadCasework } from './actions';
import { caseRefs, restrictionItems } from './registers';
import { LEVEL_WORDS, OUTCOME_WORDS, proposalStage } from './views';

const SOON_DAYS = 30;

export function caseworkDue(w: Writer, asOf: string): Map<string, string[]> {
  const all = loadCasework(w.db, null);
  const due = new Map<string, string[]>();
  const add = (caseId: string, note: string) => due.set(caseId, [...(due.get(caseId) ?? []), note]);
  for (const r of restrictionItems(w.db, all, caseRefs(w.db), asOf)) {
    const what = r.kind === 'contact_restriction' ? 'Contact restriction' : 'Communication agreement';
    if (r.state === 'lapsed') add(r.caseId, `${what} lapsed at its review on ${longDate(r.reviewOn)}: renew it with reasons or lift it.`);
    if (r.state === 'review_due') add(r.caseId, `${what} due for review on ${longDate(r.reviewOn)}.`);
  }
  for (const [caseId, cw] of all) {
    for (const x of cw.warnings.filter((x) => x.level !== 'informal' && isLiveOn(cw, x, asOf) && liveUntil(x)! <= addDays(asOf, SOON_DAYS))) {
      add(caseId, `${LEVEL_WORDS[x.level]} (${x.criteria.join(', ')}) stops being live after ${longDate(liveUntil(x)!)}.`);
    }
    for (const p of cw.proposals.filter((p) => !p.decision)) {
      add(caseId, `${OUTCOME_WORDS[p.outcome]} proposed: ${proposalStage(p) === 'awaiting_clinical_lead' ? 'awaiting the clinical lead' : 'awaiting the director’s decision'}.`);
    }
    if (cw.appeals.some((a) => !a.decision)) add(caseId, 'An appeal is open.');
  }
  return due;
}
