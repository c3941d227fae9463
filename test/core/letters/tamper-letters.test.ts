// A signed letter altered behind the application's back, by someone holding a passphrase who
// opens the database raw and drops the triggers: verify-letters must name the letter. Each copy
// changes one thing (the PDF and its hash together, the signed render input, the signature).
import { cpSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core';
import type { Database } from '../../../electron/core/store/sqlite';
import { storePaths } from '../../../electron/core/store/paths';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { DIRECTOR, ok, tempDir } from '../support/temp-store';
import { setUpTeam, type Team } from '../support/team';
import { sha256 } from '../../../electron/core/letters/signing';

let t: Team;
let reference = '';
const copies: { remove(): void }[] = [];

beforeAll(async () => {
  t = await setUpTeam({ at: new Date('2026-11-30T12:00:00Z') });
  const kase = await t.newCase('counselling_short_term', 'Amira Haddad');
  await t.as('clientManager');
  const draft = await ok(t.store.core, 'letters.draft', { caseId: kase.id, type: 'end_of_short_term_counselling' });
  await ok(t.store.core, 'letters.sign', { letterId: draft.id, expectedRevision: draft.revision, passphrase: 'copper meadow violin 77' });
  reference = draft.reference;
  await t.as('director');
  expect((await ok(t.store.core, 'letters.verify', {})).failures).toEqual([]);
  t.store.core.close();
}, 120_000);
afterAll(() => {
  copies.forEach((c) => c.remove());
  t.store.cleanup();
});

async function verifyTampered(tamper: (db: Database) => void) {
  const copy = tempDir('threshold-letter-tamper-');
  copies.push(copy);
  cpSync(t.store.dir, copy.dir, { recursive: true });
  const vault = await unlockVault(storePaths(copy.dir), DIRECTOR.login, DIRECTOR.passphrase);
  try {
    vault.db.exec('DROP TRIGGER signed_letters_no_update');
    tamper(vault.db);
  } finally {
    closeVault(vault);
  }
  const core = openCore({ storeDir: copy.dir, logInternal: () => {} });
  try {
    await ok(core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
    return await ok(core, 'letters.verify', {});
  } finally {
    core.close();
  }
}

describe('verify-letters on a tampered store', () => {
  it('finds a PDF replaced together with its stored hash: the signed content no longer renders to it', async () => {
    const out = await verifyTampered((db) => {
      const row = db.prepare('SELECT letter_id, pdf FROM signed_letters').get() as { letter_id: string; pdf: Buffer };
      const forged = Buffer.from(row.pdf.toString('latin1').replace('short-term', 'long--term'), 'latin1');
      db.prepare('UPDATE signed_letters SET pdf = ?, sha256 = ? WHERE letter_id = ?').run(forged, sha256(forged), row.letter_id);
    });
    expect(out).toMatchObject({ checked: 1, valid: 0, failures: [{ reference, problem: expect.stringMatching(/does not give the stored PDF|does not match/) }] });
  });

  it('finds a stored hash that no longer matches the PDF', async () => {
    const out = await verifyTampered((db) => db.prepare("UPDATE signed_letters SET sha256 = ?").run('0'.repeat(64)));
    expect(out.failures).toEqual([expect.objectContaining({ reference, problem: 'the stored PDF does not match its stored SHA-256' })]);
  });

  it('finds signed content changed after signing', async () => {
    const out = await verifyTampered((db) => db.prepare("UPDATE signed_letters SET render_input = json_set(render_input, '$.content.salutation', 'Dear Ms Haddad')").run());
    expect(out.failures).toEqual([expect.objectContaining({ reference, problem: 'the stored content does not match what was signed' })]);
  });
});
