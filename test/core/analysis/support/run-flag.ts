// Runs one flag on a built case the way evaluateCase does (records after the as-of date left
// out, the flag's default services and parameters unless stored ones are given), without needing
// the flag in the registry; and small record makers for the pairing and technology flags.
import type { z } from 'zod';
import type { RECORD_DETAILS } from '../../../../electron/core/contract';
import { asOfCase, paramValues } from '../../../../electron/core/analysis/evaluate';
import type { FlagDef, NewFinding, ParamSpec } from '../../../../electron/core/analysis/flag';
import { workingCalendar } from '../../../../electron/core/analysis/working-days';
import { CLIENT, STAFF, type CaseBuilder } from './case-builder';

export interface FlagRun {
  /** False when the case's service is not among the flag's default services (evaluateCase's notApplicable). */
  readonly applies: boolean;
  readonly findings: NewFinding[];
}

export function runFlag<S extends Record<string, ParamSpec>>(
  b: CaseBuilder,
  def: FlagDef<S>,
  asOf: string,
  stored: Readonly<Record<string, number | string>> = {},
): FlagRun {
  const c = b.build();
  if (!def.services.default.includes(c.service)) return { applies: false, findings: [] };
  return { applies: true, findings: def.evaluate(asOfCase(c, asOf), paramValues(def.params, stored), { asOf, calendar: workingCalendar() }) };
}

type ContactInput = z.input<(typeof RECORD_DETAILS)['contact']>;
type SessionInput = z.input<(typeof RECORD_DETAILS)['session']>;

/** A phone call on the practice mobile (not the main desk) with the given staff, from the client. */
export function contactWith(b: CaseBuilder, at: string, staffParties: readonly string[], details: Partial<ContactInput> = {}): string {
  return b.add('contact', at, {
    medium: 'phone_call',
    line: 'practice_mobile',
    direction: 'from_client_side',
    clientParties: [CLIENT],
    staffParties: [...staffParties],
    purpose: 'tuition_or_support',
    ...details,
  });
}

/** An attended online lesson with the tutor, report not filed, unless overridden. */
export function session(b: CaseBuilder, at: string, details: Partial<SessionInput> = {}): string {
  return b.add('session', at, { workerId: STAFF.tutor, kind: 'lesson', location: 'online_from_home', outcome: 'attended', ...details });
}

/** A lesson that failed for a technology reason. */
export function failedSession(b: CaseBuilder, at: string, details: Partial<SessionInput> = {}): string {
  return session(b, at, { outcome: 'technology_failure', technologyFailure: 'failed_connection', ...details });
}
