// The analyses as the API serves them: one case's flags, the dashboard of every active case,
// and the pairing chart's data, each as of a date (today in London by default).
import { londonDate } from '../calendar';
import type { CaseFlags, CaseStatus, DashboardRow, Output, ParsedInput } from '../contract';
import { CoreError } from '../errors';
import { readPolicyConfig } from '../policy/settings';
import type { Writer } from '../records/record-service';
import { flagsCached, flagsForRows, loadCaseCached, type CachedCase } from './analysis-cache';
import { readCaseRows } from './case-loader';
import { pairingData } from './pairing-data';
import { loadCasework } from '../decisions/actions';
import { caseworkMarkers } from '../decisions/markers';
import { caseworkDue } from '../decisions/due';
import { workingCalendar } from './working-days';

const CLOSED: readonly CaseStatus[] = ['closed', 'withdrawn'];

function loadOne(w: Writer, caseId: string): CachedCase {
  const found = loadCaseCached(w, caseId);
  if (!found) throw new CoreError('not_found', 'That case does not exist.');
  return found;
}

export function caseFlags(w: Writer, input: ParsedInput<'flags.forCase'>): CaseFlags {
  const found = loadOne(w, input.caseId);
  const asOf = input.asOf ?? londonDate(w.at);
  const config = readPolicyConfig(w.db);
  return { ...flagsCached(found, config, asOf, workingCalendar(config.extraHolidays)), restrictedUnchecked: found.loaded.restrictedUnchecked };
}

export function dashboard(w: Writer, input: ParsedInput<'flags.dashboard'>): Output<'flags.dashboard'> {
  const asOf = input.asOf ?? londonDate(w.at);
  const config = readPolicyConfig(w.db);
  const calendar = workingCalendar(config.extraHolidays);
  const names = new Map((w.db.prepare("SELECT id, full_name FROM people WHERE kind = 'staff'").all() as { id: string; full_name: string }[]).map((p) => [p.id, p.full_name]));
  const rows: DashboardRow[] = [];
  const due = caseworkDue(w, asOf);
  const cases = readCaseRows(w, null).filter((c) => input.includeClosed || !CLOSED.includes(c.status));
  const evaluated = flagsForRows(w, cases, config, asOf, calendar);
  for (const c of cases) {
    const { flags } = evaluated.get(c.id)!;
    const summaries = flags.map((f) => {
      const latest = f.findings.reduce((a, b) => (b.to >= a.to ? b : a));
      return { id: f.id, title: f.title, summary: latest.summary, count: f.findings.length, latest: latest.to, evidence: latest.evidence };
    });
    rows.push({
      caseId: c.id,
      reference: c.reference,
      clientName: c.client_name,
      service: c.service,
      status: c.status,
      clientManager: { id: c.client_manager_id, fullName: names.get(c.client_manager_id) ?? '' },
      mine: c.client_manager_id === w.user.personId,
      flags: summaries,
      latest: summaries.reduce<string | null>((a, f) => (a === null || f.latest > a ? f.latest : a), null),
      due: due.get(c.id) ?? [],
    });
  }
  return { asOf, rows };
}

export function pairing(w: Writer, input: ParsedInput<'pairing.get'>): Output<'pairing.get'> {
  if (input.from && input.to && input.from > input.to) throw new CoreError('invalid_input', 'The period must start on or before its end.', [{ path: 'to', message: 'must be on or after the start' }]);
  const casework = loadCasework(w.db, [input.caseId]).get(input.caseId);
  return pairingData(loadOne(w, input.caseId).loaded.analysis, input.from, input.to, casework ? caseworkMarkers(casework) : []);
}
