// `complaints.history`: the Complaints tab's data. The case comes from the analyses' cache, as
// flags.forCase takes it (restricted records only for those allowed; a complaint is never one),
// the grouping from analysis/complaint-history (the review pack's too), and the COMP flags from
// the cached flags of the same date, so the tab, the Overview and the pack cannot disagree.
import { londonDate } from '../calendar';
import type { ComplaintEntry, FlagId, Output, ParsedInput } from '../contract';
import { CoreError } from '../errors';
import { G1_REMINDER } from '../policy/guards';
import { readPolicyConfig } from '../policy/settings';
import type { Writer } from '../records/record-service';
import { flagsCached, loadCaseCached } from './analysis-cache';
import { complaintsByIssue } from './complaint-history';
import { addDays } from './dates';
import { asOfCase } from './evaluate';
import { paramValues } from './flag';
import { comp2 } from './flags/comp-2';
import { staffName, type AnalysisCase, type RecordOf } from './model';
import { workingCalendar } from './working-days';

const COMPLAINT_FLAGS: readonly FlagId[] = ['COMP-1', 'COMP-2', 'COMP-3'];

function entry(c: AnalysisCase, k: RecordOf<'complaint'>): ComplaintEntry {
  const d = k.details;
  return {
    recordId: k.id,
    date: k.date,
    aboutPersonId: d.aboutPersonId,
    about: d.aboutPersonId ? staffName(c, d.aboutPersonId) : d.aboutWhat,
    route: d.route,
    investigationStatus: d.investigationStatus,
    outcome: d.outcome,
    procedureCompletedOn: d.procedureCompletedOn,
    staffHours: d.staffHours,
    seeksReplacement: d.seeksReplacement,
  };
}

export function complaintsHistory(w: Writer, input: ParsedInput<'complaints.history'>): Output<'complaints.history'> {
  const found = loadCaseCached(w, input.caseId);
  if (!found) throw new CoreError('not_found', 'That case does not exist.');
  const asOf = input.asOf ?? londonDate(w.at);
  const config = readPolicyConfig(w.db);
  const evaluated = flagsCached(found, config, asOf, workingCalendar(config.extraHolidays));
  const scoped = asOfCase(found.loaded.analysis, asOf);

  const issues = complaintsByIssue(scoped.records).map(({ issue, complaints }) => ({
    issue: issue && { recordId: issue.id, title: issue.details.title, openedOn: issue.details.openedOn, resolvedOn: issue.details.resolvedOn },
    complaints: complaints.map((k) => entry(scoped, k)),
  }));
  const all = issues.flatMap((g) => g.complaints);
  // COMP-2's own window (a setting): "within N days" includes both ends, so N days back from the date.
  const days = paramValues(comp2.params, config.flags['COMP-2']?.params).days;
  const from = addDays(asOf, -days);
  const recent = all.filter((k) => k.date >= from && k.date <= asOf).reduce((sum, k) => sum + k.staffHours, 0);
  const outcomes = (o: ComplaintEntry['outcome']): number => all.filter((k) => k.outcome === o).length;

  return {
    caseId: input.caseId,
    asOf,
    issues,
    totals: {
      complaints: all.length,
      recentHours: { hours: Math.round(recent * 100) / 100, days, from, to: asOf },
      upheld: outcomes('upheld'),
      partlyUpheld: outcomes('partly_upheld'),
      notUpheld: outcomes('not_upheld'),
    },
    flags: evaluated.flags.filter((f) => COMPLAINT_FLAGS.includes(f.id)),
    notApplicable: evaluated.notApplicable.filter((id) => COMPLAINT_FLAGS.includes(id)),
    reminder: { guard: G1_REMINDER.guard, citation: G1_REMINDER.citation, sentences: [...G1_REMINDER.sentences] },
  };
}
