// COMM-4 lengthy emails: 5+ emails from the client over 800 words within any 14 days.
// Hampshire SENDIASS, respectful communication ("writing lengthy complex emails frequently e.g.
// every few days"). Threshold's numbers.
import { isFromClient, type Contact } from '../contacts';
import { longDate } from '../dates';
import { ALL_SERVICES, defineFlag, integer, POLICY } from '../flag';
import { recordsOf } from '../model';
import { episodes, withinDays } from '../windows';

export const comm4 = defineFlag({
  id: 'COMM-4',
  title: 'Lengthy emails',
  definition: '5 or more emails from the client of over 800 words within any 14 days.',
  citation: { policy: POLICY.sendiass, section: 'Examples of communication that is considered persistent and/or vexatious' },
  services: { default: ALL_SERVICES, origin: 'threshold' },
  params: {
    emails: integer('Lengthy emails', 5, 'threshold', 'emails', 2, 100),
    words: integer('Lengthy means over', 800, 'threshold', 'words', 1, 100_000),
    withinDays: integer('Within', 14, 'threshold', 'days', 1, 365),
  },
  evaluate(c, p) {
    const lengthy = (k: Contact): boolean => k.details.medium === 'email' && k.details.length?.unit === 'words' && k.details.length.value > p.words;
    const emails = recordsOf(c, 'contact').filter((k) => isFromClient(k) && lengthy(k));
    return episodes(emails, withinDays(p.withinDays), (w) => w.length >= p.emails).map((e) => ({
      summary: `${e.items.length} emails from the client of over ${p.words} words each between ${longDate(e.from)} and ${longDate(e.to)}.`,
      from: e.from,
      to: e.to,
      evidence: e.items.map((k) => k.id),
      staffId: null,
    }));
  },
});
