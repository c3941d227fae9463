// Bad input at every door (issue 8, item 2): random and malformed inputs sent to EVERY method of
// the contract, as the director of a real encrypted store holding a case with records, so ids in
// the input are sometimes real and sometimes not. For every call: the promise resolves, the
// answer is a typed Result, a failure carries a known error code that is never 'internal' (an
// internal error means the core crashed on its input), nothing pollutes Object.prototype, and a
// failed call wrote nothing: no commit to the database at all (PRAGMA data_version on a second
// connection), the same audit head, the same keyslot file, no new file where methods may write
// (support/fingerprint.ts); the API's own view (audit.verify, every list) is compared per phase.
//
// Inputs are shaped by each method's zod schema (support/arbitraries.ts): valid-looking ones,
// ones with exactly one mistake (a wrong type, NaN, a huge or broken string, a dropped key, a
// __proto__ key), and pure noise. For most methods a third or more get past validation to the
// service behind it (THRESHOLD_FUZZ_STATS=1 shows the split).
//
// Reproduce a failure with the seed fast-check prints: THRESHOLD_FUZZ_SEED=<seed> npx vitest run test/core/doors
// Run longer: THRESHOLD_FUZZ_RUNS=500 (runs per method; 30 by default). See how deep the inputs got
// (how many calls each method answered with ok and with each error code): THRESHOLD_FUZZ_STATS=1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, ERROR_CODES, type MethodName } from '../../../electron/core/contract';
import type { Result } from '../../../electron/core/contract/define';
import { caseFixture, contactInput, type CaseFixture } from '../support/case-fixture';
import { DIRECTOR, ok, tempDir } from '../support/temp-store';
import { hostile, inputFor, type Pools } from './support/arbitraries';
import { storeFingerprint, watchStore, type StoreWatch } from './support/fingerprint';

const SEED = process.env.THRESHOLD_FUZZ_SEED ? Number(process.env.THRESHOLD_FUZZ_SEED) : undefined;
const SCALE = process.env.THRESHOLD_FUZZ_RUNS ? Number(process.env.THRESHOLD_FUZZ_RUNS) / 30 : 1;
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

/**
 * Methods left out while the director is signed in, because a well-formed call legitimately
 * changes the session, and every other method is fuzzed as the signed-in director:
 * - session.lock takes `{}` and strips unknown keys, so almost any object locks the store;
 * - session.unlock locks the current session before it checks the passphrase (unlocking is
 *   logging in as someone, maybe someone else), so a random well-formed attempt signs us out.
 * Both are fuzzed in the locked phase below instead, where they cannot sign anyone out.
 */
const CHANGES_SESSION: Partial<Record<MethodName, string>> = {
  'session.lock': 'locks the store on any object input',
  'session.unlock': 'locks the current session before checking the passphrase',
};

/**
 * Fewer runs for methods where a well-formed call costs real scrypt (N=2^17, ~0.4 s): a wrong
 * current passphrase, a new user's keyslot, the self-test's KDF vector and database round-trip.
 */
const RUNS: Partial<Record<MethodName, number>> = {
  'session.changePassphrase': 8,
  'users.add': 8,
  'system.selfTest': 6,
};
const DEFAULT_RUNS = 30;

let f: CaseFixture;
let watch: StoreWatch;
let apiBefore: string;
let pools: Pools;
/** Where methods that write files (a backup) may write: every path field points here or is refused. */
const sandbox = tempDir('threshold-fuzz-files-');
const internalErrors: { method: string; error: unknown }[] = [];

/** What is wrong with an answer, or null. Plain checks: this runs thousands of times. */
function resultProblem(result: unknown): string | null {
  if (result === null || typeof result !== 'object') return `answered ${typeof result}, not a Result`;
  const r = result as Result<unknown>;
  const keys = Object.keys(r).sort().join(',');
  if (r.ok === true) return keys === 'ok,value' ? null : `a success with keys ${keys}`;
  if (r.ok !== false) return 'a Result whose ok is not a boolean';
  if (keys !== 'error,ok') return `a failure with keys ${keys}`;
  const { code, message, issues } = r.error;
  if (code === 'internal') {
    const logged = internalErrors.at(-1)?.error;
    return `crashed the core: ${logged instanceof Error ? logged.stack : String(logged)}`;
  }
  if (!(ERROR_CODES as readonly string[]).includes(code)) return `an unknown error code ${String(code)}`;
  if (typeof message !== 'string' || message.length === 0) return 'a failure without a message';
  if (/SQLITE|\n\s+at |TypeError|ReferenceError/.test(message)) return `a message that leaks internals: ${message}`;
  if (issues !== undefined && (!Array.isArray(issues) || issues.some((i) => typeof i.path !== 'string' || typeof i.message !== 'string'))) return 'malformed issues';
  return null;
}

/** The counterexample itself is printed by fast-check (shrunk, with its seed). */
function assertTypedResult(method: string, result: unknown): asserts result is Result<unknown> {
  const problem = resultProblem(result);
  if (problem) throw new Error(`${method} ${problem}`);
}

/** Cheap enough for every call: any commit to the database, the keyslot file, files in the sandbox. */
function fingerprint(): Promise<string> {
  return watch.fingerprint();
}

/** What the director can see through the API: for the start and end of a phase. */
function apiFingerprint(): Promise<string> {
  return storeFingerprint(f.store.core, f.store.dir, { caseIds: [f.kase.id], folders: [sandbox.dir] });
}

function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');
}
const CLEAN_PROTOTYPES = prototypeKeys();

function assertNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  if (prototypeKeys() !== CLEAN_PROTOTYPES || probe.polluted !== undefined || probe.isAdmin !== undefined) throw new Error('a prototype was polluted');
}

function params(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: runs(numRuns), seed: SEED, endOnFailure: false, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: false };
}

beforeAll(async () => {
  f = await caseFixture();
  // The fixture's logInternal would print to stderr; keep what it logs for the failure message.
  f.store.reopen({ logInternal: (method, error) => internalErrors.push({ method, error }) });
  const { core } = f.store;
  await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  const student = await ok(core, 'people.addClientSide', { caseId: f.kase.id, kind: 'student', fullName: 'Yusuf Haddad', asStudent: true });
  const issue = await ok(core, 'records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-10-01T09:00:00Z', fact: 'Raised exam arrangements.', details: { title: 'Exam arrangements', openedOn: '2026-10-01' } });
  const twin = await ok(core, 'records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-10-02T09:00:00Z', fact: 'Raised access arrangements.', details: { title: 'Access arrangements', openedOn: '2026-10-02' } });
  const call = await ok(core, 'records.create', contactInput(f, '2026-10-03T16:30:00Z', 'Parent phoned twice.', { issueId: issue.id }));
  const lesson = await ok(core, 'records.create', { caseId: f.kase.id, type: 'session', occurredAt: '2026-10-08T15:00:00Z', fact: 'No sound.', details: { workerId: f.tutor.id, kind: 'Maths lesson', location: 'online_from_home', outcome: 'technology_failure', technologyFailure: 'no_sound' } });
  const note = await ok(core, 'records.create', { caseId: f.kase.id, type: 'safeguarding_note', occurredAt: '2026-10-22T14:00:00Z', fact: 'Disclosed thoughts of self-harm.', details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false } });
  const me = (await ok(core, 'session.status', {})).user!;
  watch = await watchStore(f.store.dir, DIRECTOR.login, DIRECTOR.passphrase, [sandbox.dir]);
  const policy = await ok(core, 'policy.get', {});
  mkdirSync(join(sandbox.dir, 'existing-folder'));
  writeFileSync(join(sandbox.dir, 'a-file'), 'not a backup');
  const paths = fc.oneof(
    { weight: 3, arbitrary: fc.nat().map((n) => join(sandbox.dir, `new-${n}`)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        sandbox.dir,
        join(sandbox.dir, 'existing-folder'),
        join(sandbox.dir, 'a-file'),
        join(sandbox.dir, 'no-such-folder', 'child'),
        join(sandbox.dir, '..', basename(sandbox.dir), 'up-and-back'),
        `${sandbox.dir}/nul\u0000byte`,
        f.store.dir,
        join(f.store.dir, 'inside-the-store'),
        join(f.store.dir, 'threshold.db'),
        '/',
        '/proc/self',
        '/dev/null',
        'relative/folder',
        '.',
        '..',
        '',
        ' ',
      ),
    },
  );
  const staffIds = [f.tutor.id, f.director.id];
  const clientSideIds = [f.kase.clientId, student.id];
  const recordIds = [issue.id, twin.id, call.id, lesson.id, note.id];
  const hints: [RegExp, string[]][] = [
    [/^caseIds?$/, [f.kase.id]],
    [/^(recordId|keepId|mergeId|issueId|replacementForId|mergedInto)$/, recordIds],
    [/^(clientParties|clientId|studentId|partyId)$/, clientSideIds],
    [/^(workerId|allocatedWorkerId|clientManagerId|mentorId|staffParties|aboutPersonId|singlePointOfContactId)$/, staffIds],
    [/^personId$/, [...staffIds, ...clientSideIds]],
    [/userId$/i, [me.id]],
  ];
  pools = {
    paths,
    idsFor: (key) => hints.find(([pattern]) => pattern.test(key))?.[1],
    ids: [f.kase.id, f.kase.clientId, f.tutor.id, f.director.id, me.id, student.id, issue.id, twin.id, call.id, lesson.id, note.id],
    words: [
      'Tom Pascoe', 'Amira Haddad', 'Yusuf Haddad', 'Margaret Okafor', DIRECTOR.login, 'TH-0001', 'phone', 'Inbound',
      ...policy.flags.flatMap((flag) => [flag.id, ...flag.params.map((p) => p.key)]),
    ],
  };
}, 120_000);

const outcomes: string[] = [];
afterAll(() => {
  if (process.env.THRESHOLD_FUZZ_STATS) {
    const counts = new Map<string, number>();
    for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
    console.log([...counts].map(([k, n]) => `${k}: ${n}`).join('\n'));
  }
  watch?.close();
  f?.store.cleanup();
  sandbox.remove();
});

describe('every API method, as the signed-in director', () => {
  const methods = Object.keys(contract) as MethodName[];

  it('has methods to fuzz, and a fingerprint that reading does not change and writing does', async () => {
    expect(methods.length).toBeGreaterThan(30);
    expect(await fingerprint()).toBe(await fingerprint());
    expect(await apiFingerprint()).toBe(await apiFingerprint());
    // ...and that a write, any write, changes it.
    const before = await fingerprint();
    await ok(f.store.core, 'people.addStaff', { fullName: 'Fingerprint Check', staffRole: 'reception' });
    expect(await fingerprint()).not.toBe(before);
    apiBefore = await apiFingerprint();
  });

  for (const method of methods) {
    const reason = CHANGES_SESSION[method];
    if (reason) {
      it.skip(`${method}: fuzzed in the locked phase (${reason})`, () => {});
      continue;
    }
    it(`${method}: random and malformed inputs get a typed answer, and a refusal writes nothing`, async () => {
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(inputFor(contract[method].input, pools), async (input) => {
          const result = await f.store.core.invokeUnknown(method, input);
          assertTypedResult(method, result);
          if (process.env.THRESHOLD_FUZZ_STATS) outcomes.push(`${method} ${result.ok ? 'ok' : result.error.code}`);
          assertNoPollution();
          const after = await fingerprint();
          if (!result.ok) {
            expect(after, `${method} failed with ${result.error.code} but changed the store`).toBe(before);
          }
          before = after;
          // Still the director: nothing signed us out or changed who we are.
          expect((await ok(f.store.core, 'session.status', {})).user?.login).toBe(DIRECTOR.login);
        }),
        params(RUNS[method] ?? DEFAULT_RUNS),
      );
    });
  }

  it('unknown and hostile method names are refused as unknown methods', async () => {
    const names = fc.oneof(hostile, fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'cases.list ', 'CASES.LIST', 'cases.list\u0000', ''));
    await fc.assert(
      fc.asyncProperty(names, hostile, async (name, input) => {
        fc.pre(typeof name !== 'string' || !Object.hasOwn(contract, name));
        const result = await f.store.core.invokeUnknown(name, input);
        assertTypedResult('an unknown method', result);
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      }),
      params(100),
    );
  });

  // Inputs the fuzzing found crashing the core, kept as plain examples.
  it('every method that takes a path refuses one with a NUL in it as invalid input (backups, then the register PDFs, were internal errors)', async () => {
    const nul = join(sandbox.dir, 'nul\u0000byte');
    for (const [method, input] of [
      ['backup.create', { destination: nul }],
      ['backup.verify', { path: nul }],
      ['backup.restore', { backupPath: nul, destinationDir: join(sandbox.dir, 'restored'), login: DIRECTOR.login, passphrase: 'x' }],
      ['documents.restrictionRegister', { outPath: nul }],
      ['documents.oversightRegister', { from: '2026-01-01', to: '2026-12-31', outPath: nul }],
      ['dataProtection.subjectAccess.release', { draftId: f.kase.id, redactionsConfirmed: true, outDir: nul }],
    ] as const) {
      const result = await f.store.core.invokeUnknown(method, input);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ message: 'must not contain a NUL character' }] } });
    }
  });

  it('text with a lone surrogate is refused, naming the field, instead of being stored as U+FFFD (it was silently altered)', async () => {
    const { core } = f.store;
    // The fuzzing above may have closed, restricted or erased the fixture's case, or removed its
    // tutor (it ran with a random seed in CI and did): the control example needs its own.
    const tutor = await ok(core, 'people.addStaff', { fullName: 'Tess Mabry', staffRole: 'tutor' });
    const kase = await ok(core, 'cases.create', { clientName: 'Noor Saleh', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: f.director.id });
    const own: CaseFixture = { ...f, tutor, kase };
    const examples = [
      ['records.create', contactInput(own, '2026-10-05T10:00:00Z', 'half an emoji: \uD83D'), 'fact'],
      ['people.addStaff', { fullName: 'Tom \uDFFF', staffRole: 'tutor' }, 'fullName'],
      ['records.create', contactInput(own, '2026-10-05T10:00:00Z', 'Fine.'), null],
      ['policy.setExtraHolidays', { holidays: [{ date: '2026-12-28', name: 'Coronation \uD800 day' }] }, 'holidays.0.name'],
    ] as const;
    for (const [method, input, path] of examples) {
      const before = await fingerprint();
      const result = await core.invokeUnknown(method, input);
      if (path === null) {
        expect(result, method).toMatchObject({ ok: true });
        continue;
      }
      expect(result, method).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path, message: expect.stringContaining('broken character') }] } });
      expect(await fingerprint()).toBe(before);
    }
  });

  it('the audit chain still verifies after all of that, and what changed was written by calls that succeeded', async () => {
    // Sanity for the per-call check: the successful calls above did write, and the API sees it.
    expect(await apiFingerprint()).not.toBe(apiBefore);
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });
  });
});

describe('every API method, while the store is locked', () => {
  let before: string;
  let rawBefore: string;

  beforeAll(async () => {
    before = await apiFingerprint();
    await ok(f.store.core, 'session.lock', {});
    rawBefore = await fingerprint();
  });

  /** Methods open to anyone, and what each may answer while locked. */
  const WHILE_LOCKED: Partial<Record<MethodName, readonly string[]>> = {
    'session.status': ['ok', 'invalid_input'],
    'session.lock': ['ok', 'invalid_input'],
    'system.selfTest': ['ok', 'invalid_input'],
    'session.setup': ['invalid_input', 'store_exists'],
    'demo.create': ['invalid_input', 'store_exists'],
    // A well-formed attempt spends real scrypt, even for an unknown login (so timing does not
    // tell which logins exist): kept to a few runs.
    'session.unlock': ['invalid_input', 'wrong_credentials'],
  };

  for (const method of Object.keys(contract) as MethodName[]) {
    // Other methods open to anyone (a restore into a new folder) may refuse for their own reasons.
    const allowed = WHILE_LOCKED[method] ?? (contract[method].access === 'anyone' ? ERROR_CODES.filter((c) => c !== 'internal') : ['invalid_input', 'not_signed_in']);
    it(`${method}: answers only ${allowed.length > 4 ? 'typed refusals' : allowed.join(' or ')}`, async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(contract[method].input, pools), async (input) => {
          const result = await f.store.core.invokeUnknown(method, input);
          assertTypedResult(method, result);
          assertNoPollution();
          const answer = result.ok ? 'ok' : result.error.code;
          if (!allowed.includes(answer)) throw new Error(`${method} answered ${answer} while locked`);
          expect(await fingerprint(), `${method} wrote while locked`).toBe(rawBefore);
          expect((await f.store.core.invoke('session.status', {})).ok && (await ok(f.store.core, 'session.status', {})).state).toBe('locked');
        }),
        params(method === 'session.unlock' ? 5 : method === 'system.selfTest' ? 4 : 10),
      );
    });
  }

  it('wrote nothing while locked: after unlocking, the store is as it was', async () => {
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    expect(await apiFingerprint()).toBe(before);
  });
});
