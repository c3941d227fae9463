// The child of the crash loop: plain Node, no test framework. It loads the core, says "loaded",
// reads its orders (one JSON line on stdin), opens and unlocks the store through the API, says
// "ready", then writes until it is killed: records created and corrected one transaction each,
// and now and then a contact import of IMPORT_ROWS rows in one transaction. Each write is
// reported on stdout only after its call has returned, that is after its transaction committed,
// with one write(2) per line so a kill never leaves half a line.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openCore } from '../../../electron/core';
import { crashCallLog, crashContact, type WriterOrders } from './writer-protocol';

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

function fail(what: string, error: { code: string; message: string }): never {
  say(`failed ${what} ${error.code}: ${error.message}`);
  process.exit(3);
}

async function readOrders(): Promise<WriterOrders> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return JSON.parse(line) as WriterOrders;
  }
  throw new Error('no orders on stdin');
}

async function main(): Promise<void> {
  say('loaded');
  const orders = await readOrders();
  const core = openCore({ storeDir: orders.storeDir, logInternal: (method, error) => process.stderr.write(`[writer] ${method}: ${String(error)}\n`) });
  const unlocked = await core.invoke('session.unlock', { login: orders.login, passphrase: orders.passphrase });
  if (!unlocked.ok) fail('session.unlock', unlocked.error);
  say('ready');

  const mine: { id: string; version: number }[] = [];
  for (let n = 0; ; n++) {
    const dice = Math.random();
    const existing = mine[Math.floor(Math.random() * mine.length)];
    if (dice < 0.08) {
      const imported = await core.invoke('contacts.import', { caseId: orders.importCaseId, csv: crashCallLog(orders.run, n) });
      if (!imported.ok) fail('contacts.import', imported.error);
      say(`imported ${imported.value.imported}`);
    } else if (dice < 0.2 && existing) {
      const { caseId: _caseId, ...content } = crashContact(orders, n);
      const corrected = await core.invoke('records.correct', { ...content, recordId: existing.id, expectedVersion: existing.version, reason: `Correction ${n} in run ${orders.run}` });
      if (!corrected.ok) fail('records.correct', corrected.error);
      existing.version = corrected.value.version;
      say(`corrected ${existing.id} ${existing.version}`);
    } else {
      const created = await core.invoke('records.create', crashContact(orders, n));
      if (!created.ok) fail('records.create', created.error);
      mine.push({ id: created.value.id, version: created.value.version });
      say(`created ${created.value.id}`);
    }
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`[writer] ${String(error)}\n`);
  process.exit(2);
});
