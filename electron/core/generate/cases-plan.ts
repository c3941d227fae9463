// The generated cases: who each client is, the service, the people around the case, when it
// started and whether it is still open, and how heavy it is (its Zipf rank: 1 is the heaviest).
// Heavy cases are long-running and open; about one case in seven has been closed.
import type { Service } from '../contract';
import type { Cast, CastUser } from './cast';
import { dateOf, instantOf } from './days';
import { personName, phoneNumber, postalAddress } from './names';
import type { Prng } from './prng';

export interface PlannedClientSide {
  readonly id: string;
  readonly fullName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
}

export interface PlannedCase {
  /** Position in the plan, which is also the order the cases were opened in. */
  readonly index: number;
  readonly id: string;
  readonly reference: string;
  readonly client: PlannedClientSide;
  readonly student: PlannedClientSide | null;
  readonly service: Service;
  readonly status: 'active' | 'closed' | 'withdrawn';
  /** The first and last day with records (day numbers, see days.ts). */
  readonly startDay: number;
  readonly endDay: number;
  readonly createdAt: string;
  readonly allocatedWorkerId: string;
  readonly manager: CastUser;
  readonly mentorId: string | null;
  readonly boundariesExplainedOn: string | null;
  /** 1 = the heaviest case. */
  readonly rank: number;
}

/** Three years of history up to the last day. */
export const HISTORY_DAYS = 1095;
/** Every case runs at least this long, so each situation has room around it. */
export const MIN_CASE_DAYS = 150;

const SERVICE_MIX: readonly (readonly [Service, number])[] = [
  ['online_tuition', 30],
  ['in_practice_tuition', 20],
  ['counselling_open_ended', 20],
  ['counselling_short_term', 15],
  ['information_advice', 15],
];
/** The first cases cover every service, so even the smallest scale has each. */
const FIRST_SERVICES: readonly Service[] = ['online_tuition', 'counselling_open_ended', 'information_advice', 'in_practice_tuition', 'counselling_short_term'];

export const isTuition = (s: Service): boolean => s === 'online_tuition' || s === 'in_practice_tuition';
export const isCounselling = (s: Service): boolean => s === 'counselling_open_ended' || s === 'counselling_short_term';

function workerPool(cast: Cast, service: Service): readonly string[] {
  if (isTuition(service)) return cast.tutors;
  if (isCounselling(service)) return cast.counsellors;
  return cast.supportWorkers;
}

function clientSide(rng: Prng, fullName: string): PlannedClientSide {
  const [first = 'client', last = ''] = fullName.toLowerCase().split(' ');
  return {
    id: rng.uuid(),
    fullName,
    phone: rng.chance(0.7) ? phoneNumber(rng) : null,
    email: rng.chance(0.6) ? `${first}.${last}@example.org` : null,
    address: rng.chance(0.8) ? postalAddress(rng) : null,
  };
}

export function planCases(count: number, cast: Cast, rng: Prng, untilDay: number): PlannedCase[] {
  const first = untilDay - HISTORY_DAYS;
  const heavy = Math.max(1, Math.round(count * 0.02));
  const ranks = rng.shuffle(Array.from({ length: count }, (_, i) => i + 1));
  // Heavy cases have been open from early on; the rest started at any time.
  const drafts = ranks
    .map((rank) => ({ rank, startDay: rank <= heavy ? first + rng.int(0, 90) : rng.int(first, untilDay - MIN_CASE_DAYS), tie: rng.nextUint32() }))
    .sort((a, b) => a.startDay - b.startDay || a.tie - b.tie);
  return drafts.map(({ rank, startDay }, index): PlannedCase => {
    const c = rng.fork(`case-people ${index}`);
    const service = FIRST_SERVICES[index] ?? c.weighted(SERVICE_MIX);
    const closable = rank > heavy && startDay < untilDay - 2 * MIN_CASE_DAYS && c.chance(0.15);
    const endDay = closable ? c.int(startDay + MIN_CASE_DAYS, untilDay - 60) : untilDay;
    const client = clientSide(c, personName(c));
    const surname = client.fullName.split(' ').at(-1) ?? '';
    const student = isTuition(service) && c.chance(0.7) ? clientSide(c, `${personName(c).split(' ')[0]} ${surname}`) : null;
    return {
      index,
      id: c.uuid(),
      reference: `TH-${String(index + 1).padStart(4, '0')}`,
      client,
      student: student && student.fullName !== client.fullName ? student : null,
      service,
      status: closable ? (c.chance(0.8) ? 'closed' : 'withdrawn') : 'active',
      startDay,
      endDay,
      createdAt: instantOf(startDay - 1, c.int(0, 600)),
      allocatedWorkerId: c.pick(workerPool(cast, service)),
      manager: c.pick(cast.managers),
      mentorId: isTuition(service) && c.chance(0.5) ? c.pick(cast.mentors) : null,
      boundariesExplainedOn: c.chance(0.8) ? dateOf(startDay + c.int(0, 14)) : null,
      rank,
    };
  });
}

/** Another worker of the case's kind (cover for a session, a second opinion). */
export function otherWorker(cast: Cast, kase: PlannedCase, rng: Prng): string {
  return rng.pick(workerPool(cast, kase.service));
}
