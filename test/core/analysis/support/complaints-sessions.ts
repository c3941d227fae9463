// Record makers and a direct runner for the complaint, counselling-session and safeguarding flag
// tests (COMP-1..3, SESS-1..3, SAFE-1): one flag, evaluated the way evaluateCase does it (records
// after the as-of date left out, default parameters unless stored ones are given).
import type { z } from 'zod';
import type { RECORD_DETAILS } from '../../../../electron/core/contract';
import { asOfCase, paramValues } from '../../../../electron/core/analysis/evaluate';
import type { FlagDef, NewFinding, ParamSpec } from '../../../../electron/core/analysis/flag';
import { workingCalendar } from '../../../../electron/core/analysis/working-days';
import { STAFF, type CaseBuilder } from './case-builder';

type Input<T extends keyof typeof RECORD_DETAILS> = z.input<(typeof RECORD_DETAILS)[T]>;
export type Outcome = Input<'session'>['outcome'];

/** The flag's findings as of a date, or null when the case's service is not among its default services. */
export function evaluateOne<S extends Record<string, ParamSpec>>(
  b: CaseBuilder,
  def: FlagDef<S>,
  asOf: string,
  stored: Readonly<Record<string, number | string>> = {},
): NewFinding[] | null {
  const c = b.build();
  if (!def.services.default.includes(c.service)) return null;
  return def.evaluate(asOfCase(c, asOf), paramValues(def.params, stored), { asOf, calendar: workingCalendar() });
}

/** A counselling session with the counsellor at a London local time. */
export function counselling(b: CaseBuilder, at: string, outcome: Outcome = 'attended', details: Partial<Input<'session'>> = {}): string {
  const failure = outcome === 'technology_failure' ? { technologyFailure: 'failed_connection' as const } : {};
  return b.add('session', at, { workerId: STAFF.counsellor, kind: 'counselling', location: 'practice', outcome, ...failure, ...details });
}

/** A complaint raised at a London local time, about what unless the details say whom. */
export function complaint(b: CaseBuilder, at: string, details: Partial<Input<'complaint'>> = {}): string {
  return b.add('complaint', at, { route: 'email', aboutWhat: 'the service', investigationStatus: 'received', ...details });
}

/** A complaint whose procedure completed on a date. */
export function completedComplaint(b: CaseBuilder, at: string, completedOn: string, details: Partial<Input<'complaint'>> = {}): string {
  return complaint(b, at, { investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: completedOn, ...details });
}
