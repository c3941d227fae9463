// Timing: every operation runs on the encrypted store and on its unencrypted twin in turn (so a
// burst of load from another process hits both alike), after warm-up runs that are not counted.
export interface Samples {
  readonly encrypted: number[];
  readonly plain: number[];
}

export const median = (xs: readonly number[]): number => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function timeOnce(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Runs `warmUp` uncounted rounds and `runs` counted ones, each round encrypted then unencrypted. */
export async function timePair(
  runs: number,
  warmUp: number,
  encrypted: (round: number) => unknown,
  plain: (round: number) => unknown,
): Promise<Samples> {
  const samples: Samples = { encrypted: [], plain: [] };
  for (let round = 0; round < warmUp + runs; round++) {
    const e = await timeOnce(() => encrypted(round));
    const p = await timeOnce(() => plain(round));
    if (round >= warmUp) {
      samples.encrypted.push(e);
      samples.plain.push(p);
    }
  }
  return samples;
}

export function timeSingle(runs: number, warmUp: number, work: () => unknown): Promise<number[]> {
  return timePair(runs, warmUp, work, () => undefined).then((s) => s.encrypted);
}
