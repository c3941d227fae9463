// Reading the casework commands' options into the core's inputs. Every bad value is refused here,
// before the store is unlocked, in one line naming the option; what only the core can judge (a
// guard, a record of another case) is left to the core, whose refusal is shown as it is.
import type { Core } from '../../core';
import type { AdjustmentsCheck, ApiError, CaseSummary, CriterionId, Input, MethodName, Output } from '../../core/contract';
import { CRITERION_IDS, LINES } from '../../core/contract';
import type { CliValues } from '../args';
import { call, CliError, requireValue, type CliContext } from '../context';
import { resolveCaseSummaries } from '../files';

// Options every command takes: where the store is, who unlocks it, and how it prints.
const COMMON: readonly (keyof CliValues)[] = ['store', 'login', 'passphrase-fd', 'passphrase-file', 'json', 'help'];

/**
 * Refuses options the command does not use. Every option is declared once for the whole command
 * line, so without this a script's `--review` on a command that has none would be silently
 * ignored, and the script would believe it had set a review date.
 */
export function onlyOptions(ctx: CliContext, command: string, allowed: readonly (keyof CliValues)[]): void {
  const v = ctx.values;
  const stray = (Object.keys(v) as (keyof CliValues)[]).filter((k) => !COMMON.includes(k) && !allowed.includes(k) && v[k] !== undefined && v[k] !== false);
  if (stray.length) throw new CliError(`${command} does not take ${stray.map((k) => `--${k}`).join(', ')}. Run with --help for its options.`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A date option, YYYY-MM-DD and a real day; undefined when not given. */
export function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || !isCalendarDate(value)) throw new CliError(`${flag} must be a date written YYYY-MM-DD, such as 2026-03-31 (got "${value}").`);
  return value;
}

export function requireDate(value: string | undefined, flag: string, what: string): string {
  return dateOption(requireValue(value, `${flag} YYYY-MM-DD`, what), flag)!;
}

/** A list option: comma-separated, and the option may also be repeated. */
export function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

export function choiceOption<T extends string>(value: string | undefined, flag: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
  return value as T;
}

export function requireChoice<T extends string>(value: string | undefined, flag: string, allowed: readonly T[], what: string): T {
  return choiceOption(requireValue(value, `${flag} ${allowed.join('|')}`, what), flag, allowed)!;
}

export function criteriaOption(values: readonly string[] | undefined, flag = '--criteria'): CriterionId[] {
  const list = listOption(values).map((c) => c.toUpperCase());
  const bad = list.find((c) => !(CRITERION_IDS as readonly string[]).includes(c));
  if (bad !== undefined) throw new CliError(`${flag} takes criteria W-1 to W-8 separated by commas, such as W-1,W-2 (got "${bad}").`);
  return [...new Set(list)] as CriterionId[];
}

export function linesOption(values: readonly string[] | undefined, flag = '--block'): (typeof LINES)[number][] {
  const list = listOption(values);
  const bad = list.find((l) => !(LINES as readonly string[]).includes(l));
  if (bad !== undefined) throw new CliError(`${flag} takes contact lines separated by commas, from ${LINES.join(', ')} (got "${bad}").`);
  return [...new Set(list)] as (typeof LINES)[number][];
}

export function yesNoOption(value: string | undefined, flag: string): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v !== 'yes' && v !== 'no') throw new CliError(`${flag} must be yes or no (got "${value}").`);
  return v === 'yes';
}

export function monthsOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 36) throw new CliError(`${flag} must be a whole number of months from 1 to 36 (got "${value}").`);
  return n;
}

/** Which of two opposite switches was given (--approve or --refuse): exactly one must be. */
export function eitherSwitch<A extends keyof CliValues, B extends keyof CliValues>(v: CliValues, a: A, b: B, what: string): A | B {
  if (v[a] && v[b]) throw new CliError(`Give --${a} or --${b}, not both.`);
  if (!v[a] && !v[b]) throw new CliError(`Say --${a} or --${b}: ${what}.`);
  return v[a] ? a : b;
}

/** The one case a casework command acts on. */
export function oneCaseOption(v: CliValues): string {
  const given = v.case ?? [];
  if (given.length !== 1) throw new CliError(given.length ? 'Give one --case: this command acts on a single case.' : '--case ID-OR-REFERENCE is required: the case to act on.');
  return given[0]!;
}

export async function resolveCase(core: Core, wanted: string): Promise<CaseSummary> {
  return (await resolveCaseSummaries(core, [wanted]))[0]!;
}

/**
 * Reasonable adjustments first (SPEC section 7): --need says whether the client has a
 * communication or support need or a disability, --explains whether it explains the behaviour.
 * Nothing given is null, so the core can say when the answer is required.
 */
export function adjustmentsOption(v: CliValues): AdjustmentsCheck | null {
  const need = yesNoOption(v.need, '--need');
  const explains = yesNoOption(v.explains, '--explains');
  if (need === undefined) {
    if (explains !== undefined || v.adjustments !== undefined || v['need-details'] !== undefined) {
      throw new CliError('--need yes|no is required with --explains, --adjustments or --need-details: whether the client has a communication or support need or a disability.');
    }
    return null;
  }
  // Whether a need explains the behaviour is a judgement: with a need, it must be stated, never assumed.
  if (need && explains === undefined) throw new CliError('--explains yes|no is required with --need yes: whether the need explains the behaviour.');
  return { needOrDisability: need, explainsBehaviour: explains ?? false, details: v['need-details'] ?? '', adjustmentsMade: v.adjustments ?? '' };
}

export const ADJUSTMENT_OPTIONS = ['need', 'explains', 'adjustments', 'need-details'] as const satisfies readonly (keyof CliValues)[];

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The evidence cited: record ids from --evidence, and the evidence of each --evidence-from-flag
 * flag's findings on the case as of the date the action rests on.
 */
export async function evidenceOption(core: Core, v: CliValues, kase: CaseSummary, asOf: string | undefined): Promise<string[]> {
  const ids = listOption(v.evidence);
  const bad = ids.find((id) => !RECORD_ID.test(id));
  if (bad !== undefined) throw new CliError(`--evidence takes record ids separated by commas (got "${bad}"); --evidence-from-flag FLAG cites a flag's evidence.`);
  const fromFlags = listOption(v['evidence-from-flag']).map((f) => f.toUpperCase());
  if (fromFlags.length) {
    const found = await call(core, 'flags.forCase', { caseId: kase.id, ...(asOf ? { asOf } : {}) });
    for (const flagId of fromFlags) {
      const flag = found.flags.find((f) => f.id === flagId);
      if (!flag) throw new CliError(`--evidence-from-flag: ${flagId} is not found on ${kase.reference} as of ${found.asOf}, so it has no evidence to cite.`);
      ids.push(...flag.evidence);
    }
  }
  return [...new Set(ids)];
}

export const EVIDENCE_OPTIONS = ['evidence', 'evidence-from-flag'] as const satisfies readonly (keyof CliValues)[];

/**
 * Calls the core; when it refuses an input field, the one-line message also names the option that
 * set it (the --json error stays the core's own). Guard refusals name the policy and are left as they are.
 */
export async function callNaming<M extends MethodName>(core: Core, method: M, input: Input<M>, options: Readonly<Record<string, string>>): Promise<Output<M>> {
  try {
    return await call(core, method, input);
  } catch (error) {
    const api = error instanceof CliError ? error.apiError : undefined;
    if (!api || api.code !== 'invalid_input') throw error;
    const named = (api.issues ?? []).map((i) => options[i.path] ?? options[i.path.split('.')[0] ?? '']).find((o) => o !== undefined);
    throw named ? new CliError(`${api.message} (${named})`, api) : error;
  }
}
