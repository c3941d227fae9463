// No plaintext leaks after realistic work (issue 8, item 5): a client with a planted name, notes
// with planted text (one of them a safeguarding note), a contact import, a bundle exported by the
// command line, a lock and unlock, and a checkpoint. Afterwards neither the store folder (the
// database, its WAL and shared-memory files, the keyslot file, the lock file) nor any file
// created or changed in the OS temp folder while the test ran holds a planted string, in UTF-8
// or UTF-16LE. The exported bundle is plaintext by design: it is found at the --out path the
// user gave, and nowhere else.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core';
import { storePaths } from '../../../electron/core/store/paths';
import { changedSince, filesUnder, patterns, secretsIn } from '../support/leak-scan';
import { DIRECTOR, ORGANISATION, ok, tempDir } from '../support/temp-store';
import { HEADER, csv } from '../transfer/csv-fixture';

const CLIENT = 'Zephyrine Okonkwo-Abernethy';
const NOTE = 'Hollowmere kestrel inventory seven seven three one';
const ANALYSIS = 'Brindlecombe lantern hypothesis quietly declined';
const IMPORTED_NOTE = 'Wychbold tangerine voicemail about the Tuesday rota';
const SAFEGUARDING = 'Marrowgate disclosure during the Thursday session';
const SECRETS = [CLIENT, NOTE, ANALYSIS, IMPORTED_NOTE, SAFEGUARDING];
const WANTED = patterns(SECRETS);

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).reverse().forEach((f) => f()));

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Each file of the folder that holds a planted string, with the strings it holds. */
function leaksIn(files: Iterable<string>): Record<string, string[]> {
  const leaks: Record<string, string[]> = {};
  for (const file of files) {
    const found = secretsIn(file, WANTED);
    if (found.length) leaks[file] = found;
  }
  return leaks;
}

async function work(core: Core): Promise<{ caseId: string; reference: string }> {
  await ok(core, 'session.setup', { organisation: ORGANISATION, director: DIRECTOR });
  const tutor = await ok(core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
  const kase = await ok(core, 'cases.create', { clientName: CLIENT, service: 'counselling_open_ended', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
  const details = { medium: 'phone_call' as const, line: 'main_desk_phone' as const, direction: 'from_client_side' as const, clientParties: [kase.clientId], staffParties: [tutor.id], purpose: 'enquiry' as const };
  await ok(core, 'records.create', { caseId: kase.id, type: 'contact', occurredAt: '2026-10-01T09:00:00Z', fact: `${NOTE}; ${CLIENT} called.`, analysis: ANALYSIS, details });
  await ok(core, 'records.create', { caseId: kase.id, type: 'safeguarding_note', occurredAt: '2026-10-02T09:00:00Z', fact: SAFEGUARDING, details: { concern: 'risk_to_others', reportRequired: false } });
  const rows = [HEADER, ...Array.from({ length: 30 }, (_, i) => [`${String(3 + (i % 20)).padStart(2, '0')}/10/2026`, '10:15', 'Phone call', 'Inbound', 'Tom Pascoe', '4', `${IMPORTED_NOTE} (${i + 1})`])];
  expect(await ok(core, 'contacts.import', { caseId: kase.id, csv: csv(rows) })).toMatchObject({ imported: 30 });
  return { caseId: kase.id, reference: kase.reference };
}

describe('no plaintext leaks after realistic work', () => {
  it('keeps every planted name and note out of the store folder and the temp folder; the bundle is only where the user asked', { timeout: 120_000 }, async () => {
    const tempBefore = filesUnder(tmpdir());

    const store = tempDir('threshold-leak-store-');
    const exportsDir = mkdtempSync(join(tmpdir(), 'threshold-leak-exports-'));
    cleanups.push(store.remove, () => rmSync(exportsDir, { recursive: true, force: true }));
    const paths = storePaths(store.dir);

    let core = openCore({ storeDir: store.dir });
    const { caseId, reference } = await work(core);
    core.close();

    // The command line exports the case to the file the user names.
    const passFile = join(exportsDir, 'pass.txt');
    writeFileSync(passFile, `${DIRECTOR.passphrase}\n`, { mode: 0o600 });
    const bundleFile = join(exportsDir, 'asked-for.bundle.json');
    const exported = cli(['export-bundle', '--store', store.dir, '--login', DIRECTOR.login, '--passphrase-file', passFile, '--case', reference, '--out', bundleFile, '--json']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);

    // Back in the app: unlock, lock, unlock again, and more work while the WAL holds it.
    core = openCore({ storeDir: store.dir });
    cleanups.push(() => core.close());
    await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect((await ok(core, 'session.lock', {})).state).toBe('locked');
    await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    const listed = await ok(core, 'chronology.list', { caseId, search: 'Hollowmere' });
    expect(listed.entries.map((e) => e.fact)).toEqual([`${NOTE}; ${CLIENT} called.`]); // what is scanned for is really stored
    await ok(core, 'cases.update', { caseId, boundariesExplainedOn: '2026-09-02' });

    // While open: the WAL and shared-memory files exist beside the database and the lock.
    const open = readdirSync(store.dir).sort();
    expect(open).toEqual(expect.arrayContaining(['threshold.db', 'threshold.db-wal', 'threshold.db-shm', 'threshold.keys.json', 'threshold.lock']));
    expect(statSync(paths.db + '-wal').size).toBeGreaterThan(0);
    expect(leaksIn(open.map((f) => join(store.dir, f)))).toEqual({});

    // Closing checkpoints the WAL into the database and removes it.
    core.close();
    expect(existsSync(paths.db + '-wal')).toBe(false);
    expect(leaksIn(readdirSync(store.dir).map((f) => join(store.dir, f)))).toEqual({});

    // The export holds the planted text at the --out path (it is plaintext by design), except
    // the safeguarding note, which leaves the store only when asked for; nothing else there does.
    expect(readdirSync(exportsDir).sort()).toEqual(['asked-for.bundle.json', 'pass.txt']);
    expect(secretsIn(bundleFile, WANTED).sort()).toEqual([ANALYSIS, CLIENT, IMPORTED_NOTE, NOTE].sort());
    expect(leaksIn([passFile])).toEqual({});

    // Every file of the temp folder created or changed while the test ran, apart from the
    // store folder (scanned above) and the export folder (the user's chosen place).
    const changed = changedSince(tempBefore, filesUnder(tmpdir())).filter((f) => !f.startsWith(store.dir + sep) && !f.startsWith(exportsDir + sep));
    expect(leaksIn(changed)).toEqual({});
    console.info(`plaintext scan: ${changed.length} file(s) created or changed in ${tmpdir()} during the test, none with a planted string`);
  });
});
