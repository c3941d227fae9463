// Who a generated record involves, for the parties index: the same answer records/references.ts
// gives when a record comes through records.create (the generator's references are right by
// construction, so only the derivation is needed; the generator's test checks the two agree).
import type { Party } from '../records/references';
import type { NewRecordInput } from './kit';

export function partiesOf(input: NewRecordInput, clientId: string): Party[] {
  const client: Party = { personId: clientId, side: 'client' };
  switch (input.type) {
    case 'contact':
      return [...input.details.clientParties.map((personId) => ({ personId, side: 'client' as const })), ...input.details.staffParties.map((personId) => ({ personId, side: 'staff' as const }))];
    case 'session':
      return [client, { personId: input.details.workerId, side: 'staff' }];
    case 'complaint':
      return [client, ...(input.details.aboutPersonId ? [{ personId: input.details.aboutPersonId, side: 'staff' as const }] : [])];
    case 'boundary_incident':
      return [{ personId: input.details.workerId, side: 'staff' }];
    case 'counselling_review':
    case 'case_review':
      return [];
    case 'communication_agreement':
    case 'issue':
    case 'behaviour_incident':
    case 'safeguarding_note':
      return [client];
  }
}
