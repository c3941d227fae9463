import type { decisionsMethods } from '../contract/decisions';
import type { DomainHandlers } from '../services';
import { assign, decideAppeal, lodge } from './appeals';
import { checklist } from './checklist';
import { consult, decide, decideNow, propose, reviewRestriction } from './proposals';
import { myQueue } from './queues';
import { oversightRegister, restrictionRegister } from './registers';
import { assess, riskCheck, warn } from './warnings';

export const decisionsHandlers: DomainHandlers<typeof decisionsMethods> = ({ writer }) => ({
  'checklist.get': (input) => checklist(writer(), input),
  'ladder.warn': (input) => warn(writer(), input),
  'checklist.assess': (input) => assess(writer(), input),
  'checklist.riskCheck': (input) => riskCheck(writer(), input),
  'decisions.propose': (input) => propose(writer(), input),
  'decisions.decideNow': (input) => decideNow(writer(), input),
  'decisions.consult': (input) => consult(writer(), input),
  'decisions.decide': (input) => decide(writer(), input),
  'restrictions.review': (input) => reviewRestriction(writer(), input),
  'appeals.lodge': (input) => lodge(writer(), input),
  'appeals.assign': (input) => assign(writer(), input),
  'appeals.decide': (input) => decideAppeal(writer(), input),
  'registers.restrictions': (input) => restrictionRegister(writer(), input),
  'registers.oversight': (input) => oversightRegister(writer(), input),
  'queues.mine': (input) => myQueue(writer(), input),
});
