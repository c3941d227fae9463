// A separate process for what must not share the benchmark's heap: the core's memory with the
// large store open (the core as the app runs it: openCore, unlock, the dashboard and a heavy
// case's review), and the CPU profile of the dashboard (run under node --cpu-prof).
// Usage: probe.ts STORE_DIR HEAVY_CASE_ID AS_OF memory|profile
import { openCore } from '../../electron/core';
import { GENERATED_DIRECTOR, GENERATED_PASSPHRASE } from '../../electron/core/generate';
import { peakRssMB } from './peak-rss';

const [dir, caseId, asOf, mode] = process.argv.slice(2);
if (!dir || !caseId || !asOf || (mode !== 'memory' && mode !== 'profile')) throw new Error('usage: probe.ts STORE_DIR HEAVY_CASE_ID AS_OF memory|profile');

const MB = 1024 * 1024;
const samples: { after: string; rssMB: number; heapUsedMB: number; heapTotalMB: number; externalMB: number }[] = [];
const sample = (after: string) => {
  const m = process.memoryUsage();
  samples.push({ after, rssMB: m.rss / MB, heapUsedMB: m.heapUsed / MB, heapTotalMB: m.heapTotal / MB, externalMB: m.external / MB });
};

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

sample('start (modules loaded)');
const core = openCore({ storeDir: dir });
await must(core.invoke('session.unlock', { login: GENERATED_DIRECTOR.login, passphrase: GENERATED_PASSPHRASE }));
sample('unlock');
const rounds = mode === 'profile' ? 2 : 1;
for (let i = 0; i < rounds; i++) {
  await must(core.invoke('flags.dashboard', { asOf }));
  sample('flags.dashboard');
}
if (mode === 'memory') {
  await must(core.invoke('chronology.list', { caseId }));
  await must(core.invoke('flags.forCase', { caseId, asOf }));
  sample('heavy case review');
  await must(core.invoke('flags.dashboard', { asOf }));
  sample('flags.dashboard again');
}
core.close();
const peak = (key: 'rssMB' | 'heapUsedMB' | 'heapTotalMB') => Math.max(...samples.map((s) => s[key]));
process.stdout.write(
  `${JSON.stringify({ samples, peakRssMB: peakRssMB() ?? peak('rssMB'), peakSampledRssMB: peak('rssMB'), peakHeapUsedMB: peak('heapUsedMB'), peakHeapTotalMB: peak('heapTotalMB'), baselineRssMB: samples[0]!.rssMB })}\n`,
);
