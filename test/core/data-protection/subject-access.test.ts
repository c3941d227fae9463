// Subject access through the API on a real store: a draft the director reviews (third parties
// redacted, safeguarding notes left out unless included), released as JSON and PDF only into the
// folder given, and audited. The PDF's text is read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, tempDir } from '../support/temp-store';
import { asDirector, asManager, auditRows, dpFixture, NAMES, withRawDb, type DpFixture } from './fixture';

let f: DpFixture;
const temps: { remove(): void }[] = [];
afterEach(() => {
  f?.store.cleanup();
  temps.splice(0).forEach((t) => t.remove());
});

const THIRD_PARTIES = [NAMES.student, 'Jamie', NAMES.carer, 'Trevithick', NAMES.carerPhone, NAMES.tutor, 'Owen', NAMES.director, NAMES.otherClient];

function outDir(): string {
  const t = tempDir('threshold-sar-out-');
  temps.push(t);
  return t.dir;
}

describe('subject access draft', () => {
  it("redacts other people, keeps the subject's own data and the client manager acting in role, and leaves the safeguarding note out", async () => {
    f = await dpFixture();
    const { content } = await ok(f.store.core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId });
    expect(content.subject).toMatchObject({ fullName: NAMES.client, phone: '07700 900111', email: 'rebecca@example.org' });
    expect(content.cases.map((c) => c.reference)).toEqual([f.kase.reference]); // not the other client's case
    const [kase] = content.cases;
    expect(kase).toMatchObject({ subjectRole: 'client', client: NAMES.client, allocatedWorker: '[tutor]', clientManager: `${NAMES.manager} (client manager)`, otherClientSidePeople: 2 });
    expect(kase!.records.map((r) => r.type)).toEqual(['contact', 'session', 'complaint']);
    expect(content.redaction).toMatchObject({ restricted: 'left_out', restrictedLeftOut: 1, restrictedIncluded: 0 });

    const [contact, session, complaint] = kase!.records;
    expect(contact!.fact).toBe('Rebecca rang with [another person] (on [contact details of another person]); she asked [tutor] to move [another person]\'s lesson. [another person] had recommended us, she said. Mrs Penhallow next door overheard.');
    // Opinion about the subject is theirs to see (the analysis), with the staff named by role.
    expect(contact!.analysis).toBe("[tutor] thinks Rebecca is anxious about the exams; Daniel agreed.");
    expect(contact!.details).toMatchObject({ clientParties: [NAMES.client, '[another person]'], staffParties: ['[tutor]'] });
    expect(contact!.recordedBy).toBe('[director]');
    expect(session!.details).toMatchObject({ worker: '[tutor]' });
    expect(complaint!.details).toMatchObject({ aboutPerson: '[tutor]', aboutWhat: '[tutor] arriving late' });
    const text = JSON.stringify(content);
    for (const name of THIRD_PARTIES) expect(text, name).not.toContain(name);
    expect(text).not.toContain('self-harm');
    expect(content.redaction.thirdPartyMentions).toBeGreaterThanOrEqual(4);
    expect(content.redaction.staffMentions).toBeGreaterThanOrEqual(3);
  });

  it('redacts the phrases the director adds after review, and includes the safeguarding note only when chosen, redacted too', async () => {
    f = await dpFixture();
    const { content } = await ok(f.store.core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId, includeRestricted: true, extraRedactions: ['Mrs Penhallow'] });
    const records = content.cases[0]!.records;
    expect(records[0]!.fact).toContain('[redacted] next door overheard');
    expect(content.redaction).toMatchObject({ restricted: 'included', restrictedLeftOut: 0, restrictedIncluded: 1, extraPhrases: 1 });
    const note = records.find((r) => r.type === 'safeguarding_note');
    expect(note).toMatchObject({ restricted: true, fact: '[another person] disclosed thoughts of self-harm after the lesson.' });
    // Opening the note for the export is written to the access log.
    expect(await ok(f.store.core, 'access.list', { caseId: f.kase.id })).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'restricted_record', recordId: f.noteId })]));
  });

  it('names the client manager by role too where risk to staff is recorded', async () => {
    f = await dpFixture();
    await ok(f.store.core, 'records.create', { caseId: f.kase.id, type: 'behaviour_incident', occurredAt: '2026-03-20T10:00:00Z', fact: 'Raised voice at reception.', details: { kind: 'verbal_aggression', riskToStaff: 'some' } });
    const { content } = await ok(f.store.core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId });
    expect(content.cases[0]!.clientManager).toBe('[client manager]');
    expect(JSON.stringify(content)).not.toContain(NAMES.manager);
    expect(JSON.stringify(content)).not.toMatch(/\bDaniel\b/);
  });

  it("gives another client-side person only the records that name them, with the case's client redacted", async () => {
    f = await dpFixture();
    const { content } = await ok(f.store.core, 'dataProtection.subjectAccess.draft', { clientId: f.carerId });
    expect(content.cases[0]).toMatchObject({ subjectRole: 'client_side', client: '[another person]' });
    expect(content.cases[0]!.records.map((r) => r.type)).toEqual(['contact']);
    expect(content.redaction.restrictedLeftOut).toBe(0); // the client's safeguarding note is not even counted
    expect(JSON.stringify(content)).not.toContain(NAMES.client);
  });
});

describe('subject access release', () => {
  it('writes the JSON and a readable PDF only into the folder given, with no third party in them, and audits the release', async () => {
    f = await dpFixture();
    const draft = await ok(f.store.core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId });
    const dir = outDir();
    const released = await ok(f.store.core, 'dataProtection.subjectAccess.release', { draftId: draft.draftId, redactionsConfirmed: true, outDir: dir });
    expect(readdirSync(dir).sort()).toEqual([released.json.path, released.pdf.path].map((p) => p.slice(dir.length + 1)).sort());
    expect(statSync(released.pdf.path).mode & 0o777).toBe(0o600);

    const json = JSON.parse(readFileSync(released.json.path, 'utf8')) as { format: string; releasedAt: string; redaction: Record<string, unknown> };
    expect(json).toMatchObject({ format: 'threshold-subject-access', releasedAt: released.releasedAt });
    expect(json.redaction).not.toHaveProperty('restrictedLeftOut'); // held back without saying a note exists

    const text = execFileSync('pdftotext', ['-layout', released.pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain(`holds about ${NAMES.client}`);
    expect(text).toContain(`${NAMES.manager} (client manager)`);
    expect(text).toContain('[tutor]');
    expect(text).toContain("Staff's assessment (opinion)");
    for (const name of THIRD_PARTIES) expect(text, name).not.toContain(name);
    expect(text).not.toContain('self-harm');

    const audit = await withRawDb(f, (db) => auditRows(db).find((r) => r.action === 'subject-access.release'));
    expect(audit).toMatchObject({ entityId: f.kase.clientId, values: { after: { draftId: draft.draftId, caseIds: [f.kase.id], records: 3, restricted: 'left_out', restrictedLeftOut: 1 } } });
    const after = (audit!.values!.after as { files: { name: string; sha256: string }[] }).files;
    expect(after.map((file) => file.sha256)).toEqual([released.json.sha256, released.pdf.sha256]);
    expect(JSON.stringify(audit)).not.toContain(NAMES.client); // the organisation's record names the client by id only
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses a relative folder, a second release of one draft, and a draft whose records changed since review', async () => {
    f = await dpFixture();
    const core = f.store.core;
    const draft = await ok(core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId });
    expect(await core.invoke('dataProtection.subjectAccess.release', { draftId: draft.draftId, redactionsConfirmed: true, outDir: 'relative/folder' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('full (absolute) path') } });
    await ok(core, 'records.create', { caseId: f.kase.id, type: 'session', occurredAt: '2026-03-25T15:00:00Z', fact: 'Another lesson.', details: { workerId: f.tutor.id, kind: 'Maths lesson', location: 'practice', outcome: 'attended' } });
    const dir = outDir();
    expect(await core.invoke('dataProtection.subjectAccess.release', { draftId: draft.draftId, redactionsConfirmed: true, outDir: dir })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('changed after this draft was prepared') } });
    expect(readdirSync(dir)).toEqual([]);
    const fresh = await ok(core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId });
    await ok(core, 'dataProtection.subjectAccess.release', { draftId: fresh.draftId, redactionsConfirmed: true, outDir: dir });
    expect(await core.invoke('dataProtection.subjectAccess.release', { draftId: fresh.draftId, redactionsConfirmed: true, outDir: outDir() })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('was released on') } });
    // redactionsConfirmed must be true
    expect(await core.invoke('dataProtection.subjectAccess.release', { draftId: fresh.draftId, redactionsConfirmed: false as true, outDir: dir })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('is for the director only: a client manager is refused both steps', async () => {
    f = await dpFixture();
    const draft = await ok(f.store.core, 'dataProtection.subjectAccess.draft', { clientId: f.kase.clientId });
    const core = await asManager(f);
    expect(await core.invoke('dataProtection.subjectAccess.draft', { clientId: f.kase.clientId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await core.invoke('dataProtection.subjectAccess.release', { draftId: draft.draftId, redactionsConfirmed: true, outDir: outDir() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await asDirector(f);
  });
});
