// How a withdrawal criterion of SPEC section 4 is declared: its id, title, policy citation, who
// decides, the services it applies to and the outcomes it can support, beside the pure function
// that says whether it is met as of a date. One file per criterion, named after its id.
import type { CriterionId, FlagId, FlagResult, Outcome, Service } from '../../contract';
import type { AnalysisCase } from '../../analysis/model';
import type { Assessment, Casework } from '../casework-model';

export interface CriterionInput {
  /** The case's records up to the as-of date. */
  readonly case: AnalysisCase;
  readonly casework: Casework;
  /** The case's flags as of the same date. */
  readonly flags: readonly FlagResult[];
  readonly asOf: string;
  /** The user cannot read the case's restricted records, so safeguarding notes were left out. */
  readonly restrictedUnchecked: boolean;
}

export interface Prerequisite {
  readonly text: string;
  readonly satisfied: boolean;
  readonly evidence: readonly string[];
}

export interface CriterionFinding {
  readonly state: 'met' | 'not_met' | 'needs_judgement';
  readonly summary: string;
  readonly evidence: readonly string[];
  readonly flags: readonly FlagId[];
  readonly prerequisites: readonly Prerequisite[];
}

export interface CriterionDef {
  readonly id: CriterionId;
  readonly title: string;
  readonly citation: { readonly policy: string; readonly section: string };
  readonly decides: string;
  readonly services: readonly Service[];
  /** W-4..W-7: the clinical lead assesses and approves before the director decides (G-4). */
  readonly counselling: boolean;
  /** What a decision resting on this criterion may do (W-8 restricts, never withdraws). */
  readonly allowedOutcomes: readonly Outcome[];
  evaluate(input: CriterionInput): CriterionFinding;
}

export function defineCriterion(def: CriterionDef): CriterionDef {
  return def;
}

export const flagOf = (input: CriterionInput, id: FlagId): FlagResult | undefined => input.flags.find((f) => f.id === id);

/** The clinical lead's latest assessment of a criterion recorded by the as-of date. */
export function latestAssessment(input: CriterionInput, id: CriterionId): Assessment | null {
  const mine = input.casework.assessments.filter((a) => a.criterion === id && a.recordedOn <= input.asOf);
  return mine.at(-1) ?? null;
}

export interface Grounds {
  /** Whether the chronology shows what the criterion is about. */
  readonly present: boolean;
  readonly summary: string;
  readonly evidence: readonly string[];
  readonly flags: readonly FlagId[];
  readonly prerequisites: readonly Prerequisite[];
}

/**
 * A counselling criterion (W-4..W-7, Sue Lambert 4.5: "considered on a case by case basis in
 * consultation with the Clinical Lead"): the grounds and prerequisites from the records, then the
 * clinical lead's assessment decides whether it is met.
 */
export function judgedByClinicalLead(input: CriterionInput, id: CriterionId, g: Grounds): CriterionFinding {
  const base = { evidence: g.evidence, flags: g.flags, prerequisites: g.prerequisites };
  const missing = g.prerequisites.filter((p) => !p.satisfied);
  const assessment = latestAssessment(input, id);
  if (!g.present) return { ...base, state: 'not_met', summary: g.summary };
  if (assessment?.finding === 'not_met') return { ...base, state: 'not_met', summary: `${g.summary} The clinical lead assessed it as not met: ${assessment.rationale}` };
  if (missing.length) return { ...base, state: 'not_met', summary: `${g.summary} Still needed: ${missing.map((p) => p.text).join('; ')}.` };
  if (!assessment) return { ...base, state: 'needs_judgement', summary: `${g.summary} It needs the clinical lead's assessment, with the counsellor's view.` };
  const evidence = [...new Set([...g.evidence, ...assessment.evidence])];
  return { ...base, evidence, state: 'met', summary: `${g.summary} The clinical lead assessed it as met: ${assessment.rationale}` };
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
