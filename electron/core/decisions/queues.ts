// Each role's casework waiting for them (SPEC section 9): the director's proposals to decide,
// appeals to assign and restrictions to review; the clinical lead's proposals to consult on and
// counselling criteria to assess; the appeals officer's appeals; the client manager's warnings
// about to stop being live and agreements due for review on their cases.
import { addDays, longDate } from '../analysis/dates';
import { loadCases } from '../analysis/case-loader';
import { asOfCase, evaluateCase } from '../analysis/evaluate';
import { workingCalendar } from '../analysis/working-days';
import { londonDate } from '../calendar';
import type { ParsedInput, QueueItem } from '../contract';
import { EMPTY_CASEWORK } from '../policy/casework-model';
import { CRITERIA, evaluateCriterion } from '../policy/criteria';
import { isLiveOn, liveUntil } from '../policy/ladder';
import { readPolicyConfig } from '../policy/settings';
import type { Writer } from '../records/record-service';
import { loadCasework } from './actions';
import { syncAllStatuses } from './case-context';
import { caseRefs, restrictionItems } from './registers';
import { LEVEL_WORDS, OUTCOME_WORDS, proposalStage } from './views';

const EXPIRY_NOTICE_DAYS = 30;

export function myQueue(w: Writer, input: ParsedInput<'queues.mine'>): { asOf: string; items: QueueItem[] } {
  syncAllStatuses(w);
  const asOf = input.asOf ?? londonDate(w.at);
  const role = w.user.role;
  const refs = caseRefs(w.db);
  const all = loadCasework(w.db, null);
  const items: QueueItem[] = [];
  const push = (caseId: string, item: Omit<QueueItem, 'caseId' | 'reference' | 'clientName'>) => {
    const ref = refs.get(caseId);
    if (ref) items.push({ caseId, reference: ref.reference, clientName: ref.clientName, ...item });
  };
  const mine = (caseId: string) => refs.get(caseId)?.clientManagerId === w.user.personId;

  for (const [caseId, cw] of all) {
    for (const p of cw.proposals) {
      const stage = proposalStage(p);
      if (role === 'director' && (stage === 'awaiting_decision' || stage === 'refused_by_clinical_lead')) {
        const note = stage === 'refused_by_clinical_lead' ? ' The clinical lead refused it.' : '';
        push(caseId, { kind: 'proposal_to_decide', subjectId: p.id, due: null, summary: `${OUTCOME_WORDS[p.outcome]} proposed by ${p.by.fullName} on ${p.criteria.join(', ') || 'no criterion'}.${note}` });
      }
      if (role === 'clinical_lead' && stage === 'awaiting_clinical_lead') push(caseId, { kind: 'proposal_to_consult', subjectId: p.id, due: null, summary: `${OUTCOME_WORDS[p.outcome]} proposed by ${p.by.fullName} on ${p.criteria.join(', ')}: your approval or refusal is needed.` });
    }
    for (const a of cw.appeals.filter((x) => !x.decision)) {
      if (role === 'director' && !a.assignedTo) push(caseId, { kind: 'appeal_to_assign', subjectId: a.id, due: null, summary: `An appeal lodged on ${longDate(a.lodgedOn)} needs someone who took no part in the decision.` });
      if (a.assignedTo?.userId === w.user.id || (role === 'appeals_officer' && !a.assignedTo)) push(caseId, { kind: 'appeal_to_decide', subjectId: a.id, due: null, summary: `An appeal lodged on ${longDate(a.lodgedOn)}${a.assignedTo ? ' is assigned to you' : ' awaits a decision'}.` });
    }
    if (role === 'client_manager' || role === 'director') {
      for (const x of cw.warnings.filter((x) => x.level !== 'informal' && isLiveOn(cw, x, asOf) && liveUntil(x)! <= addDays(asOf, EXPIRY_NOTICE_DAYS))) {
        if (role === 'director' ? x.level === 'written' : mine(caseId)) push(caseId, { kind: 'warning_expiring', subjectId: x.id, due: liveUntil(x), summary: `${LEVEL_WORDS[x.level]} on ${x.criteria.join(', ')} stops being live after ${longDate(liveUntil(x)!)}.` });
      }
    }
  }

  for (const r of restrictionItems(w.db, all, refs, asOf).filter((r) => r.state === 'review_due' || r.state === 'lapsed')) {
    const forMe = r.kind === 'contact_restriction' ? role === 'director' : role === 'director' || (role === 'client_manager' && mine(r.caseId));
    const when = r.state === 'lapsed' ? `passed its review date (${longDate(r.reviewOn)}) unrenewed, so it no longer applies` : `is due for review on ${longDate(r.reviewOn)}`;
    if (forMe) push(r.caseId, { kind: 'restriction_review', subjectId: r.id, due: r.reviewOn, summary: `${r.kind === 'contact_restriction' ? 'A contact restriction' : 'A communication agreement'} ${when}: renew it with reasons or lift it.` });
  }

  if (role === 'clinical_lead') {
    const config = readPolicyConfig(w.db);
    const calendar = workingCalendar(config.extraHolidays);
    const counselling = [...refs].filter(([, r]) => r.service.startsWith('counselling')).map(([id]) => id);
    for (const loaded of loadCases(w, counselling)) {
      if (loaded.status === 'closed' || loaded.status === 'withdrawn') continue;
      const cw = all.get(loaded.analysis.caseId) ?? EMPTY_CASEWORK;
      const flags = evaluateCase(loaded.analysis, config, asOf, calendar).flags;
      const input2 = { case: asOfCase(loaded.analysis, asOf), casework: cw, flags, asOf, restrictedUnchecked: loaded.restrictedUnchecked };
      for (const def of CRITERIA.filter((d) => d.counselling)) {
        const state = evaluateCriterion(def, input2);
        if (state.state === 'needs_judgement') push(loaded.analysis.caseId, { kind: 'assessment_needed', subjectId: loaded.analysis.caseId, due: null, summary: `${def.id} ${def.title}: ${state.summary}` });
        // The grounds are there but a step before the assessment is missing (W-7's risk check,
        // W-5's consultation): that step is the clinical lead's to take.
        const missing = state.prerequisites.filter((p) => !p.satisfied);
        if (state.state === 'not_met' && state.evidence.length && missing.length && !state.assessment) {
          push(loaded.analysis.caseId, { kind: 'assessment_needed', subjectId: loaded.analysis.caseId, due: null, summary: `${def.id} ${def.title}: first ${missing.map((p) => p.text).join('; ')}. ${state.summary}` });
        }
      }
    }
  }
  return { asOf, items };
}
