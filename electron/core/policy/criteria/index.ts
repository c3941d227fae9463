// Every withdrawal criterion of SPEC section 4, in order, and the checklist they make as of a date.
import type { CriterionId, CriterionState } from '../../contract';
import type { CriterionDef, CriterionInput } from './criterion';
import { latestAssessment } from './criterion';
import { w1 } from './w-1';
import { w2 } from './w-2';
import { w3 } from './w-3';
import { w4 } from './w-4';
import { w5 } from './w-5';
import { w6 } from './w-6';
import { w7 } from './w-7';
import { w8 } from './w-8';

export const CRITERIA: readonly CriterionDef[] = [w1, w2, w3, w4, w5, w6, w7, w8];

export function criterionDef(id: CriterionId): CriterionDef {
  return CRITERIA.find((c) => c.id === id)!;
}

/** Evidence in the case's time order, once each. */
function inOrder(input: CriterionInput, ids: readonly string[]): string[] {
  const order = new Map(input.case.records.map((r, i) => [r.id, i]));
  return [...new Set(ids)].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
}

export function evaluateCriterion(def: CriterionDef, input: CriterionInput): CriterionState {
  const head = { id: def.id, title: def.title, citation: def.citation, decides: def.decides, allowedOutcomes: [...def.allowedOutcomes] };
  if (!def.services.includes(input.case.service)) {
    return { ...head, state: 'not_applicable', summary: `Not applicable to this service (${def.citation.section}).`, evidence: [], flags: [], prerequisites: [], assessment: null };
  }
  const found = def.evaluate(input);
  return {
    ...head,
    state: found.state,
    summary: found.summary,
    evidence: inOrder(input, found.evidence),
    flags: [...found.flags],
    prerequisites: found.prerequisites.map((p) => ({ text: p.text, satisfied: p.satisfied, evidence: inOrder(input, p.evidence) })),
    assessment: def.counselling ? latestAssessment(input, def.id) : null,
  };
}
