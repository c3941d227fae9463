// COMM-5 inappropriate style: any contact with a tone marker, or recorded without consent.
// Hampshire SENDIASS, respectful communication ("Making remarks to employees that could be
// considered sarcastic, rude, derogatory, discriminatory or threatening"; "Electronically
// recording meetings and conversations without prior knowledge and consent of the other parties
// involved"). Policy. Every contact counts, whichever way it went: the markers describe the
// client's remarks, which can be made on a call the service placed.
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, POLICY } from '../flag';
import { recordsOf, staffName } from '../model';

const list = (items: readonly string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

export const comm5 = defineFlag({
  id: 'COMM-5',
  title: 'Inappropriate communication style',
  definition: 'Any contact with a tone marker (sarcastic, rude, derogatory, discriminatory or threatening), or recorded without consent.',
  citation: { policy: POLICY.sendiass, section: 'Examples of communication that is considered persistent and/or vexatious' },
  services: { default: ALL_SERVICES, origin: 'policy' },
  params: {},
  evaluate(c) {
    return recordsOf(c, 'contact').flatMap((k) => {
      const { toneMarkers, recordedWithoutConsent, staffParties } = k.details;
      if (!toneMarkers.length && !recordedWithoutConsent) return [];
      const what = [
        ...(toneMarkers.length ? [`marked ${list(toneMarkers)}`] : []),
        ...(recordedWithoutConsent ? ['recorded without the consent of the other parties'] : []),
      ];
      const withWhom = staffParties.length ? ` with ${list(staffParties.map((s) => staffName(c, s)))}` : '';
      return [{ summary: `A contact${withWhom} on ${longDate(k.date)} ${what.join(' and ')}.`, from: k.date, to: k.date, evidence: [k.id], staffId: null }];
    });
  },
});
