// Review packs and backups as long operations (issue 9): they report named steps as they go and
// hear a cancel at the start of each step, after which nothing is left behind: no PDF, no backup
// folder (not even the hidden one it is staged in), no audit row. A cancel during the last step
// (the write itself) comes too late: the work completes and the caller gets its result.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../electron/core/contract';
import { caseFixture, contactInput, type CaseFixture } from './support/case-fixture';
import { ok, tempDir } from './support/temp-store';

let f: CaseFixture;
const out = tempDir('threshold-long-');

beforeAll(async () => {
  f = await caseFixture();
  for (const day of ['01', '08', '15']) await ok(f.store.core, 'records.create', contactInput(f, `2026-10-${day}T10:00:00Z`, `Call on the ${day}th.`));
});
afterAll(() => {
  f.store.cleanup();
  out.remove();
});

/** Calls `method`, keeping its progress; cancels during the step named `cancelAt`. */
async function run(method: 'documents.reviewPack' | 'backup.create', input: Record<string, unknown>, cancelAt?: string) {
  const heard: Progress[] = [];
  const controller = new AbortController();
  const result = await f.store.core.invoke(method, input as never, {
    signal: controller.signal,
    onProgress: (p) => {
      heard.push(p);
      if (p.label === cancelAt) controller.abort();
    },
  });
  return { result, heard };
}

const auditCount = async () => (await ok(f.store.core, 'audit.forCase', { caseId: f.kase.id })).length;

describe('the review pack as a long operation', () => {
  it('reports each step in order, then the PDF', async () => {
    const { result, heard } = await run('documents.reviewPack', { caseId: f.kase.id, outPath: join(out.dir, 'pack.pdf') });
    expect(result).toMatchObject({ ok: true, value: { path: join(out.dir, 'pack.pdf') } });
    expect(heard.map((p) => p.label)).toEqual(['Reading the case', 'Laying out the pages', 'Drawing the PDF', 'Saving the file']);
    expect(heard.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(new Set(heard.map((p) => p.total))).toEqual(new Set([4]));
  });

  it('cancelled during any step before the last, writes no file and no audit row', async () => {
    for (const step of ['Reading the case', 'Laying out the pages', 'Drawing the PDF']) {
      const path = join(out.dir, `cancelled-${step.replaceAll(' ', '-')}.pdf`);
      const before = await auditCount();
      const { result } = await run('documents.reviewPack', { caseId: f.kase.id, outPath: path }, step);
      expect(result, step).toEqual({ ok: false, error: { code: 'cancelled', message: 'The review pack was cancelled; nothing was written.' } });
      expect(existsSync(path), step).toBe(false);
      expect(await auditCount(), step).toBe(before);
    }
    expect(readdirSync(out.dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('cancelled while the file is being saved, completes: the file is there and the answer says so', async () => {
    const path = join(out.dir, 'late-cancel.pdf');
    const before = await auditCount();
    const { result } = await run('documents.reviewPack', { caseId: f.kase.id, outPath: path }, 'Saving the file');
    expect(result).toMatchObject({ ok: true, value: { path } });
    expect(existsSync(path)).toBe(true);
    expect(await auditCount()).toBe(before + 1);
  });
});

describe('a backup as a long operation', () => {
  it('reports copying, checking and sealing, then the verified backup', async () => {
    const { result, heard } = await run('backup.create', { destination: join(out.dir, 'backup-1') });
    expect(result).toMatchObject({ ok: true, value: { verified: true } });
    expect(heard.map((p) => [p.label, p.done, p.total])).toEqual([
      ['Copying the store', 0, 3],
      ['Checking the copy', 1, 3],
      ['Sealing the backup', 2, 3],
    ]);
  });

  it('cancelled during copying or checking, leaves no backup and no hidden staging folder', async () => {
    for (const step of ['Copying the store', 'Checking the copy']) {
      const destination = join(out.dir, `backup-${step.replaceAll(' ', '-')}`);
      const { result } = await run('backup.create', { destination }, step);
      expect(result, step).toEqual({ ok: false, error: { code: 'cancelled', message: 'The backup was cancelled; nothing was written.' } });
      expect(existsSync(destination), step).toBe(false);
    }
    expect(readdirSync(out.dir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(readdirSync(out.dir).filter((name) => name.startsWith('backup-'))).toEqual(['backup-1']);
  });
});
