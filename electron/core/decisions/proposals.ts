// Proposals through consultation to the director's decision (SPEC section 4), and the review of a
// contact restriction. The guards run at the proposal (what it rests on) and again at the
// decision, as of the decision date: the evidence may have changed and warnings expire.
import { recordsOf } from '../analysis/model';
import { COUNSELLING_CRITERIA, type ParsedInput, type ProposalView, type RestrictionView } from '../contract';
import { CoreError } from '../errors';
import type { Proposal } from '../policy/casework-model';
import { criterionDef } from '../policy/criteria';
import { guardClinicalApproval, guardComplaints, guardLegitimateContact, guardPrerequisites, guardSelfHarm, type Citing } from '../policy/guards';
import { defaultReviewOn, restrictionState } from '../policy/restrictions';
import type { Writer } from '../records/record-service';
import { insertAction } from './actions';
import { caseContext, checklistAsOf, citedRecords, flagsAsOf, refuseClosedCase, syncStatus, type CaseContext } from './case-context';
import { proposalView, restrictionViewOf } from './views';
import { refuseFuture, refuseInapplicable, requireAdjustments } from './warnings';

const CUTS = ['withdraw', 'restrict'] as const;
const isCut = (outcome: string): outcome is (typeof CUTS)[number] => (CUTS as readonly string[]).includes(outcome);

/** Finds an action of a kind by id, with its case's context. */
export function actionCase(w: Writer, id: string, kinds: readonly string[], what: string): string {
  const row = w.db.prepare(`SELECT case_id, kind FROM case_actions WHERE id = ?`).get(id) as { case_id: string; kind: string } | undefined;
  if (!row || !kinds.includes(row.kind)) throw new CoreError('not_found', `That ${what} does not exist.`);
  return row.case_id;
}

function proposalIn(ctx: CaseContext, id: string): Proposal {
  const p = ctx.casework.proposals.find((x) => x.id === id);
  if (!p) throw new CoreError('not_found', 'That proposal does not exist.');
  return p;
}

/** The guards on what a withdrawal or restriction rests on: G-1, G-2, G-7, and each criterion's allowed outcomes. */
function guardGrounds(ctx: CaseContext, citing: Citing, outcome: string, asOf: string): void {
  guardComplaints(citing, flagsAsOf(ctx, asOf));
  guardSelfHarm(citing);
  guardLegitimateContact(ctx.loaded.analysis, citing);
  for (const id of citing.criteria) {
    const def = criterionDef(id);
    if (isCut(outcome) && !def.allowedOutcomes.includes(outcome)) {
      throw new CoreError('guard_refused', `${id} (${def.citation.policy}, ${def.citation.section}): it supports ${def.allowedOutcomes.map((o) => (o === 'restrict' ? 'a restriction of contact channels' : 'a withdrawal of the service')).join(' or ')}, not ${outcome === 'withdraw' ? 'a withdrawal of the service' : 'a restriction'}.`);
    }
  }
}

export function propose(w: Writer, input: ParsedInput<'decisions.propose'>): ProposalView {
  return w.db.transaction(() => {
    const ctx = caseContext(w, input.caseId);
    refuseClosedCase(w, ctx);
    refuseInapplicable(ctx, input.criteria);
    if (isCut(input.outcome) && !input.criteria.length) throw new CoreError('invalid_input', 'A withdrawal or a restriction must name the criteria it rests on.', [{ path: 'criteria', message: 'name at least one criterion' }]);
    if ((input.outcome === 'restrict') !== (input.restriction !== null)) {
      throw new CoreError('invalid_input', input.outcome === 'restrict' ? 'A restriction must say which lines are blocked.' : 'Only a restriction blocks lines.', [{ path: 'restriction', message: input.outcome === 'restrict' ? 'is required' : 'only for a restriction' }]);
    }
    const agreements = recordsOf(ctx.loaded.analysis, 'communication_agreement');
    if ((input.outcome === 'continue_under_agreement') !== (input.agreementId !== null) || (input.agreementId && !agreements.some((a) => a.id === input.agreementId))) {
      throw new CoreError('invalid_input', input.outcome === 'continue_under_agreement' ? 'Name the communication agreement of this case the service continues under.' : 'Only "continue under a communication agreement" names an agreement.', [{ path: 'agreementId', message: 'must be a communication agreement of this case, for that outcome only' }]);
    }
    const proposedOn = input.proposedOn ?? ctx.today;
    refuseFuture(proposedOn, ctx.today, 'proposedOn', 'A proposal');
    const citing = { criteria: input.criteria, evidence: citedRecords(ctx, input.evidence, proposedOn) };
    guardGrounds(ctx, citing, input.outcome, proposedOn);
    const adjustments = isCut(input.outcome) ? requireAdjustments(input.adjustments, input.outcome === 'withdraw' ? 'a withdrawal' : 'a restriction') : input.adjustments;
    if (input.restriction?.reviewOn && input.restriction.reviewOn <= proposedOn) throw new CoreError('invalid_input', 'A restriction’s review date must be after the day it is proposed.', [{ path: 'restriction.reviewOn', message: 'must be later' }]);
    const id = insertAction(w, input.caseId, 'proposal', null, {
      proposedOn,
      outcome: input.outcome,
      criteria: input.criteria,
      evidence: citing.evidence.map((r) => r.id),
      rationale: input.rationale,
      restriction: input.restriction ? { blockedLines: input.restriction.blockedLines, reviewOn: input.restriction.reviewOn ?? null } : null,
      agreementId: input.agreementId,
      adjustments,
    });
    // A clinical lead who proposes a counselling withdrawal approves it by proposing it.
    if (w.user.role === 'clinical_lead' && input.criteria.some((c) => COUNSELLING_CRITERIA.includes(c)) && input.outcome !== 'no_action') {
      insertAction(w, input.caseId, 'consultation', id, { approves: true, rationale: 'Proposed by the clinical lead.', counsellorView: '' });
    }
    syncStatus(w, input.caseId);
    const after = caseContext(w, input.caseId);
    return proposalView(after.casework, proposalIn(after, id), after.today);
  })();
}

export function consult(w: Writer, input: ParsedInput<'decisions.consult'>): ProposalView {
  return w.db.transaction(() => {
    const caseId = actionCase(w, input.proposalId, ['proposal'], 'proposal');
    const ctx = caseContext(w, caseId);
    const p = proposalIn(ctx, input.proposalId);
    if (p.decision) throw new CoreError('conflict', 'This proposal has already been decided.');
    if (p.consultation) throw new CoreError('conflict', 'The clinical lead has already given a view on this proposal.');
    if (!p.criteria.some((c) => COUNSELLING_CRITERIA.includes(c)) || p.outcome === 'no_action') throw new CoreError('conflict', 'This proposal rests on no counselling criterion (W-4..W-7): it goes straight to the director.');
    insertAction(w, caseId, 'consultation', p.id, { approves: input.approves, rationale: input.rationale, counsellorView: input.counsellorView });
    const after = caseContext(w, caseId);
    return proposalView(after.casework, proposalIn(after, p.id), after.today);
  })();
}

export function decide(w: Writer, input: ParsedInput<'decisions.decide'>): ProposalView {
  return w.db.transaction(() => {
    const caseId = actionCase(w, input.proposalId, ['proposal'], 'proposal');
    const ctx = caseContext(w, caseId);
    refuseClosedCase(w, ctx);
    const p = proposalIn(ctx, input.proposalId);
    if (p.decision) throw new CoreError('conflict', `This proposal was already decided on ${p.decision.decidedOn}.`);
    const decidedOn = input.decidedOn ?? ctx.today;
    refuseFuture(decidedOn, ctx.today, 'decidedOn', 'A decision');
    const proposedOn = p.proposedOn ?? p.recordedOn;
    if (decidedOn < proposedOn) throw new CoreError('invalid_input', `A decision cannot come before its proposal (${proposedOn}).`, [{ path: 'decidedOn', message: 'is before the proposal' }]);
    if (input.approve && p.outcome !== 'no_action') {
      const citing = { criteria: p.criteria, evidence: citedRecords(ctx, p.evidence, decidedOn) };
      guardGrounds(ctx, citing, p.outcome, decidedOn);
      guardClinicalApproval(p);
      if (isCut(p.outcome)) guardPrerequisites(checklistAsOf(ctx, decidedOn, p.criteria));
    }
    insertAction(w, caseId, 'decision', p.id, { approve: input.approve, reasons: input.reasons, decidedOn });
    syncStatus(w, caseId);
    const after = caseContext(w, caseId);
    return proposalView(after.casework, proposalIn(after, p.id), after.today);
  })();
}

export function reviewRestriction(w: Writer, input: ParsedInput<'restrictions.review'>): RestrictionView {
  return w.db.transaction(() => {
    if (w.db.prepare("SELECT 1 FROM records WHERE id = ? AND type = 'communication_agreement'").get(input.decisionId)) {
      throw new CoreError('conflict', 'That is a communication agreement, a record of the case: renew it by correcting the record with a later review date and the reasons, or end it with its end date.');
    }
    const caseId = actionCase(w, input.decisionId, ['proposal'], 'restriction');
    const ctx = caseContext(w, caseId);
    const p = proposalIn(ctx, input.decisionId);
    if (p.outcome !== 'restrict' || !p.decision?.approve) throw new CoreError('conflict', 'Only a decided contact restriction is reviewed.');
    const reviewedOn = input.reviewedOn ?? ctx.today;
    refuseFuture(reviewedOn, ctx.today, 'reviewedOn', 'A review');
    const { state } = restrictionState(ctx.casework, p, reviewedOn);
    if (state === 'lifted' || state === 'overturned') throw new CoreError('conflict', `This restriction was already ${state === 'lifted' ? 'lifted' : 'overturned on appeal'}.`);
    const reviewOn = input.action === 'renew' ? (input.reviewOn ?? defaultReviewOn(reviewedOn)) : null;
    if (reviewOn !== null && reviewOn <= reviewedOn) throw new CoreError('invalid_input', 'A renewed restriction’s next review must be after this review.', [{ path: 'reviewOn', message: 'must be later' }]);
    if (input.action === 'lift' && input.reviewOn) throw new CoreError('invalid_input', 'A lifted restriction has no next review.', [{ path: 'reviewOn', message: 'only when renewing' }]);
    insertAction(w, caseId, 'restriction_review', p.id, { action: input.action, reasons: input.reasons, reviewOn, reviewedOn });
    syncStatus(w, caseId);
    const after = caseContext(w, caseId);
    return restrictionViewOf(after.casework, proposalIn(after, p.id), after.loaded.analysis.reference, after.today);
  })();
}

/**
 * The director's decision without a separate proposal (the one-shot of the command line): the
 * proposal, dated the day of the decision, and the decision in one transaction, so a guard that
 * refuses leaves nothing behind. A counselling withdrawal is refused here by G-4: it needs the
 * clinical lead's approval of a proposal first.
 */
export function decideNow(w: Writer, input: ParsedInput<'decisions.decideNow'>): ProposalView {
  return w.db.transaction(() => {
    const { reasons, decidedOn, ...proposal } = input;
    const proposed = propose(w, { ...proposal, proposedOn: decidedOn ?? proposal.proposedOn });
    return decide(w, { proposalId: proposed.id, approve: true, reasons, decidedOn: decidedOn ?? proposed.proposedOn });
  })();
}
