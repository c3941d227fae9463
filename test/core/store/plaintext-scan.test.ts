// No known client name or organisation detail may appear in any file of the store: the
// database, its WAL and shared-memory files, the keyslot file, the lock file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, setUpStore, type TestStore } from '../support/temp-store';

let store: TestStore;
afterEach(() => store?.cleanup());

const CLIENT = 'Zebedee Quartermaine-Flint';
const WORKER = 'Ottoline Brackenbury';

function containsAnyEncoding(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le')) || bytes.includes(Buffer.from(text.toUpperCase(), 'utf8'));
}

describe('plaintext scan of the store files', () => {
  it('finds no client name, worker name or organisation address in the database, its WAL or anything beside it', async () => {
    store = await setUpStore();
    const worker = await ok(store.core, 'people.addStaff', { fullName: WORKER, staffRole: 'tutor' });
    const status = await ok(store.core, 'session.status', {});
    const me = await ok(store.core, 'people.listStaff', {});
    const manager = me.find((p) => p.userId === status.user?.id)!;
    await ok(store.core, 'cases.create', {
      clientName: CLIENT,
      service: 'online_tuition',
      startDate: '2026-09-01',
      allocatedWorkerId: worker.id,
      clientManagerId: manager.id,
    });
    const files = readdirSync(store.dir).map((f) => join(store.dir, f));
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true); // the WAL exists and holds the recent writes
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of [CLIENT, WORKER, 'Quay Street', 'Westcountry Learning']) {
        expect(containsAnyEncoding(bytes, secret), `${secret} in ${file}`).toBe(false);
      }
    }
    store.core.close();
    for (const suffix of ['', '-wal', '-shm']) {
      const file = join(store.dir, `threshold.db${suffix}`);
      if (existsSync(file)) expect(containsAnyEncoding(readFileSync(file), CLIENT)).toBe(false);
    }
  });
});
