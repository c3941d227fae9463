// Appeals (SPEC section 7, right of appeal): against a verbal or written warning, a restriction or
// a withdrawal; assigned by the director and decided by someone who took no part in what is
// appealed (G-5). Upheld, the warning or decision no longer counts and the case's status follows.
import { findCurrentUser } from '../auth/users-repo';
import type { AppealView, ParsedInput } from '../contract';
import { CoreError } from '../errors';
import type { Appeal, Casework } from '../policy/casework-model';
import { guardNotParticipant } from '../policy/guards';
import type { Writer } from '../records/record-service';
import { insertAction } from './actions';
import { caseContext, syncStatus } from './case-context';
import { actionCase } from './proposals';
import { appealView } from './views';
import { refuseFuture } from './warnings';

const DECIDERS = ['appeals_officer', 'director', 'clinical_lead'];

/** Everyone who took part in the warning or decision appealed. */
export function participants(cw: Casework, targetId: string): Set<string> {
  const w = cw.warnings.find((x) => x.id === targetId);
  if (w) return new Set([w.by.userId]);
  const p = cw.proposals.find((x) => x.id === targetId);
  return new Set([p?.by.userId, p?.consultation?.by.userId, p?.decision?.by.userId].filter((u): u is string => u !== undefined));
}

function appealIn(cw: Casework, id: string): Appeal {
  const a = cw.appeals.find((x) => x.id === id);
  if (!a) throw new CoreError('not_found', 'That appeal does not exist.');
  return a;
}

function view(w: Writer, caseId: string, id: string): AppealView {
  const cw = caseContext(w, caseId).casework;
  return appealView(cw, appealIn(cw, id));
}

export function lodge(w: Writer, input: ParsedInput<'appeals.lodge'>): AppealView {
  return w.db.transaction(() => {
    const caseId = actionCase(w, input.againstId, ['warning', 'proposal'], 'warning or decision');
    const ctx = caseContext(w, caseId);
    refuseFuture(input.lodgedOn, ctx.today, 'lodgedOn', 'An appeal');
    const cw = ctx.casework;
    const warning = cw.warnings.find((x) => x.id === input.againstId);
    const proposal = cw.proposals.find((x) => x.id === input.againstId);
    if (warning?.level === 'informal') throw new CoreError('invalid_input', 'An informal conversation is not a warning: there is nothing to appeal.', [{ path: 'againstId', message: 'is not a warning or decision' }]);
    if (proposal && !(proposal.decision?.approve && (proposal.outcome === 'withdraw' || proposal.outcome === 'restrict'))) {
      throw new CoreError('invalid_input', 'Only a decided withdrawal or restriction can be appealed, not a proposal.', [{ path: 'againstId', message: 'is not a decided withdrawal or restriction' }]);
    }
    if (cw.appeals.some((a) => a.againstId === input.againstId && !a.decision)) throw new CoreError('conflict', 'An appeal against this is already open: decide it first.');
    const since = warning?.issuedOn ?? proposal?.decision?.decidedOn;
    if (since && input.lodgedOn < since) throw new CoreError('invalid_input', `An appeal cannot be lodged before what it appeals (${since}).`, [{ path: 'lodgedOn', message: 'is before the warning or decision' }]);
    const id = insertAction(w, caseId, 'appeal', input.againstId, { lodgedOn: input.lodgedOn, grounds: input.grounds });
    return view(w, caseId, id);
  })();
}

export function assign(w: Writer, input: ParsedInput<'appeals.assign'>): AppealView {
  return w.db.transaction(() => {
    const caseId = actionCase(w, input.appealId, ['appeal'], 'appeal');
    const cw = caseContext(w, caseId).casework;
    const appeal = appealIn(cw, input.appealId);
    if (appeal.decision) throw new CoreError('conflict', 'This appeal has already been decided.');
    const user = findCurrentUser(w.db, input.userId);
    if (!user) throw new CoreError('invalid_input', 'That user does not exist or was removed.', [{ path: 'userId', message: 'is not a current user' }]);
    if (!DECIDERS.includes(user.role)) throw new CoreError('invalid_input', `${user.fullName} is a client manager: appeals are decided by the appeals officer, the director or the clinical lead.`, [{ path: 'userId', message: 'cannot decide appeals' }]);
    guardNotParticipant(user.id, participants(cw, appeal.againstId), `${user.fullName}, who would decide this appeal,`);
    insertAction(w, caseId, 'appeal_assignment', appeal.id, { userId: user.id });
    return view(w, caseId, appeal.id);
  })();
}

export function decideAppeal(w: Writer, input: ParsedInput<'appeals.decide'>): AppealView {
  return w.db.transaction(() => {
    const caseId = actionCase(w, input.appealId, ['appeal'], 'appeal');
    const ctx = caseContext(w, caseId);
    const appeal = appealIn(ctx.casework, input.appealId);
    if (appeal.decision) throw new CoreError('conflict', `This appeal was already decided (${appeal.decision.outcome}).`);
    if (appeal.assignedTo && appeal.assignedTo.userId !== w.user.id) throw new CoreError('forbidden', `This appeal is assigned to ${appeal.assignedTo.fullName}: only they can decide it.`);
    guardNotParticipant(w.user.id, participants(ctx.casework, appeal.againstId), 'Whoever decides an appeal');
    const decidedOn = input.decidedOn ?? ctx.today;
    refuseFuture(decidedOn, ctx.today, 'decidedOn', 'An appeal decision');
    if (decidedOn < appeal.lodgedOn) throw new CoreError('invalid_input', 'An appeal cannot be decided before it was lodged.', [{ path: 'decidedOn', message: 'is before the appeal' }]);
    insertAction(w, caseId, 'appeal_decision', appeal.id, { outcome: input.outcome, reasons: input.reasons, decidedOn });
    syncStatus(w, caseId);
    return view(w, caseId, appeal.id);
  })();
}
