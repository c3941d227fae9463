// PAIR-2 out-of-channel contact: a contact on a personal phone with the number shown, a text
// message from a personal phone, a personal email, social media, or a video platform other
// than the approved one. Westcountry SEN, client contact ("Do not contact clients using your own
// mobile phone UNLESS you can withhold your phone number") and when technology fails ("Do not use
// an alternative video streaming method"); Community Care, professional boundaries. Policy.
import type { Contact } from '../contacts';
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, POLICY } from '../flag';
import { recordsOf } from '../model';

const CHANNEL_WORDS = {
  personal_phone_shown: 'a personal phone with the number shown',
  personal_email: 'a personal email address',
  other_video_platform: 'a video platform other than the approved one',
} as const;

/** Why a contact is out of channel, or null when it is not. */
export function outOfChannel(k: Contact): string | null {
  const { medium, line } = k.details;
  if (medium === 'social_media_message') return 'social media';
  if (medium === 'text_message' && (line === 'personal_phone_shown' || line === 'personal_phone_withheld')) return 'a text message from a personal phone';
  return line in CHANNEL_WORDS ? CHANNEL_WORDS[line as keyof typeof CHANNEL_WORDS] : null;
}

export const pair2 = defineFlag({
  id: 'PAIR-2',
  title: 'Out-of-channel contact',
  definition: 'A contact on a personal phone with the number shown, a text message from a personal phone, a personal email, social media, or a video platform other than the approved one.',
  citation: { policy: `${POLICY.pairing}; ${POLICY.technology}; ${POLICY.communityCare}`, section: 'Client contact; When technology fails' },
  services: { default: ALL_SERVICES, origin: 'policy' },
  params: {},
  evaluate(c) {
    return recordsOf(c, 'contact').flatMap((k) => {
      const why = outOfChannel(k);
      return why ? [{ summary: `Contact through ${why} on ${longDate(k.date)}.`, from: k.date, to: k.date, evidence: [k.id], staffId: k.details.staffParties[0] ?? null }] : [];
    });
  },
});
