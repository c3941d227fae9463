// Crash safety (issue 8, item 3): a child process writes through the core API and is killed with
// SIGKILL at a random moment, again and again, on one store; after every kill the store must
// open, unlock, pass its integrity check, hold every write the child reported committed (and no
// part of an unfinished transaction) and verify its audit chain. THRESHOLD_CRASH_RUNS sets the
// number of kills (50 by default; THRESHOLD_CRASH_RUNS=1000 for the long run).
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import { storePaths } from '../../../electron/core/store/paths';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { DIRECTOR, ORGANISATION, ok, tempDir } from '../support/temp-store';
import { emptyTally, verifyAfterKill, type CrashStore } from './verify-store';
import { buildWriter, spawnWriter, type Writer } from './writer-process';
import type { WriterOrders } from './writer-protocol';

const RUNS = Number(process.env.THRESHOLD_CRASH_RUNS ?? 50);
/** Longest a child writes before it is killed; most kills land inside or between transactions. */
const MAX_WRITING_MS = 300;
/** Some kills land earlier, while the child opens, takes the lock and unlocks. */
const OPENING_SHARE = 0.15;
const MAX_OPENING_MS = 700;

const temp = tempDir('threshold-crash-');
let writerFile: { file: string; remove(): void } | undefined;
let store: CrashStore;
let orders: Omit<WriterOrders, 'run'>;
const spawned: Writer[] = [];

beforeAll(async () => {
  writerFile = await buildWriter();
  const dir = join(temp.dir, 'store');
  const core = openCore({ storeDir: dir });
  try {
    await ok(core, 'session.setup', { organisation: ORGANISATION, director: DIRECTOR });
    const tutor = await ok(core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
    const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
    const open = (clientName: string) => ok(core, 'cases.create', { clientName, service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
    const records = await open('Amira Haddad');
    const imports = await open('Yusuf Haddad');
    orders = { storeDir: dir, login: DIRECTOR.login, passphrase: DIRECTOR.passphrase, caseId: records.id, importCaseId: imports.id, clientId: records.clientId, tutorId: tutor.id };
  } finally {
    core.close();
  }
  const paths = storePaths(dir);
  const vault = await unlockVault(paths, DIRECTOR.login, DIRECTOR.passphrase);
  store = { paths, masterKey: Buffer.from(vault.masterKey), login: DIRECTOR.login, passphrase: DIRECTOR.passphrase, caseId: orders.caseId, importCaseId: orders.importCaseId };
  closeVault(vault);
});

afterAll(async () => {
  await Promise.all(spawned.map((w) => w.kill()));
  writerFile?.remove();
  temp.remove();
});

function nextWriter(): Writer {
  const writer = spawnWriter(writerFile!.file);
  spawned.push(writer);
  return writer;
}

describe('crash safety', () => {
  it(
    `loses nothing committed across ${RUNS} SIGKILLs of a writing process`,
    async () => {
      const tally = emptyTally();
      const started = performance.now();
      let writing = 0;
      const spent = { waitingForLoad: 0, opening: 0, checking: 0 };
      let next = nextWriter();
      for (let run = 1; run <= RUNS; run++) {
        const writer = next;
        let mark = performance.now();
        await writer.loaded;
        spent.waitingForLoad += performance.now() - mark;
        mark = performance.now();
        writer.start({ ...orders, run });
        const whileOpening = Math.random() < OPENING_SHARE;
        if (whileOpening) {
          await sleep(randomInt(0, MAX_OPENING_MS));
        } else {
          expect(await writer.ready, `run ${run}: the writer did not unlock: ${writer.report.failures.join('; ')} ${writer.stderr()}`).toBe(true);
          spent.opening += performance.now() - mark;
          await sleep(randomInt(0, MAX_WRITING_MS));
          writing++;
        }
        const signal = await writer.kill();
        next = nextWriter(); // loads the core while this run is checked
        expect(signal, `run ${run}: the writer ended by itself: ${writer.report.failures.join('; ')} ${writer.stderr()}`).toBe('SIGKILL');
        expect(writer.report.failures, `run ${run}`).toEqual([]);
        if (!whileOpening) expect(existsSync(store.paths.lock), `run ${run}: the killed writer left its lock`).toBe(true);
        mark = performance.now();
        await verifyAfterKill(store, tally, writer.report, run);
        spent.checking += performance.now() - mark;
      }
      const seconds = (performance.now() - started) / 1000;
      console.info(
        `crash loop: ${RUNS} kills (${writing} while writing) in ${seconds.toFixed(1)} s; ${tally.versions.size} records reported committed, ${tally.records} stored, ${tally.imported} imported contacts, ${tally.auditRows} audit rows; ` +
          `mean per run: waiting for a loaded child ${(spent.waitingForLoad / RUNS).toFixed(0)} ms, child open+unlock ${(spent.opening / Math.max(writing, 1)).toFixed(0)} ms, check ${(spent.checking / RUNS).toFixed(0)} ms`,
      );
      // The loop really wrote: records, corrections and whole imports were committed and checked.
      expect(tally.versions.size).toBeGreaterThan(0);
      if (RUNS >= 20) expect(tally.imported).toBeGreaterThan(0);
    },
    120_000 + RUNS * 10_000,
  );
});
