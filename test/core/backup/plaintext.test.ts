// A backup holds no plaintext: a planted client name, a note's text, a worker's name and the
// organisation's address appear in none of its files, in UTF-8 or UTF-16LE, upper case included.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, ORGANISATION } from '../support/temp-store';
import { backupFixture, CLIENT, filesUnder, holdsText, NOTE, type BackupFixture } from './fixture';

let f: BackupFixture;
beforeAll(async () => {
  f = await backupFixture();
});
afterAll(() => f?.cleanup());

describe('a backup holds no plaintext', () => {
  it('finds no planted name or note in any file of the backup', async () => {
    // The planted values are really in the store: the scan would find them if they leaked.
    const cases = await ok(f.store.core, 'cases.list', {});
    expect(cases.map((c) => c.clientName)).toEqual([CLIENT]);
    const backup = await ok(f.store.core, 'backup.create', { destination: join(f.out, 'scan-me') });
    const files = filesUnder(backup.path);
    expect(files.map((file) => file.path.slice(backup.path.length + 1)).sort()).toEqual(['manifest.json', 'threshold.db', 'threshold.keys.json']);
    for (const file of files) {
      for (const secret of [CLIENT, NOTE, 'Perpetua Ashdown-Vance', 'Tom Pascoe', 'Priya Nair', 'Quay Street', ORGANISATION.name]) {
        expect(holdsText(file.bytes, secret), `${secret} in ${file.path}`).toBe(false);
      }
    }
    // The scan itself works: the same check finds a name in a buffer that holds it.
    expect(holdsText(Buffer.from(`x${CLIENT}x`, 'utf16le'), CLIENT)).toBe(true);
  });
});
