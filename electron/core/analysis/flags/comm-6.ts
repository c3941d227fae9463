// COMM-6 agreement breach: contacts that break a communication agreement in force. Hampshire
// SENDIASS, respectful communication ("Dealing with unreasonably persistent and/or vexatious
// communication": a single point of contact, an acceptable frequency, a required style, ignoring
// communication unless relevant to an open enquiry, responding only to new issues). Policy.
//
// In force: from its start to its review date (at review it lapses unless renewed: a correction
// with a later review date), and before the day it ended early. Only contacts from the client
// count (SPEC section 3's common semantics), and never one that brings new information on an
// open issue or criticises the service (G-7: "Raising legitimate queries or criticisms of the
// service should not in itself lead to someone being regarded as unreasonably persistent").
import { bringsNewInformationOnOpenIssue, isCriticismOfService, isFromClient, issueOpenOn, type Contact } from '../contacts';
import { addDays, longDate } from '../dates';
import { ALL_SERVICES, defineFlag, POLICY } from '../flag';
import { recordsOf, staffName, type AnalysisCase, type RecordOf } from '../model';

type Agreement = RecordOf<'communication_agreement'>;

export interface Breach {
  readonly contact: Contact;
  /** Each term the contact broke, in words. */
  readonly terms: readonly string[];
}

export interface AgreementBreaches {
  readonly agreement: Agreement;
  readonly breaches: readonly Breach[];
}

/** Whether the agreement is in force on a date. */
export function inForce(a: Agreement, date: string): boolean {
  const { startsOn, reviewOn, endedOn } = a.details;
  // Records stored before endedOn existed have no such field: read it as not ended.
  return startsOn <= date && date <= reviewOn && (endedOn == null || date < endedOn);
}

function issueOpenedBefore(c: AnalysisCase, issueId: string | null, date: string): boolean {
  const issue = issueId ? c.records.find((r): r is RecordOf<'issue'> => r.type === 'issue' && r.id === issueId) : undefined;
  return issue !== undefined && issue.details.openedOn < date;
}

/** The terms one contact breaks; `earlier` are the counted contacts before it under the same agreement. */
function brokenTerms(c: AnalysisCase, a: Agreement, k: Contact, earlier: readonly Contact[]): string[] {
  const d = a.details;
  const terms: string[] = [];
  if (d.singlePointOfContactId && !k.details.staffParties.includes(d.singlePointOfContactId)) terms.push(`not made to the single point of contact, ${staffName(c, d.singlePointOfContactId)}`);
  if (d.allowedChannels.length && !d.allowedChannels.includes(k.details.line)) terms.push('on a line the agreement does not allow');
  // Records stored before the limit existed have neither field: no limit.
  const limit = { contacts: d.frequencyContacts ?? 0, days: d.frequencyDays ?? 7 };
  if (limit.contacts > 0) {
    const since = addDays(k.date, -(limit.days - 1));
    const inWindow = earlier.filter((e) => e.date >= since).length + 1;
    if (inWindow > limit.contacts) terms.push(`more than ${limit.contacts} contact${limit.contacts === 1 ? '' : 's'} within ${limit.days} day${limit.days === 1 ? '' : 's'}`);
  }
  if (d.onlyNewIssuesAnswered && issueOpenedBefore(c, k.details.issueId, k.date)) terms.push('on an issue already raised, with no new information');
  if (d.ignoredUnlessRelevantToOpenIssue && !issueOpenOn(c, k.details.issueId, k.date)) terms.push('not relevant to an open issue');
  if (d.styleRequirement.trim() && k.details.toneMarkers.length) terms.push(`in a style the agreement asks the client to stop (${k.details.toneMarkers.join(', ')})`);
  return terms;
}

/** Every agreement with the contacts that broke it while it was in force. */
export function agreementBreaches(c: AnalysisCase): AgreementBreaches[] {
  const counted = recordsOf(c, 'contact').filter((k) => isFromClient(k) && !bringsNewInformationOnOpenIssue(c, k) && !isCriticismOfService(k));
  return recordsOf(c, 'communication_agreement').map((agreement) => {
    const during = counted.filter((k) => inForce(agreement, k.date));
    const breaches: Breach[] = [];
    during.forEach((k, i) => {
      const terms = brokenTerms(c, agreement, k, during.slice(0, i));
      if (terms.length) breaches.push({ contact: k, terms });
    });
    return { agreement, breaches };
  });
}

export const comm6 = defineFlag({
  id: 'COMM-6',
  title: 'Communication agreement breached',
  definition: 'Contacts from the client that break a communication agreement in force (single point of contact, allowed lines, frequency, only new issues, relevance to an open issue, style).',
  citation: { policy: POLICY.sendiass, section: 'Dealing with unreasonably persistent and/or vexatious communication' },
  services: { default: ALL_SERVICES, origin: 'policy' },
  params: {},
  evaluate(c) {
    return agreementBreaches(c)
      .filter((a) => a.breaches.length)
      .map(({ agreement, breaches }) => {
        const first = breaches[0]!.contact;
        const last = breaches.at(-1)!.contact;
        const counts = new Map<string, number>();
        for (const b of breaches) for (const t of b.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
        const how = [...counts].map(([t, n]) => `${n} ${t}`).join('; ');
        return {
          summary: `${breaches.length} contact${breaches.length === 1 ? '' : 's'} from the client between ${longDate(first.date)} and ${longDate(last.date)} broke the communication agreement of ${longDate(agreement.details.startsOn)}: ${how}.`,
          from: first.date,
          to: last.date,
          evidence: [agreement.id, ...breaches.map((b) => b.contact.id)],
          staffId: null,
        };
      });
  },
});
