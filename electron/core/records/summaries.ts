// The one line a chronology row shows for a record, from its details (never its analysis).
import type { RecordPayload } from '../contract';

const words = (id: string): string => id.replaceAll('_', ' ');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function summarise(record: RecordPayload, nameOf: (personId: string) => string): string {
  switch (record.type) {
    case 'contact': {
      const d = record.details;
      const who = d.direction === 'from_client_side' ? `from ${d.clientParties.map(nameOf).join(', ')}` : `to ${d.clientParties.map(nameOf).join(', ')}`;
      const staff = d.staffParties.length ? ` with ${d.staffParties.map(nameOf).join(', ')}` : '';
      return `${cap(words(d.medium))} ${who}${staff} · ${words(d.line)}${d.toneMarkers.length ? ` · ${d.toneMarkers.join(', ')}` : ''}`;
    }
    case 'session': {
      const d = record.details;
      const outcome = d.outcome === 'technology_failure' && d.technologyFailure ? `technology failure (${words(d.technologyFailure)})` : words(d.outcome);
      return `${cap(d.kind)} with ${nameOf(d.workerId)} · ${outcome}${d.replacementForId ? ' · replacement' : ''}`;
    }
    case 'complaint': {
      const d = record.details;
      const about = d.aboutPersonId ? nameOf(d.aboutPersonId) : d.aboutWhat;
      return `Complaint about ${about} · ${words(d.investigationStatus)}${d.outcome ? ` · ${words(d.outcome)}` : ''}`;
    }
    case 'issue':
      return `Issue: ${record.details.title}${record.details.resolvedOn ? ' (resolved)' : ''}`;
    case 'boundary_incident':
      return `Boundary incident (${record.details.severity}): ${words(record.details.kind)} · ${nameOf(record.details.workerId)}`;
    case 'behaviour_incident':
      return `Behaviour incident: ${words(record.details.kind)} · risk to staff ${record.details.riskToStaff}`;
    case 'safeguarding_note':
      return `Safeguarding: ${words(record.details.concern)}${record.details.reportRequired ? ' · report required' : ''}`;
    case 'counselling_review':
      return `Counselling review · aims ${record.details.clarityOfAims ? 'clear' : 'unclear'} · ${record.details.progressAgainstAims ? 'progress' : 'no progress'}`;
    case 'communication_agreement':
      return `Communication agreement from ${record.details.startsOn}, review ${record.details.reviewOn}`;
    case 'case_review':
      return `Case review${record.details.signedOffOn ? `, signed off ${record.details.signedOffOn}` : ''}`;
  }
}

