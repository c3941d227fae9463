// SESS-3 short-term limit: short-term counselling reaches session 12, the point at which the
// client may finish, extend, or go back onto the waiting list. Sue Lambert Trust 4.5 ("Where short
// term counselling has been offered, clients will receive up to 12 sessions at which point they
// may finish, extend or go back onto the waiting list"). Policy. Sessions received are the
// attended ones: missed, cancelled and failed sessions were not delivered.
import { longDate } from '../dates';
import { defineFlag, integer, POLICY } from '../flag';
import { recordsOf } from '../model';

export const sess3 = defineFlag({
  id: 'SESS-3',
  title: 'Short-term counselling limit',
  definition: 'Short-term counselling reaches session 12: finish, extend, or go back onto the waiting list.',
  citation: { policy: POLICY.sueLambert, section: '4.5 Counselling services' },
  services: { default: ['counselling_short_term'], origin: 'policy' },
  params: {
    sessions: integer('Sessions', 12, 'policy', 'sessions', 1, 200),
  },
  evaluate(c, p) {
    const delivered = recordsOf(c, 'session')
      .filter((s) => s.details.outcome === 'attended')
      .slice(0, p.sessions);
    const last = delivered.at(-1);
    if (delivered.length < p.sessions || !last) return [];
    const first = delivered[0]!;
    return [
      {
        summary: `Short-term counselling reached session ${p.sessions} on ${longDate(last.date)} (the first was on ${longDate(first.date)}): decide with the client whether to finish, extend, or return to the waiting list.`,
        from: first.date,
        to: last.date,
        evidence: delivered.map((s) => s.id),
        staffId: null,
      },
    ];
  },
});
