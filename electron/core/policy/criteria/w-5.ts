// W-5 concern about the client's views or attitudes and risk to others. Sue Lambert Trust 4.5
// ("Where there is concern about the views/attitudes of the client and potential risks to others
// - cases such as these will be considered taking into account safeguarding guidelines"). The
// grounds are safeguarding notes of a risk to others; the prerequisite is the safeguarding
// consultation with the clinical lead, recorded on the note. A suicide or self-harm disclosure
// is never a ground (G-2). The clinical lead assesses and approves (G-4).
import { longDate } from '../../analysis/dates';
import { COUNSELLING, POLICY } from '../../analysis/flag';
import { recordsOf } from '../../analysis/model';
import { defineCriterion, judgedByClinicalLead, plural } from './criterion';

export const w5 = defineCriterion({
  id: 'W-5',
  title: "Concern about the client's views or attitudes and risk to others",
  citation: { policy: POLICY.sueLambert, section: '4.5 Counselling services' },
  decides: 'The clinical lead approves, then the director',
  services: COUNSELLING,
  counselling: true,
  allowedOutcomes: ['withdraw'],
  evaluate(input) {
    const notes = recordsOf(input.case, 'safeguarding_note').filter((n) => n.details.concern === 'risk_to_others');
    const consulted = notes.filter((n) => n.details.clinicalLeadConsultedOn !== null && n.details.clinicalLeadConsultedOn <= input.asOf);
    const unchecked = input.restrictedUnchecked ? ' (You cannot read this case’s safeguarding notes, so they could not be checked.)' : '';
    return judgedByClinicalLead(input, 'W-5', {
      present: notes.length > 0,
      summary: notes.length
        ? `${plural(notes.length, 'safeguarding note')} of a risk to others, the latest on ${longDate(notes.at(-1)!.date)}.`
        : `No safeguarding note of a risk to others is recorded.${unchecked}`,
      evidence: notes.map((n) => n.id),
      flags: [],
      prerequisites: [{ text: 'a safeguarding consultation with the clinical lead, recorded on the note', satisfied: consulted.length > 0, evidence: consulted.map((n) => n.id) }],
    });
  },
});
