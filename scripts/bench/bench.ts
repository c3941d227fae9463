// npm run bench: SPEC section 8's workload on a generated organisation at 1/100, 1/10 and full
// size, each operation timed on the encrypted store and on its unencrypted twin in the same run.
// Options: --scales 0.01,0.1,1  --runs N  --root DIR (default /tmp/threshold-bench)  --reuse
// (keep and reuse the generated stores)  --no-profile  --import-rows N  --out FILE  --no-renderer
// --renderer-records N (the Chromium run over the built renderer: `npm run build` first).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Session } from '../../electron/core/auth/session';
import { GENERATED_DIRECTOR, GENERATED_PASSPHRASE } from '../../electron/core/generate';
import { storePaths } from '../../electron/core/store/paths';
import { forgetMemos } from '../../electron/core/store/memo';
import { loadSqlite } from '../../electron/core/store/sqlite';
import { bundleProbe, runChild, runPlainNode, workStores, type Built } from './build';
import { openPlain } from './plain';
import { formatProfile, summariseProfile, type ProfileSummary } from './profile-summary';
import { formatGrowth, formatTable, jsonOf, machine, notOffered, op, scaleLabel, writeJson, type ScaleResult } from './report';
import { formatRenderer, rendererAtScale } from './renderer-ops';
import { encryptedRouter, plainRouter } from './targets';
import { fullUnlockSamples, kdfSamples, unlockWithoutKdfSamples } from './unlock-ops';
import { dashboardAfterWriteSamples, dashboardColdSamples, dashboardSamples, exportSamples, reviewAgainSamples, importSamples, letterSamples, packSamples, reviewSamples, storeFacts, type StoreFacts } from './workload-ops';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '0.01,0.1,1' },
    runs: { type: 'string', default: '5' },
    root: { type: 'string', default: '/tmp/threshold-bench' },
    reuse: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '100000' },
    out: { type: 'string', default: 'reports/bench.json' },
    'no-renderer': { type: 'boolean', default: false },
    'renderer-records': { type: 'string', default: '50000' },
  },
});
const scales = values.scales.split(',').map(Number);
const runs = Number(values.runs);
const importRows = Number(values['import-rows']);
const clock = { now: () => new Date() };
const MEMORY_TARGET_MB = 400;

interface Memory {
  readonly samples: readonly { readonly after: string; readonly rssMB: number }[];
  readonly peakRssMB: number;
  readonly peakHeapUsedMB: number;
  readonly peakHeapTotalMB: number;
  readonly baselineRssMB: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function heading(scale: number, built: Built, facts: StoreFacts): string {
  const s = built.summary;
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  return [
    `Scale ${scaleLabel(scale)}: ${s.cases} clients, ${s.records} records (${s.byType.contact ?? 0} contacts, ${s.byType.session ?? 0} sessions, ${s.byType.complaint ?? 0} complaints); heaviest case ${facts.heavyCase.reference} with ${facts.heavyCase.records} records`,
    `  store ${mb(built.bytes.encrypted)} encrypted, ${mb(built.bytes.plain)} unencrypted; ${built.reused ? 'reused from an earlier run (built in' : 'generated in'} ${built.seconds.generate.toFixed(0)} s (generator: plan ${s.seconds.plan.toFixed(0)} s, users ${s.seconds.people.toFixed(0)} s, records ${s.seconds.records.toFixed(0)} s, peak RSS ${s.peakRssMB.toFixed(0)} MB), twin in ${built.seconds.twin.toFixed(0)} s${built.reused ? ')' : ''}`,
  ].join('\n');
}

async function profileDashboard(encDir: string, facts: StoreFacts, asOf: string): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(values.root, 'profile-'));
  try {
    await runChild(['scripts/bench/probe.ts', encDir, facts.heavyCase.id, asOf, 'profile'], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
    // Only samples under the router's call (the two dashboard calls): not startup, not unlocking.
    return summariseProfile(join(dir, file), { under: /^run@electron\/core\/router\.ts:/, top: 15 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchScale(scale: number): Promise<ScaleResult> {
  log(`\n== scale ${scaleLabel(scale)}: building the stores...`);
  const stores = await workStores(values.root, scale, values.reuse);
  const paths = storePaths(stores.encDir);
  const session = new Session(paths, clock);
  await session.unlock({ login: GENERATED_DIRECTOR.login, passphrase: GENERATED_PASSPHRASE });
  session.setAutoLockMinutes(240);
  const { vault, user } = session.require();
  const plainDb = openPlain(stores.plainPath);
  try {
    const pair = { encrypted: encryptedRouter(session, clock), plain: plainRouter(session, clock, plainDb) };
    const facts = storeFacts(vault.db);
    const asOf = stores.built.summary.until;
    const slowRuns = scale >= 1 ? Math.min(runs, 3) : runs;
    log('   unlock...');
    const kdf = await kdfSamples(3);
    const full = await fullUnlockSamples(3, paths, clock);
    const noKdf = await unlockWithoutKdfSamples(runs * 2, paths, Buffer.from(vault.masterKey), stores.plainPath, user.id);
    log('   dashboard...');
    const forget = { encrypted: () => forgetMemos(vault.db), plain: () => forgetMemos(plainDb) };
    const dashboardCold = await dashboardColdSamples(pair, slowRuns, asOf, forget);
    const dashboardWrite = await dashboardAfterWriteSamples(pair, runs, asOf, facts.exportCaseIds);
    const dashboard = await dashboardSamples(pair, runs, asOf);
    log('   heavy case review...');
    const review = await reviewSamples(pair, runs, facts.heavyCase.id, asOf);
    const reviewAgain = await reviewAgainSamples(pair, runs, facts.heavyCase.id, asOf);
    log('   letter PDF...');
    const letter = await letterSamples(pair, runs, facts.bySize);
    log('   review pack...');
    const pack = await packSamples(pair, slowRuns, facts.heavyCase.id, 'significant');
    const packAll = await packSamples(pair, Math.min(slowRuns, 2), facts.heavyCase.id, 'all');
    log('   bundle export...');
    const exported = await exportSamples(pair, slowRuns, facts.exportCaseIds);
    log('   memory (separate process)...');
    const memory = JSON.parse(await runPlainNode(await bundleProbe(), [stores.encDir, facts.heavyCase.id, asOf, 'memory'])) as Memory;
    log('   dashboard CPU profile (separate process)...');
    const profile = values['no-profile'] ? null : await profileDashboard(stores.encDir, facts, asOf);
    log(`   contact import (${importRows} rows, last: it adds to the store)...`);
    const imported = await importSamples(pair, Math.min(runs, 3), facts, importRows);
    const ops = [
      op('unlock: key derivation alone (scrypt, N=2^17)', null, kdf, 'deliberate; reported apart'),
      op('unlock: session.unlock in full (KDF included)', null, full),
      op('unlock without the KDF (open, key, checks, migrate, user)', null, noKdf),
      op('dashboard of all flagged cases, first after unlock (every case read and evaluated)', 300, dashboardCold, 'cold: once per unlock and day'),
      op('a record added to one case, then the dashboard (that case evaluated again)', 300, dashboardWrite),
      op('the dashboard again, nothing changed', null, dashboard),
      op(`a record added to the heavy case, then its review (chronology.list + flags.forCase + checklist.get, ${facts.heavyCase.records} records)`, 30, review),
      op('the same review opened again, nothing changed', null, reviewAgain),
      op(`bundles.export of ${facts.exportRecords} records (${facts.exportCaseIds.length} cases)`, null, exported),
      op(`contacts.import of ${importRows} CSV rows`, 3000, imported),
      ...(letter
        ? [op(`letters.draft of a ${letter.type} (reasons from the evidence)`, null, letter.draft), op(`a letter PDF (letters.preview of that ${letter.type})`, 250, letter.pdf)]
        : [notOffered('a letter PDF', 250)]),
      op(`review pack with its contact chart, significant events (documents.reviewPack)`, 1500, pack),
      op(`review pack with every record in the chronology`, null, packAll),
    ];
    return { scale, heading: heading(scale, stores.built, facts), ops, memory, profile, facts: { ...facts, staffNames: undefined, bySize: undefined, built: stores.built } };
  } finally {
    plainDb.close();
    session.lock();
    stores.remove();
  }
}

function memoryLine(memory: unknown): string {
  const m = memory as Memory;
  const verdict = m.peakRssMB < MEMORY_TARGET_MB ? 'met' : 'MISSED';
  const after = Math.max(...m.samples.slice(2).map((x) => x.rssMB));
  return [
    `Core memory (the bundled core in its own Node process: openCore, unlock, dashboard, heavy case review, dashboard): peak RSS ${m.peakRssMB.toFixed(0)} MB (target < ${MEMORY_TARGET_MB} MB: ${verdict});`,
    `  RSS sampled after the operations up to ${after.toFixed(0)} MB; peak heap used ${m.peakHeapUsedMB.toFixed(0)} MB, heap committed ${m.peakHeapTotalMB.toFixed(0)} MB; RSS before opening the store ${m.baselineRssMB.toFixed(0)} MB (Node and the bundled core); unlocking's scrypt needs 128 MB for a moment.`,
  ].join('\n');
}

const results: ScaleResult[] = [];
for (const scale of scales) {
  const result = await benchScale(scale);
  results.push(result);
  process.stdout.write(`\n${formatTable(result)}\n${memoryLine(result.memory)}\n`);
  if (result.profile) process.stdout.write(`Dashboard CPU profile at ${scaleLabel(scale)} (node --cpu-prof, samples under the router's call):\n${formatProfile(result.profile as ProfileSummary)}\n`);
}
process.stdout.write(`\n${formatGrowth(results)}\n`);
log('\n== renderer: a 50,000-record chronology in Chromium...');
const renderer = values['no-renderer'] ? null : await rendererAtScale(Number(values['renderer-records']), 5);
if (renderer) process.stdout.write(`\n${formatRenderer(renderer)}\n`);
const Sqlite = loadSqlite();
const versions = new Sqlite(':memory:');
const sqlite = (versions.prepare('SELECT sqlite3mc_version() AS v').get() as { v: string }).v;
versions.close();
writeJson(values.out, { when: new Date().toISOString(), machine: machine(sqlite), options: { scales, runs, importRows }, scales: results.map(jsonOf), renderer });
process.stdout.write(`\nMachine: ${JSON.stringify(machine(sqlite))}\nWritten to ${values.out}.\n`);
