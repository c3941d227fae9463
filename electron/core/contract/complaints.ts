// Complaints domain (SPEC section 9, the case page's Complaints tab): a case's complaints grouped
// by issue, their totals, and the complaint flags COMP-1..COMP-3 as of a date, with guard G-1's
// reminder that raising a complaint is never by itself grounds for withdrawal.
import { z } from 'zod';
import { flagId, flagResult } from './analysis';
import { method } from './define';
import { complaintDetails } from './record-details';
import { id, isoDate } from './schemas';

const c = complaintDetails.shape;

export const complaintEntry = z.object({
  recordId: id,
  /** The London date it was raised. */
  date: isoDate,
  /** The staff person it is about, when it is about one. */
  aboutPersonId: id.nullable(),
  /** Whom or what it is about, in words: the staff person's name, or the text recorded. */
  about: z.string(),
  route: c.route,
  investigationStatus: c.investigationStatus,
  outcome: c.outcome.unwrap().unwrap().nullable(),
  procedureCompletedOn: isoDate.nullable(),
  staffHours: z.number(),
  seeksReplacement: z.boolean(),
});
export type ComplaintEntry = z.output<typeof complaintEntry>;

export const complaintIssue = z.object({
  /** The issue record, or null for the complaints that name no issue. */
  issue: z.object({ recordId: id, title: z.string(), openedOn: isoDate, resolvedOn: isoDate.nullable() }).nullable(),
  /** In time order. */
  complaints: z.array(complaintEntry),
});
export type ComplaintIssue = z.output<typeof complaintIssue>;

export const complaintHistory = z.object({
  caseId: id,
  asOf: isoDate,
  /** Grouped by issue, each group where its first complaint falls in time; complaints after the date left out. */
  issues: z.array(complaintIssue),
  totals: z.object({
    complaints: z.number().int(),
    /** Staff hours on complaints raised in [from, to]: COMP-2's window (a setting, 90 days by default) ending on the date. */
    recentHours: z.object({ hours: z.number(), days: z.number().int(), from: isoDate, to: isoDate }),
    upheld: z.number().int(),
    partlyUpheld: z.number().int(),
    notUpheld: z.number().int(),
  }),
  /** COMP-1, COMP-2 and COMP-3 as the case's flags find them on the date (only those that found something). */
  flags: z.array(flagResult),
  /** Complaint flags not applied to this case's service (a policy setting). */
  notApplicable: z.array(flagId),
  /** Guard G-1 in plain words, with its citation: shown wherever complaints are. */
  reminder: z.object({ guard: z.string(), citation: z.string(), sentences: z.array(z.string()) }),
});
export type ComplaintHistory = z.output<typeof complaintHistory>;

export const complaintsMethods = {
  'complaints.history': method({
    summary: "A case's complaints by issue as of a date (today by default), with their totals and COMP-1..COMP-3",
    // Whoever may read the case's chronology (chronology.list) may read its complaints.
    access: 'signed-in',
    input: z.object({ caseId: id, asOf: isoDate.optional() }),
    output: complaintHistory,
  }),
};
