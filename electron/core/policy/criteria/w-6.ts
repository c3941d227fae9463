// W-6 the client's behaviour is having a negative impact on the counsellor. Sue Lambert Trust 4.5
// ("Where the behaviour of the client towards the counsellor is having a negative impact on them
// (e.g. where a client is making inappropriate comments, or placing unreasonable demands on the
// counsellor)"). No prerequisite; it rests on the clinical lead's assessment with the
// counsellor's view (G-4). Behaviour incidents and contacts with a tone marker are offered as
// candidates; a suicide or self-harm disclosure never is (G-2).
import { COUNSELLING, POLICY } from '../../analysis/flag';
import { recordsOf } from '../../analysis/model';
import { defineCriterion, judgedByClinicalLead, latestAssessment, plural } from './criterion';

export const w6 = defineCriterion({
  id: 'W-6',
  title: "The client's behaviour is having a negative impact on the counsellor",
  citation: { policy: POLICY.sueLambert, section: '4.5 Counselling services' },
  decides: 'The clinical lead approves, then the director',
  services: COUNSELLING,
  counselling: true,
  allowedOutcomes: ['withdraw'],
  evaluate(input) {
    const incidents = recordsOf(input.case, 'behaviour_incident');
    const toned = recordsOf(input.case, 'contact').filter((k) => k.details.direction === 'from_client_side' && k.details.toneMarkers.length > 0);
    const candidates = [...incidents, ...toned].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    const assessed = latestAssessment(input, 'W-6') !== null;
    return judgedByClinicalLead(input, 'W-6', {
      present: candidates.length > 0 || assessed,
      summary: candidates.length
        ? `${plural(incidents.length, 'behaviour incident')} and ${plural(toned.length, 'contact')} with a tone marker may bear on the counsellor.`
        : assessed
          ? 'It rests on the counsellor’s experience as the clinical lead assessed it.'
          : 'Nothing recorded suggests an impact on the counsellor; the clinical lead can assess it with the counsellor’s view.',
      evidence: candidates.map((r) => r.id),
      flags: [],
      prerequisites: [],
    });
  },
});
