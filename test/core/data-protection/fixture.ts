// A store for the data-protection tests: a client (Rebecca Hendy) with a student and another
// carer on her case, a tutor, a client manager who is a user, records naming all of them, and a
// second client's case; plus raw access to the decrypted database for what the API does not show.
import type { Core } from '../../../electron/core';
import type { CaseSummary, StaffPerson } from '../../../electron/core/contract';
import { readAudit, type AuditRecord } from '../../../electron/core/audit/chain';
import type { Database } from '../../../electron/core/store/sqlite';
import { storePaths } from '../../../electron/core/store/paths';
import { closeVault, unlockVault } from '../../../electron/core/store/vault';
import { DIRECTOR, ok, setUpStore, type TestStore } from '../support/temp-store';

export const NAMES = {
  client: 'Rebecca Hendy',
  student: 'Jamie Hendy',
  carer: 'Mark Trevithick',
  carerPhone: '07700 900456',
  tutor: 'Owen Jago',
  manager: 'Daniel Kessell',
  director: DIRECTOR.fullName,
  otherClient: 'Sarah Pengelly',
} as const;

export const MANAGER_PASSPHRASE = 'velvet harbour compass 19';

export interface DpFixture {
  store: TestStore;
  kase: CaseSummary;
  otherCase: CaseSummary;
  tutor: StaffPerson;
  managerPersonId: string;
  studentId: string;
  carerId: string;
  /** Null when the fixture was made without the safeguarding note. */
  noteId: string | null;
  managerOneTime: string;
}

export async function dpFixture(options: { safeguardingNote?: boolean } = {}): Promise<DpFixture> {
  const store = await setUpStore();
  const core = store.core;
  const tutor = await ok(core, 'people.addStaff', { fullName: NAMES.tutor, staffRole: 'tutor' });
  const manager = await ok(core, 'users.add', { fullName: NAMES.manager, login: 'dkessell', role: 'client_manager' });
  const kase = await ok(core, 'cases.create', { clientName: NAMES.client, clientPhone: '07700 900111', clientEmail: 'rebecca@example.org', service: 'in_practice_tuition', startDate: '2026-01-05', allocatedWorkerId: tutor.id, clientManagerId: manager.user.personId });
  const student = await ok(core, 'people.addClientSide', { caseId: kase.id, kind: 'student', fullName: NAMES.student, asStudent: true });
  const carer = await ok(core, 'people.addClientSide', { caseId: kase.id, kind: 'client', fullName: NAMES.carer, phone: NAMES.carerPhone });
  const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
  const otherCase = await ok(core, 'cases.create', { clientName: NAMES.otherClient, service: 'online_tuition', startDate: '2026-02-01', allocatedWorkerId: tutor.id, clientManagerId: director.id });

  await ok(core, 'records.create', {
    caseId: kase.id,
    type: 'contact',
    occurredAt: '2026-03-02T10:00:00Z',
    fact: `Rebecca rang with ${NAMES.carer} (on ${NAMES.carerPhone}); she asked Owen to move Jamie's lesson. ${NAMES.otherClient} had recommended us, she said. Mrs Penhallow next door overheard.`,
    analysis: `${NAMES.tutor} thinks Rebecca is anxious about the exams; Daniel agreed.`,
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [kase.clientId, carer.id], staffParties: [tutor.id], purpose: 'cancellation_or_rescheduling' },
  });
  await ok(core, 'records.create', {
    caseId: kase.id,
    type: 'session',
    occurredAt: '2026-03-04T15:00:00Z',
    fact: 'Lesson on fractions; Jamie attended with Rebecca.',
    details: { workerId: tutor.id, kind: 'Maths lesson', location: 'practice', outcome: 'attended', reportFiled: true },
  });
  await ok(core, 'records.create', {
    caseId: kase.id,
    type: 'complaint',
    occurredAt: '2026-03-10T09:00:00Z',
    fact: 'Rebecca complained that Owen Jago arrived late twice.',
    details: { route: 'email', aboutPersonId: tutor.id, aboutWhat: 'Owen arriving late', investigationStatus: 'received' },
  });
  const note =
    options.safeguardingNote === false
      ? null
      : await ok(core, 'records.create', {
          caseId: kase.id,
          type: 'safeguarding_note',
          occurredAt: '2026-03-12T14:00:00Z',
          fact: 'Jamie disclosed thoughts of self-harm after the lesson.',
          details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false, clinicalLeadConsultedOn: '2026-03-13' },
        });
  await ok(core, 'records.create', {
    caseId: otherCase.id,
    type: 'contact',
    occurredAt: '2026-03-05T10:00:00Z',
    fact: 'Sarah Pengelly asked about the timetable.',
    details: { medium: 'email', line: 'company_email', direction: 'from_client_side', clientParties: [otherCase.clientId], purpose: 'enquiry' },
  });
  return { store, kase, otherCase, tutor, managerPersonId: manager.user.personId, studentId: student.id, carerId: carer.id, noteId: note?.id ?? null, managerOneTime: manager.oneTimePassphrase };
}

/** Signs in as the client manager (replacing the one-time passphrase the first time). */
export async function asManager(f: DpFixture): Promise<Core> {
  const core = f.store.core;
  await ok(core, 'session.lock', {});
  const first = await core.invoke('session.unlock', { login: 'dkessell', passphrase: f.managerOneTime });
  if (first.ok) await ok(core, 'session.changePassphrase', { current: f.managerOneTime, next: MANAGER_PASSPHRASE });
  else await ok(core, 'session.unlock', { login: 'dkessell', passphrase: MANAGER_PASSPHRASE });
  return core;
}

export async function asDirector(f: DpFixture): Promise<Core> {
  await ok(f.store.core, 'session.lock', {});
  await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  return f.store.core;
}

/** Closes the core, opens the decrypted database as a key holder could, runs `look`, reopens signed in. */
export async function withRawDb<T>(f: DpFixture, look: (db: Database) => T): Promise<T> {
  f.store.core.close();
  const vault = await unlockVault(storePaths(f.store.dir), DIRECTOR.login, DIRECTOR.passphrase);
  try {
    return look(vault.db);
  } finally {
    closeVault(vault);
    f.store.reopen();
    await ok(f.store.core, 'session.unlock', { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  }
}

export const auditRows = (db: Database): AuditRecord[] => readAudit(db, 100_000);

/** Every row of every table, as text, with every audit payload its key still opens. */
export function dumpDecrypted(db: Database): string {
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
  const rows = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('latin1') : v)));
  return [...rows, JSON.stringify(auditRows(db).map((r) => r.values))].join('\n');
}
