// The chronology: records of every type in date order, versioned corrections, filters, gaps.
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from './support/temp-store';
import { caseFixture, contactInput, type CaseFixture } from './support/case-fixture';

let f: CaseFixture;
afterEach(() => f?.store.cleanup());

describe('chronology', () => {
  it('lists a contact, a session and a complaint in date order whatever order they were entered', async () => {
    f = await caseFixture();
    const { core } = f.store;
    await ok(core, 'records.create', { caseId: f.kase.id, type: 'complaint', occurredAt: '2026-10-20T09:00:00Z', fact: 'Parent complained that fractions were not taught.', details: { route: 'email', aboutPersonId: f.tutor.id, investigationStatus: 'received' } });
    await ok(core, 'records.create', contactInput(f, '2026-10-01T16:30:00Z', 'Parent phoned about homework.'));
    await ok(core, 'records.create', { caseId: f.kase.id, type: 'session', occurredAt: '2026-10-08T15:00:00Z', fact: 'Lesson on fractions.', details: { workerId: f.tutor.id, kind: 'Maths lesson', location: 'online_from_home', outcome: 'attended', reportFiled: true } });
    const list = await ok(core, 'chronology.list', { caseId: f.kase.id });
    expect(list.entries.map((e) => e.type)).toEqual(['contact', 'session', 'complaint']);
    expect(list.entries[0]).toMatchObject({ summary: 'Phone call from Amira Haddad with Tom Pascoe · main desk phone', parties: expect.arrayContaining([expect.objectContaining({ fullName: 'Tom Pascoe', side: 'staff' })]) });
    expect(list.entries[2]?.summary).toBe('Complaint about Tom Pascoe · received');
  });

  it('keeps fact and analysis apart and corrects by a new version, keeping the old', async () => {
    f = await caseFixture();
    const { core } = f.store;
    const created = await ok(core, 'records.create', { ...contactInput(f, '2026-10-01T16:30:00Z', 'Parent phoned twice.'), analysis: 'Seems anxious about the exam.' });
    expect(created).toMatchObject({ version: 1, fact: 'Parent phoned twice.', analysis: 'Seems anxious about the exam.' });
    const { caseId: _, ...fix } = contactInput(f, '2026-10-01T16:30:00Z', 'Parent phoned three times.');
    const corrected = await ok(core, 'records.correct', { ...fix, recordId: created.id, expectedVersion: 1, reason: 'Call log shows a third call.' });
    expect(corrected).toMatchObject({ version: 2, fact: 'Parent phoned three times.', correctionReason: 'Call log shows a third call.' });
    const { history } = await ok(core, 'records.get', { recordId: created.id });
    expect(history.map((h) => [h.version, h.fact])).toEqual([[2, 'Parent phoned three times.'], [1, 'Parent phoned twice.']]);
    const stale = await core.invoke('records.correct', { ...contactInput(f, '2026-10-01T16:30:00Z', 'Another'), recordId: created.id, expectedVersion: 1, reason: 'x' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await ok(core, 'audit.verify', {})).ok).toBe(true);
  });

  it('refuses details that point at people or records that do not fit, beside the field', async () => {
    f = await caseFixture();
    const bad = await f.store.core.invoke('records.create', contactInput(f, '2026-10-01T16:30:00Z', 'x', { clientParties: [f.tutor.id] }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'details.clientParties.0' }] } });
    const noFailureType = await f.store.core.invoke('records.create', { caseId: f.kase.id, type: 'session', occurredAt: '2026-10-08T15:00:00Z', fact: 'x', details: { workerId: f.tutor.id, kind: 'Lesson', location: 'online_from_home', outcome: 'technology_failure' } });
    expect(noFailureType).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'details.technologyFailure' }] } });
    expect((await ok(f.store.core, 'chronology.list', { caseId: f.kase.id })).total).toBe(0);
  });

  it('filters by type, significance, text, party and London dates, and shows gaps in contact', async () => {
    f = await caseFixture();
    const { core } = f.store;
    await ok(core, 'records.create', contactInput(f, '2026-03-28T23:30:00Z', 'Late call before the clocks change.'));
    await ok(core, 'records.create', { ...contactInput(f, '2026-06-01T10:00:00Z', 'Asked for the tutor’s mobile number.'), significant: true });
    await ok(core, 'records.create', contactInput(f, '2026-06-03T10:00:00Z', 'Thanked the desk.', { staffParties: [] }));
    const all = await ok(core, 'chronology.list', { caseId: f.kase.id, gapDays: 28 });
    expect(all.gaps[0]).toMatchObject({ from: '2026-03-28', to: '2026-06-01' });
    expect((await ok(core, 'chronology.list', { caseId: f.kase.id, significantOnly: true })).entries.map((e) => e.fact)).toEqual(['Asked for the tutor’s mobile number.']);
    expect((await ok(core, 'chronology.list', { caseId: f.kase.id, search: 'MOBILE' })).entries).toHaveLength(1);
    expect((await ok(core, 'chronology.list', { caseId: f.kase.id, partyId: f.tutor.id })).entries).toHaveLength(2);
    expect((await ok(core, 'chronology.list', { caseId: f.kase.id, types: ['session'] })).entries).toHaveLength(0);
    // 23:30 UTC on 28 March 2026 is still 28 March in London (GMT until the 29th).
    expect((await ok(core, 'chronology.list', { caseId: f.kase.id, from: '2026-03-28', to: '2026-03-28' })).entries).toHaveLength(1);
  });

  it('filters in the store but measures gaps and the total on the whole case, and lists each record with its parties', async () => {
    f = await caseFixture();
    const { core } = f.store;
    await ok(core, 'records.create', contactInput(f, '2026-03-02T10:00:00Z', 'First call.'));
    await ok(core, 'records.create', contactInput(f, '2026-05-04T10:00:00Z', 'Second call.'));
    await ok(core, 'records.create', { caseId: f.kase.id, type: 'session', occurredAt: '2026-05-06T15:00:00Z', fact: 'Lesson held.', details: { workerId: f.tutor.id, kind: 'Maths lesson', location: 'online_from_home', outcome: 'attended' } });
    // Only sessions are asked for: the gap between the two calls is still there, and the total is the case's.
    const sessions = await ok(core, 'chronology.list', { caseId: f.kase.id, types: ['session'], gapDays: 28 });
    expect(sessions.entries.map((e) => e.fact)).toEqual(['Lesson held.']);
    expect(sessions.total).toBe(3);
    expect(sessions.gaps[0]).toMatchObject({ from: '2026-03-02', to: '2026-05-04' });
    expect(sessions.entries[0]?.parties.map((p) => p.fullName).sort()).toEqual(['Amira Haddad', 'Tom Pascoe']);
    // A range and a party together.
    const spring = await ok(core, 'chronology.list', { caseId: f.kase.id, partyId: f.kase.clientId, from: '2026-05-01', to: '2026-05-05' });
    expect(spring.entries.map((e) => e.fact)).toEqual(['Second call.']);
    expect(spring.entries[0]?.parties.map((p) => p.side).sort()).toEqual(['client', 'staff']);
  });

  it('merges two issues so they count as the same issue, audited', async () => {
    f = await caseFixture();
    const { core } = f.store;
    const a = await ok(core, 'records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-10-01T09:00:00Z', fact: 'Raised exam arrangements.', details: { title: 'Exam arrangements', openedOn: '2026-10-01' } });
    const b = await ok(core, 'records.create', { caseId: f.kase.id, type: 'issue', occurredAt: '2026-10-02T09:00:00Z', fact: 'Raised access arrangements.', details: { title: 'Access arrangements for exams', openedOn: '2026-10-02' } });
    await ok(core, 'issues.merge', { keepId: a.id, mergeId: b.id, reason: 'Same matter' });
    const issues = (await ok(core, 'chronology.list', { caseId: f.kase.id, types: ['issue'] })).entries;
    expect(issues.map((i) => i.id)).toEqual([a.id]);
    expect(await core.invoke('issues.merge', { keepId: a.id, mergeId: a.id, reason: 'x' })).toMatchObject({ ok: false });
  });
});

describe('case people', () => {
  it('adds a student, sets the mentor and the date boundaries were explained, and audits it', async () => {
    f = await caseFixture();
    const { core } = f.store;
    const mentor = await ok(core, 'people.addStaff', { fullName: 'Grace Trelawny', staffRole: 'mentor' });
    const student = await ok(core, 'people.addClientSide', { caseId: f.kase.id, kind: 'student', fullName: 'Yusuf Haddad', asStudent: true });
    const updated = await ok(core, 'cases.update', { caseId: f.kase.id, mentorId: mentor.id, boundariesExplainedOn: '2026-09-01' });
    expect(updated).toMatchObject({ student: { id: student.id, fullName: 'Yusuf Haddad' }, mentor: { fullName: 'Grace Trelawny' }, boundariesExplainedOn: '2026-09-01' });
    expect(updated.clientSide.map((p) => p.fullName)).toEqual(['Amira Haddad', 'Yusuf Haddad']);
    await ok(core, 'records.create', contactInput(f, '2026-10-01T16:30:00Z', 'Student emailed homework.', { clientParties: [student.id] }));
    expect((await ok(core, 'chronology.list', { caseId: f.kase.id, partyId: student.id })).entries).toHaveLength(1);
    expect(await core.invoke('cases.update', { caseId: f.kase.id, studentId: f.kase.clientId })).toMatchObject({ ok: false, error: { issues: [{ path: 'studentId' }] } });
  });
});
