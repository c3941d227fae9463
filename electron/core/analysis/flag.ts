// How a flag of SPEC section 3 is declared: its id, title, policy citation, the services it
// applies to and every parameter with its default and that default's origin, beside the pure
// function that evaluates it. One file per flag under flags/, named after its id.
import type { FlagId, Finding, Origin, Service } from '../contract';
import type { WorkingCalendar } from './working-days';
import type { AnalysisCase } from './model';

export interface IntegerParam {
  readonly kind: 'integer';
  readonly label: string;
  readonly default: number;
  readonly origin: Origin;
  readonly min: number;
  readonly max: number;
  /** What the number counts, for the settings screen: "days", "contacts", "%". */
  readonly unit: string;
}

export interface ChoiceParam<V extends string = string> {
  readonly kind: 'choice';
  readonly label: string;
  readonly default: V;
  readonly origin: Origin;
  readonly choices: readonly { readonly value: V; readonly label: string }[];
}

export type ParamSpec = IntegerParam | ChoiceParam;

/** The parameter values a flag's evaluate() receives, typed from its declared specs. */
export type ParamValues<S extends Record<string, ParamSpec>> = {
  readonly [K in keyof S]: S[K] extends ChoiceParam<infer V> ? V : number;
};

export interface EvalContext {
  /** The "as of" date (London): records after it have already been left out. */
  readonly asOf: string;
  /** Working days: weekends and England-and-Wales bank holidays, with the hand-added days. */
  readonly calendar: WorkingCalendar;
}

export type NewFinding = Omit<Finding, 'staffId'> & { readonly staffId?: string | null };

export interface FlagDef<S extends Record<string, ParamSpec> = Record<string, ParamSpec>> {
  readonly id: FlagId;
  readonly title: string;
  /** SPEC section 3's definition in words, shown with the settings. */
  readonly definition: string;
  readonly citation: { readonly policy: string; readonly section: string };
  readonly services: { readonly default: readonly Service[]; readonly origin: Origin };
  readonly params: S;
  /** Guidance shown with the flag (PAIR-4: gather evidence before acting; do not pair). */
  readonly prompt?: string;
  /** Pure: the case's records up to the as-of date in, what was found out. */
  evaluate(c: AnalysisCase, params: ParamValues<S>, ctx: EvalContext): NewFinding[];
}

/** Declares a flag and keeps its parameter types for evaluate(). */
export function defineFlag<S extends Record<string, ParamSpec>>(def: FlagDef<S>): FlagDef<S> {
  return def;
}

export const integer = (label: string, def: number, origin: Origin, unit: string, min = 1, max = 1000): IntegerParam => ({
  kind: 'integer',
  label,
  default: def,
  origin,
  min,
  max,
  unit,
});

export function choice<V extends string>(label: string, def: V, origin: Origin, choices: readonly { value: V; label: string }[]): ChoiceParam<V> {
  return { kind: 'choice', label, default: def, origin, choices };
}

export const ALL_SERVICES: readonly Service[] = ['online_tuition', 'in_practice_tuition', 'counselling_open_ended', 'counselling_short_term', 'information_advice'];
export const TUITION: readonly Service[] = ['online_tuition', 'in_practice_tuition'];
export const COUNSELLING: readonly Service[] = ['counselling_open_ended', 'counselling_short_term'];

/** The five policies, named as the app shows them. */
export const POLICY = {
  pairing: 'Westcountry SEN, Client Contact and the risk of isolated relationships',
  technology: 'Westcountry SEN, When Technology Fails',
  sendiass: 'Hampshire SENDIASS, Respectful communication policy',
  sueLambert: 'Sue Lambert Trust, Managing difficult situations with clients',
  communityCare: 'Community Care, Professional boundaries',
} as const;

/** A flag's parameter values: its defaults, overridden by any valid stored value. */
export function paramValues<S extends Record<string, ParamSpec>>(specs: S, stored: Readonly<Record<string, number | string>> = {}): ParamValues<S> {
  const values: Record<string, number | string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const v = stored[key];
    values[key] = spec.kind === 'integer' ? (typeof v === 'number' ? v : spec.default) : typeof v === 'string' && spec.choices.some((c) => c.value === v) ? v : spec.default;
  }
  return values as ParamValues<S>;
}


/** A flag as the registry holds it: its parameters typed away, read from stored values. */
export interface RegisteredFlag extends Omit<FlagDef, 'evaluate'> {
  evaluate(c: AnalysisCase, stored: Readonly<Record<string, number | string>> | undefined, ctx: EvalContext): NewFinding[];
}

/** Wraps a flag so it takes the stored values, filling in its defaults with their own types. */
export function registered<S extends Record<string, ParamSpec>>(def: FlagDef<S>): RegisteredFlag {
  return { ...def, evaluate: (c, stored, ctx) => def.evaluate(c, paramValues(def.params, stored), ctx) };
}
