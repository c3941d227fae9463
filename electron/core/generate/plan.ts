// The whole generated organisation as data, before anything is written: the cast, the cases,
// the situations each case holds and every record, in the order they happened. Pure and
// deterministic: the same options give the same plan, record for record and id for id.
import { planBackground } from './background';
import { CasePlanner } from './case-planner';
import { planCast, type Cast } from './cast';
import { planCases, type PlannedCase } from './cases-plan';
import { dayOf } from './days';
import { idsInWritingOrder } from './ids';
import type { PlannedRecord } from './kit';
import { Prng } from './prng';
import { allocate, orgShape, zipfWeights, type OrgShape } from './shape';
import { SITUATIONS, type SituationKind } from './situations';

export interface PlanOptions {
  /** 1 is SPEC section 8's organisation; 0.1, 0.01 and 0.001 are smaller copies of it. */
  readonly scale: number;
  readonly seed?: number;
  /** The last day with records (YYYY-MM-DD); fixed by default, so a plan never depends on today. */
  readonly until?: string;
}

export const DEFAULT_SEED = 20_260_801;
export const DEFAULT_UNTIL = '2026-10-30';

export interface OrgPlan {
  readonly shape: OrgShape;
  readonly seed: number;
  readonly until: string;
  readonly cast: Cast;
  readonly cases: readonly PlannedCase[];
  /** Which cases hold which situations, by case index. */
  readonly situations: ReadonlyMap<number, readonly SituationKind[]>;
  /** Every record, in time order, its id ascending with it (ids.ts). */
  readonly records: readonly PlannedRecord[];
}

/** Picks each situation's cases: active ones of the right service, heavy ones only if nothing else fits. */
function assignSituations(cases: readonly PlannedCase[], rng: Prng): Map<number, SituationKind[]> {
  const held = new Map<number, SituationKind[]>();
  const heavy = Math.max(1, Math.round(cases.length * 0.02));
  for (const def of SITUATIONS) {
    const r = rng.fork(`situation ${def.kind}`);
    const clash = (i: number) => (def.kind === 'pairing' || def.kind === 'repairing') && (held.get(i) ?? []).some((k) => k === 'pairing' || k === 'repairing');
    const eligible = cases.filter((c) => c.status === 'active' && def.eligible(c) && !clash(c.index));
    const light = eligible.filter((c) => c.rank > heavy);
    const pool = r.shuffle(light).concat(r.shuffle(eligible.filter((c) => c.rank <= heavy)));
    for (const c of pool.slice(0, Math.max(1, Math.round(def.rate * cases.length)))) held.set(c.index, [...(held.get(c.index) ?? []), def.kind]);
  }
  return held;
}

export function planOrganisation(options: PlanOptions): OrgPlan {
  const shape = orgShape(options.scale);
  const seed = options.seed ?? DEFAULT_SEED;
  const until = options.until ?? DEFAULT_UNTIL;
  const untilDay = dayOf(until);
  const rng = new Prng(seed, 'organisation');
  const cast = planCast(shape, rng.fork('cast'));
  const cases = planCases(shape.clients, cast, rng.fork('cases'), untilDay);
  const situations = assignSituations(cases, rng.fork('situations'));
  const defs = (c: PlannedCase) => SITUATIONS.filter((d) => situations.get(c.index)?.includes(d.kind));
  const need = (key: 'contacts' | 'sessions' | 'complaints', floor: number) => cases.map((c) => defs(c).reduce((n, d) => n + d.needs[key], floor));
  const duration = (c: PlannedCase) => c.endDay - c.startDay + 1;
  const byRank = (s: number) => {
    const w = zipfWeights(cases.length, s);
    return cases.map((c) => w[c.rank - 1]!);
  };
  const contactWeights = byRank(1);
  const sessionWeights = byRank(0.5).map((w, i) => (cases[i]!.service === 'information_advice' ? 0 : w * duration(cases[i]!)));
  const quotas = {
    contacts: allocate(shape.contacts, contactWeights, need('contacts', Math.min(10, Math.floor(shape.contacts / shape.clients / 2)))),
    sessions: allocate(shape.sessions, sessionWeights, need('sessions', 0)),
    complaints: allocate(shape.complaints, byRank(1), need('complaints', 0)),
  };
  const records: PlannedRecord[] = [];
  for (const c of cases) {
    const planner = new CasePlanner(c, cast, rng.fork(`case ${c.index}`), untilDay);
    for (const def of defs(c)) def.plan(planner);
    planBackground(planner, { contacts: quotas.contacts[c.index]!, sessions: quotas.sessions[c.index]!, complaints: quotas.complaints[c.index]! });
    for (const r of planner.records) records.push(r);
  }
  records.sort((a, b) => (a.input.occurredAt < b.input.occurredAt ? -1 : a.input.occurredAt > b.input.occurredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { shape, seed, until, cast, cases, situations, records: idsInWritingOrder(records) };
}
