// The generated organisation's size and shape. SPEC section 8's organisation is scale 1: 2,000
// clients, 500,000 contacts, 100,000 sessions, 5,000 complaints. Every total is met exactly at
// every scale; how it is spread over the cases is Zipf-like, so most cases are quiet and a few
// are heavy, as in a real service.

export const FULL_SIZE = { clients: 2000, contacts: 500_000, sessions: 100_000, complaints: 5000 } as const;

export interface OrgShape {
  readonly scale: number;
  readonly clients: number;
  readonly contacts: number;
  readonly sessions: number;
  readonly complaints: number;
  /** Staff who are not users, by role. */
  readonly tutors: number;
  readonly counsellors: number;
  readonly supportWorkers: number;
  readonly mentors: number;
  readonly reception: number;
  /** Users besides the director (each costs a real key derivation when created). */
  readonly clientManagers: number;
}

export function orgShape(scale: number): OrgShape {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new RangeError('The scale must be above 0 and at most 1 (1, 0.1, 0.01, ...).');
  const of = (n: number, min: number): number => Math.max(min, Math.round(n * scale));
  return {
    scale,
    clients: of(FULL_SIZE.clients, 1),
    contacts: of(FULL_SIZE.contacts, 0),
    sessions: of(FULL_SIZE.sessions, 0),
    complaints: of(FULL_SIZE.complaints, 0),
    tutors: of(60, 3),
    counsellors: of(40, 2),
    supportWorkers: of(15, 1),
    mentors: of(10, 1),
    reception: of(4, 1),
    clientManagers: of(12, 2),
  };
}

/** Zipf weights: the case of rank r (1-based) weighs 1 / r^s. */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
}

/**
 * Splits `total` into whole shares by weight (largest remainder), on top of what each part
 * already needs: every part gets at least `need[i]`, and the shares add up to `total` exactly.
 */
export function allocate(total: number, weights: readonly number[], need: readonly number[] = []): number[] {
  const base = weights.map((_, i) => need[i] ?? 0);
  const left = total - base.reduce((a, b) => a + b, 0);
  if (left < 0) throw new RangeError(`The plan needs ${total - left} but only ${total} are to be generated.`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) {
    if (left > 0) throw new RangeError('Nothing to allocate to.');
    return base;
  }
  const exact = weights.map((w) => (w / sum) * left);
  const shares = exact.map(Math.floor);
  let rest = left - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    shares[i]!++;
  }
  return base.map((b, i) => b + shares[i]!);
}
