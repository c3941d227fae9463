// PAIR-1 isolated pair forming: in some 28-day window, at least 5 contacts (either direction;
// sessions are not contacts), at least 70% of them with one frontline worker, and at most 1 with
// a client manager, a mentor or the main desk. Westcountry SEN, client contact and pairing: the
// client may "want to move to just working with the tutor and not engage with anyone else", and
// a tutor may "fear engaging with Mentors, Client Managers and the main reception desk". Threshold's
// numbers. The conditions are not monotone (a later contact can lower the share), so every window
// start day is tried rather than one window per contact.
import { isFrontline, isWithGroup, type Contact } from '../contacts';
import { addDays, daysFrom, longDate } from '../dates';
import { defineFlag, integer, POLICY, TUITION, type NewFinding, type ParamValues } from '../flag';
import { recordsOf, staffName, type AnalysisCase } from '../model';

const PARAMS = {
  windowDays: integer('Window', 28, 'threshold', 'days', 1, 366),
  minContacts: integer('Contacts in the window, at least', 5, 'threshold', 'contacts', 1, 1000),
  sharePercent: integer('Share with one frontline worker, at least', 70, 'threshold', '%', 1, 100),
  maxGroupContacts: integer('With a client manager, mentor or the main desk, at most', 1, 'threshold', 'contacts', 0, 1000),
};

export type Pair1Params = ParamValues<typeof PARAMS>;

/** PAIR-1's default parameters (PAIR-4 looks for PAIR-1 windows with these). */
export const pair1Defaults: Pair1Params = {
  windowDays: PARAMS.windowDays.default,
  minContacts: PARAMS.minContacts.default,
  sharePercent: PARAMS.sharePercent.default,
  maxGroupContacts: PARAMS.maxGroupContacts.default,
};

/** A satisfying window: its start as days after the first contact's date, and its contacts lo..hi. */
interface Span {
  readonly workerId: string;
  readonly start: number;
  readonly lo: number;
  readonly hi: number;
  readonly withWorker: number;
  readonly withGroup: number;
}

/** Running counts: counts[i] is how many of the first i items pass. */
function prefixCounts<T>(items: readonly T[], pass: (item: T) => boolean): number[] {
  const counts = [0];
  for (const item of items) counts.push(counts.at(-1)! + (pass(item) ? 1 : 0));
  return counts;
}

/** Every satisfying window, per frontline worker, tried at every start day that can hold a contact. */
function spans(c: AnalysisCase, ks: readonly Contact[], p: Pair1Params, onlyWorkerId?: string): Span[] {
  const first = ks[0];
  if (!first) return [];
  const offsets = new Map<string, number>();
  const day = ks.map((k) => offsets.get(k.date) ?? offsets.set(k.date, daysFrom(first.date, k.date)).get(k.date)!);
  const group = prefixCounts(ks, (k) => isWithGroup(c, k));
  const workers = [...new Set(ks.flatMap((k) => k.details.staffParties))].filter((id) => isFrontline(c, id) && (onlyWorkerId === undefined || id === onlyWorkerId));
  const found: Span[] = [];
  for (const workerId of workers) {
    const withW = prefixCounts(ks, (k) => k.details.staffParties.includes(workerId));
    let lo = 0;
    let hi = -1;
    for (let start = 1 - p.windowDays; start <= day.at(-1)!; start++) {
      while (lo < ks.length && day[lo]! < start) lo++;
      while (hi + 1 < ks.length && day[hi + 1]! <= start + p.windowDays - 1) hi++;
      const n = hi - lo + 1;
      if (n < p.minContacts) continue;
      const withWorker = withW[hi + 1]! - withW[lo]!;
      const withGroup = group[hi + 1]! - group[lo]!;
      if (withWorker * 100 >= p.sharePercent * n && withGroup <= p.maxGroupContacts) found.push({ workerId, start, lo, hi, withWorker, withGroup });
    }
  }
  return found;
}

export interface Pair1Window {
  readonly workerId: string;
  /** The window's first and last London dates (start + window days − 1). */
  readonly start: string;
  readonly end: string;
  readonly contactIds: readonly string[];
}

/** Every window (one per start day) in which PAIR-1 holds, per frontline worker (or for one). */
export function pair1Windows(c: AnalysisCase, p: Pair1Params, onlyWorkerId?: string): Pair1Window[] {
  const ks = recordsOf(c, 'contact');
  const base = ks[0]?.date ?? '';
  const dates = new Map<number, string>();
  const dateAt = (offset: number): string => dates.get(offset) ?? dates.set(offset, addDays(base, offset)).get(offset)!;
  return spans(c, ks, p, onlyWorkerId).map((s) => ({
    workerId: s.workerId,
    start: dateAt(s.start),
    end: dateAt(s.start + p.windowDays - 1),
    contactIds: ks.slice(s.lo, s.hi + 1).map((k) => k.id),
  }));
}

export const pair1 = defineFlag({
  id: 'PAIR-1',
  title: 'Isolated pair forming',
  definition:
    'In some 28-day window: at least 5 contacts (either direction, sessions not counted), at least 70% of them with one frontline worker, and at most 1 with a client manager, mentor or the main desk.',
  citation: { policy: POLICY.pairing, section: 'The human motivation to pair and the risk of isolated relationships' },
  services: { default: TUITION, origin: 'policy' },
  params: PARAMS,
  evaluate(c, p) {
    const ks = recordsOf(c, 'contact');
    const findings: NewFinding[] = [];
    // Windows that overlap (the next starts on or before the last one's end) make one episode.
    const episodes: { first: Span; lo: number; hi: number; lastStart: number }[] = [];
    for (const s of spans(c, ks, p)) {
      const prev = episodes.at(-1);
      if (prev && prev.first.workerId === s.workerId && s.start <= prev.lastStart + p.windowDays - 1) {
        prev.hi = Math.max(prev.hi, s.hi);
        prev.lastStart = s.start;
      } else episodes.push({ first: s, lo: s.lo, hi: s.hi, lastStart: s.start });
    }
    for (const { first, lo, hi } of episodes) {
      // The sentence counts the whole episode, so it matches the evidence it links to.
      const inEpisode = ks.slice(lo, hi + 1);
      const withWorker = inEpisode.filter((k) => k.details.staffParties.includes(first.workerId)).length;
      const withGroup = inEpisode.filter((k) => isWithGroup(c, k)).length;
      const from = ks[lo]!.date;
      const to = ks[hi]!.date;
      findings.push({
        summary: `Between ${longDate(from)} and ${longDate(to)} an isolated pair may be forming with ${staffName(c, first.workerId)}: ${withWorker} of the ${inEpisode.length} contacts in that time (${Math.round((withWorker * 100) / inEpisode.length)}%) were with them and ${withGroup} with a client manager, mentor or the main desk.`,
        from,
        to,
        evidence: ks.slice(lo, hi + 1).map((k) => k.id),
        staffId: first.workerId,
      });
    }
    return findings;
  },
});
