// SAFE-1 safeguarding action due: a safeguarding note whose required report to the safeguarding
// board has no reported-on date, or whose report was not required and has no consultation with
// the clinical lead. Sue Lambert Trust 4.2 ("Our Safeguarding Policy sets out ... where it would
// be appropriate and required to report these matters to the Safeguarding Board. Where there is
// no requirement to report the matter then the counsellor or support worker will consult with the
// Clinical Lead/Clinical Supervisor"). Policy. A date after the as-of date is not yet recorded.
// The note is a restricted record (SPEC 6): the summary gives its date and nothing of its content.
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, POLICY, type NewFinding } from '../flag';
import { recordsOf } from '../model';

const doneBy = (on: string | null, asOf: string): boolean => on !== null && on <= asOf;

export const safe1 = defineFlag({
  id: 'SAFE-1',
  title: 'Safeguarding action due',
  definition: 'A safeguarding note whose required report has no reported-on date, or whose report was not required and has no clinical lead consultation date.',
  citation: { policy: POLICY.sueLambert, section: '4.2 Suicide and self-harm' },
  services: { default: ALL_SERVICES, origin: 'policy' },
  params: {},
  evaluate(c, _p, ctx) {
    return recordsOf(c, 'safeguarding_note').flatMap((n): NewFinding[] => {
      const { reportRequired, reportedOn, clinicalLeadConsultedOn } = n.details;
      const missing = reportRequired
        ? doneBy(reportedOn, ctx.asOf)
          ? null
          : 'no report to the safeguarding board recorded'
        : doneBy(clinicalLeadConsultedOn, ctx.asOf)
          ? null
          : 'no consultation with the clinical lead recorded';
      if (!missing) return [];
      return [{ summary: `A safeguarding note of ${longDate(n.date)} has ${missing}.`, from: n.date, to: ctx.asOf, evidence: [n.id], staffId: null }];
    });
  },
});
