// A store in use for the backup tests: a case whose client has a planted name, a few records with
// a planted note, and a client manager with their own passphrase. Also the file scans.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../../electron/core';
import type { CaseSummary, StaffPerson } from '../../../electron/core/contract';
import { DIRECTOR, ok, setUpStore, tempDir, type TestStore } from '../support/temp-store';

export const CLIENT = 'Zebedee Quartermaine-Flint';
export const NOTE = 'Lighthouse keeper Perpetua Ashdown-Vance called about the mooring';
export const MANAGER = { login: 'pnair', passphrase: 'kettle meadow lighthouse' };

export interface BackupFixture {
  store: TestStore;
  kase: CaseSummary;
  tutor: StaffPerson;
  /** A folder outside the store for backups and restores. */
  out: string;
  cleanup(): void;
}

export async function backupFixture(): Promise<BackupFixture> {
  const store = await setUpStore();
  const out = tempDir('threshold-backups-');
  const { oneTimePassphrase } = await ok(store.core, 'users.add', { fullName: 'Priya Nair', login: MANAGER.login, role: 'client_manager' });
  const tutor = await ok(store.core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  const director = (await ok(store.core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
  const kase = await ok(store.core, 'cases.create', { clientName: CLIENT, service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });
  for (let i = 0; i < 3; i++) await addContact(store.core, kase, tutor, `2026-09-0${i + 2}T10:00:00Z`, i === 1 ? NOTE : `Routine call ${i}.`);
  // The client manager replaces the one-time passphrase, then the director signs in again.
  await ok(store.core, 'session.lock', {});
  await ok(store.core, 'session.unlock', { login: MANAGER.login, passphrase: oneTimePassphrase });
  await ok(store.core, 'session.changePassphrase', { current: oneTimePassphrase, next: MANAGER.passphrase });
  await ok(store.core, 'session.lock', {});
  await ok(store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  return {
    store,
    kase,
    tutor,
    out: out.dir,
    cleanup() {
      store.cleanup();
      out.remove();
    },
  };
}

export function addContact(core: Core, kase: CaseSummary, tutor: StaffPerson, occurredAt: string, fact: string) {
  return ok(core, 'records.create', {
    caseId: kase.id,
    type: 'contact',
    occurredAt,
    fact,
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [tutor.id], purpose: 'enquiry' },
  });
}

/** Every file under a folder, with its bytes. */
export function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

export function holdsText(bytes: Buffer, text: string): boolean {
  return [text, text.toUpperCase()].some((t) => bytes.includes(Buffer.from(t, 'utf8')) || bytes.includes(Buffer.from(t, 'utf16le')));
}

export const modeOf = (path: string): number => statSync(path).mode & 0o777;
