// Evaluates every flag on one case as of a date: the records after that date are left out, each
// flag that applies to the case's service runs with its settings, and the findings come back in
// a stable order with their evidence in time order.
import { FLAG_IDS, type CaseFlags, type FlagId, type Service } from '../contract';
import { paramValues, type EvalContext } from './flag';
import type { AnalysisCase } from './model';
import { FLAGS } from './registry';
import { workingCalendar, type Holiday } from './working-days';

export interface FlagConfig {
  readonly services: readonly Service[];
  readonly params: Readonly<Record<string, number | string>>;
}

/** The stored settings: only what the director changed; everything else is the flag's default. */
export interface PolicyConfig {
  readonly flags: Partial<Record<FlagId, FlagConfig>>;
  readonly extraHolidays: readonly Holiday[];
}

// Flag tests build parameter values the same way the registry does.
export { paramValues };

export const DEFAULT_POLICY: PolicyConfig = { flags: {}, extraHolidays: [] };

export function servicesFor(id: FlagId, config: PolicyConfig, fallback: readonly Service[]): readonly Service[] {
  return config.flags[id]?.services ?? fallback;
}

/** The case as it stood at the end of `asOf` (London date): later records left out. */
export function asOfCase(c: AnalysisCase, asOf: string): AnalysisCase {
  return c.records.every((r) => r.date <= asOf) ? c : { ...c, records: c.records.filter((r) => r.date <= asOf) };
}

export function evaluateCase(c: AnalysisCase, config: PolicyConfig, asOf: string, ctxCalendar = workingCalendar(config.extraHolidays)): Omit<CaseFlags, 'restrictedUnchecked'> {
  const scoped = asOfCase(c, asOf);
  const order = new Map(scoped.records.map((r, i) => [r.id, i]));
  const ctx: EvalContext = { asOf, calendar: ctxCalendar };
  const flags: CaseFlags['flags'] = [];
  const notApplicable: FlagId[] = [];
  for (const def of [...FLAGS].sort((a, b) => FLAG_IDS.indexOf(a.id) - FLAG_IDS.indexOf(b.id))) {
    if (!servicesFor(def.id, config, def.services.default).includes(c.service)) {
      notApplicable.push(def.id);
      continue;
    }
    const found = def.evaluate(scoped, config.flags[def.id]?.params, ctx);
    if (!found.length) continue;
    const byTime = (ids: Iterable<string>): string[] => [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const findings = found
      .map((f) => ({ ...f, staffId: f.staffId ?? null, evidence: byTime(f.evidence) }))
      .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    flags.push({
      id: def.id,
      title: def.title,
      citation: def.citation,
      prompt: def.prompt ?? null,
      findings,
      evidence: byTime(findings.flatMap((f) => f.evidence)),
    });
  }
  return { caseId: c.caseId, asOf, flags, notApplicable };
}
