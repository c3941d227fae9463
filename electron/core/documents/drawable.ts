// A document is refused, never printed with boxes, when something it would print holds a
// character the fonts cannot draw (SPEC section 5, pdf/scripts.ts). The names come first, each
// named in the message ("The client's name contains ..."); then free text, named by its record.
import { londonDateTime } from '../pdf/format';
import { requireDrawable } from '../pdf/scripts';
import type { PackData } from './pack-data';

export function requirePackDrawable(d: PackData): void {
  const c = d.detail;
  const cast = d.cast;
  const names: [string, string][] = [
    ["The client's name", cast.person(c.clientId)],
    ...(c.student ? ([["The student's name", cast.person(c.student.id)]] as [string, string][]) : []),
    ...c.clientSide.map((p): [string, string] => ['The name of a person on the client side', cast.person(p.id)]),
    ["The allocated worker's name", cast.person(c.allocatedWorker.id)],
    ["The client manager's name", cast.person(c.clientManager.id)],
    ...(c.mentor ? ([["The mentor's name", cast.person(c.mentor.id)]] as [string, string][]) : []),
    ["The preparer's name", d.preparedBy],
    ["The organisation's name", d.organisation],
    ...(d.contact ? ([["The client's contact details", d.contact]] as [string, string][]) : []),
  ];
  for (const [what, text] of names) requireDrawable(what, text, 'caseId');
  for (const r of d.rows) {
    const when = londonDateTime(r.occurredAt);
    requireDrawable(`The record of ${when}`, `${r.summary}\n${r.fact}\n${r.analysis}`, 'caseId');
  }
  const rest = [
    ...d.issues.flatMap((i) => [i.title, ...i.complaints.map((x) => x.about)]),
    ...d.flags.flatMap((f) => f.findings.map((x) => x.summary)),
    JSON.stringify(d.checklist),
    ...(d.review ? [d.review.supervisionSummary, d.review.recommendation, d.review.signedOffBy ?? ''] : []),
  ];
  requireDrawable('The casework, flags or case review this pack prints', rest.join('\n'), 'caseId');
}

/** Every text a register prints, refused as one when any cannot be drawn. */
export function requireTextsDrawable(what: string, texts: readonly string[], path: string): void {
  requireDrawable(what, texts.join('\n'), path);
}
