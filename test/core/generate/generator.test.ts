// The generator of SPEC section 8's organisation: the same seed gives the same store, every
// scale has its exact totals, what it writes is what the contract accepts, and the policy
// situations it plants are found by the flags. No timings here: those are npm run bench's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import { Session } from '../../../electron/core/auth/session';
import { RECORD_DETAILS, type FlagId, type ParsedInput, type RecordType } from '../../../electron/core/contract';
import { GENERATED_PASSPHRASE, generateOrganisation, planOrganisation, type GenerateSummary } from '../../../electron/core/generate';
import { partiesOf } from '../../../electron/core/generate/parties';
import { checkReferences } from '../../../electron/core/records/references';
import { storePaths } from '../../../electron/core/store/paths';
import type { Database } from '../../../electron/core/store/sqlite';
import { tempDir } from '../support/temp-store';
import { generatedDigest, planDigest } from './digest';

const SLOW = 300_000;
const clock = { now: () => new Date() };

async function withDb<T>(dir: string, work: (db: Database) => T): Promise<T> {
  const session = new Session(storePaths(dir), clock);
  await session.unlock({ login: 'director', passphrase: GENERATED_PASSPHRASE });
  try {
    return work(session.require().vault.db);
  } finally {
    session.lock();
  }
}

describe('generator at 1/1000', () => {
  const dirs = [tempDir('threshold-gen-'), tempDir('threshold-gen-')];
  let first: GenerateSummary;
  beforeAll(async () => {
    first = await generateOrganisation({ storeDir: dirs[0]!.dir, scale: 0.001 });
  }, SLOW);
  afterAll(() => dirs.forEach((d) => d.remove()));

  it('writes the same rows for the same seed, and different ones for another seed', async () => {
    await generateOrganisation({ storeDir: dirs[1]!.dir, scale: 0.001 });
    const [a, b] = [await withDb(dirs[0]!.dir, generatedDigest), await withDb(dirs[1]!.dir, generatedDigest)];
    expect(a).toBe(b);
    expect(planDigest(planOrganisation({ scale: 0.001 }).records)).toBe(planDigest(planOrganisation({ scale: 0.001 }).records));
    expect(planDigest(planOrganisation({ scale: 0.001, seed: 7 }).records)).not.toBe(planDigest(planOrganisation({ scale: 0.001 }).records));
  }, SLOW);

  it('stores exactly the planned totals', async () => {
    expect(first).toMatchObject({ cases: 2, byType: { contact: 500, session: 100, complaint: 5 } });
    const counts = await withDb(dirs[0]!.dir, (db) => db.prepare('SELECT type, count(*) AS n FROM records GROUP BY type').all() as { type: string; n: number }[]);
    expect(Object.fromEntries(counts.map((c) => [c.type, c.n]))).toEqual(first.byType);
  });

  it('stores details the contract accepts unchanged, parties as records.create derives them, and one audit row per record', async () => {
    await withDb(dirs[0]!.dir, (db) => {
      const rows = db
        .prepare('SELECT r.id, r.type, r.case_id, r.restricted, v.fact, v.analysis, v.details, v.sealed, c.client_id FROM records r JOIN record_versions v ON v.record_id = r.id JOIN cases c ON c.id = r.case_id')
        .all() as { id: string; type: RecordType; case_id: string; restricted: 0 | 1; fact: string | null; analysis: string | null; details: string | null; sealed: Buffer | null; client_id: string }[];
      expect(rows).toHaveLength(first.records);
      const parties = db.prepare('SELECT person_id AS personId, side FROM record_parties WHERE record_id = ? ORDER BY person_id, side');
      for (const row of rows) {
        if (row.type === 'safeguarding_note') {
          expect(row.restricted === 1 && row.sealed !== null && row.details === null).toBe(true);
          continue;
        }
        const details = JSON.parse(row.details!) as unknown;
        expect(RECORD_DETAILS[row.type].parse(details)).toEqual(details);
        const input = { caseId: row.case_id, type: row.type, occurredAt: '', fact: row.fact!, analysis: row.analysis!, significant: false, details } as ParsedInput<'records.create'>;
        const byApi = checkReferences(db, row.case_id, row.client_id, input);
        const sort = (ps: { personId: string; side: string }[]) => [...ps].sort((a, b) => a.personId.localeCompare(b.personId) || a.side.localeCompare(b.side));
        expect(sort(partiesOf(input, row.client_id))).toEqual(sort(byApi));
        expect(parties.all(row.id)).toEqual(sort([...new Map(byApi.map((p) => [`${p.personId}${p.side}`, p])).values()]));
      }
      const audited = db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'record.create'").get() as { n: number };
      expect(audited.n).toBe(first.records);
    });
  });
});

describe('generator sizes', () => {
  it.each([0.001, 0.01, 0.1])('plans the exact totals at scale %s', (scale) => {
    const plan = planOrganisation({ scale });
    const count = (type: RecordType) => plan.records.filter((r) => r.input.type === type).length;
    expect({ clients: plan.cases.length, contacts: count('contact'), sessions: count('session'), complaints: count('complaint') }).toEqual({
      clients: 2000 * scale,
      contacts: 500_000 * scale,
      sessions: 100_000 * scale,
      complaints: 5000 * scale,
    });
    // Zipf-like: the heaviest case holds many times what the median case holds.
    const perCase = plan.cases.map((c) => plan.records.filter((r) => r.caseIndex === c.index).length).sort((a, b) => a - b);
    if (perCase.length >= 20) expect(perCase.at(-1)!).toBeGreaterThan(5 * perCase[perCase.length >> 1]!);
  }, SLOW);
});

describe('policy situations at 1/100', () => {
  const dir = tempDir('threshold-gen-');
  afterAll(() => dir.remove());

  it('are found by the flags on the cases that hold them', async () => {
    const summary = await generateOrganisation({ storeDir: dir.dir, scale: 0.01 });
    const plan = planOrganisation({ scale: 0.01 });
    const core = openCore({ storeDir: dir.dir, logInternal: () => {} });
    try {
      expect((await core.invoke('session.unlock', { login: 'director', passphrase: GENERATED_PASSPHRASE })).ok).toBe(true);
      const result = await core.invoke('flags.dashboard', { asOf: summary.until });
      if (!result.ok) throw new Error(result.error.message);
      const flagsOf = new Map(result.value.rows.map((r) => [r.caseId, new Set(r.flags.map((f) => f.id))]));
      const expected: Record<string, FlagId[]> = { pairing: ['PAIR-1'], repairing: ['PAIR-1', 'PAIR-4'], persistent: ['COMM-1', 'COMM-2'], missed_sessions: ['SESS-1'], boundaries: ['BND-1'] };
      const seen = new Set<FlagId>();
      for (const [index, kinds] of plan.situations) {
        const kase = plan.cases[index]!;
        for (const kind of kinds) {
          for (const id of expected[kind] ?? []) {
            expect(flagsOf.get(kase.id)?.has(id), `${kase.reference} (${kind}) has ${id}`).toBe(true);
            seen.add(id);
          }
          if (kind !== 'safeguarding') continue;
          const note = plan.records.find((r) => r.caseIndex === index && r.input.type === 'safeguarding_note')!.input;
          const open = note.type === 'safeguarding_note' && (note.details.reportRequired ? !note.details.reportedOn : !note.details.clinicalLeadConsultedOn);
          expect(flagsOf.get(kase.id)?.has('SAFE-1') ?? false).toBe(open);
        }
      }
      expect([...seen].sort()).toEqual(['BND-1', 'COMM-1', 'COMM-2', 'PAIR-1', 'PAIR-4', 'SESS-1']);
    } finally {
      core.close();
    }
  }, SLOW);
});
