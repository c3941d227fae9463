// SESS-1 missed sessions: 3 planned sessions, each not attended or cancelled by the client without
// due cause, with the third before the first + 3 calendar months (from 15 January: 14 April
// counts, 15 April does not); or, as a setting, 3 consecutive missed sessions. Sue Lambert Trust
// 4.5 ("Where a client cancels appointments frequently without due cause ... when the client has
// failed to attend a minimum of 3 planned sessions during any 3 month period"). Policy numbers.
// Cancellations with due cause or by the service and technology failures are never missed
// sessions; in the consecutive rule they neither count nor break a run, and an attended session
// breaks it. Sessions still planned have not happened and are left out.
import { longDate } from '../dates';
import { choice, COUNSELLING, defineFlag, integer, POLICY, type NewFinding } from '../flag';
import { recordsOf, type RecordOf } from '../model';
import { beforeMonths, episodes } from '../windows';

type Session = RecordOf<'session'>;

const list = (items: readonly string[]): string => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

/** Not attended, or cancelled by the client without due cause. */
export const isMissed = (s: Session): boolean => s.details.outcome === 'did_not_attend' || s.details.outcome === 'cancelled_by_client_without_due_cause';

/** Maximal runs of missed sessions that no attended session interrupts. */
function missedRuns(sessions: readonly Session[]): Session[][] {
  const runs: Session[][] = [[]];
  for (const s of sessions) {
    if (s.details.outcome === 'attended') runs.push([]);
    else if (isMissed(s)) runs.at(-1)!.push(s);
  }
  return runs;
}

export const sess1 = defineFlag({
  id: 'SESS-1',
  title: 'Missed sessions',
  definition: '3 planned sessions not attended or cancelled by the client without due cause, the third before the first + 3 calendar months; or, as a setting, 3 consecutive missed sessions.',
  citation: { policy: POLICY.sueLambert, section: '4.5 Counselling services' },
  services: { default: COUNSELLING, origin: 'policy' },
  params: {
    rule: choice('Rule', 'in_period', 'policy', [
      { value: 'in_period', label: 'Missed sessions within a number of calendar months' },
      { value: 'consecutive', label: 'Consecutive missed sessions' },
    ]),
    count: integer('Missed sessions', 3, 'policy', 'sessions', 2, 50),
    months: integer('Within', 3, 'policy', 'months', 1, 36),
  },
  evaluate(c, p) {
    const sessions = recordsOf(c, 'session');
    const found: { items: readonly Session[]; from: string; to: string }[] =
      p.rule === 'consecutive'
        ? missedRuns(sessions)
            .filter((run) => run.length >= p.count)
            .map((run) => ({ items: run, from: run[0]!.date, to: run.at(-1)!.date }))
        : episodes(sessions.filter(isMissed), beforeMonths(p.months), (w) => w.length >= p.count);
    return found.map((e): NewFinding => {
      const dates = list(e.items.map((s) => longDate(s.date)));
      const how = p.rule === 'consecutive' ? `${e.items.length} consecutive planned sessions were missed` : `${e.items.length} planned sessions were missed`;
      const within = p.rule === 'consecutive' ? '' : `, at least ${p.count} of them within ${p.months} calendar months`;
      return {
        summary: `${how} (not attended, or cancelled by the client without due cause) on ${dates}${within}.`,
        from: e.from,
        to: e.to,
        evidence: e.items.map((s) => s.id),
        staffId: null,
      };
    });
  },
});
