// complaints.history through the real core and an encrypted store: a case's complaints grouped
// by issue (the same issue record, merges included), the no-issue group, time order, the totals
// with COMP-2's 90-day window moving with the date, the COMP flags exactly as flags.forCase finds
// them, guard G-1's reminder, who may ask, and an unknown case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../electron/core/contract';
import { ok } from './support/temp-store';
import { setUpTeam, type Team } from './support/team';

let t: Team;
let caseId = '';
const ids: Record<'marking' | 'timetable' | 'first' | 'waiting' | 'timetableComplaint' | 'repeat', string> = { marking: '', timetable: '', first: '', waiting: '', timetableComplaint: '', repeat: '' };

type ComplaintDetails = Extract<Input<'records.create'>, { type: 'complaint' }>['details'];
const complaint = (occurredAt: string, fact: string, details: ComplaintDetails): Input<'records.create'> => ({ caseId, type: 'complaint', occurredAt, fact, details });
const create = async (input: Input<'records.create'>): Promise<string> => (await ok(t.store.core, 'records.create', input)).id;
const history = (asOf?: string) => ok(t.store.core, 'complaints.history', { caseId, asOf });

beforeAll(async () => {
  t = await setUpTeam();
  caseId = (await t.newCase('online_tuition', 'Dana Whitfield')).id;
  const tutor = t.tutor.id;
  ids.marking = await create({ caseId, type: 'issue', occurredAt: '2026-02-01T10:00:00Z', fact: 'Raised homework marking.', details: { title: 'Homework marking', openedOn: '2026-02-01' } });
  ids.timetable = await create({ caseId, type: 'issue', occurredAt: '2026-03-01T10:00:00Z', fact: 'Raised the timetable.', details: { title: 'Timetable', openedOn: '2026-03-01', resolvedOn: '2026-05-01' } });
  // Entered out of time order: the history is in the order things happened, not the order typed.
  ids.repeat = await create(complaint('2026-04-02T09:00:00Z', 'Complained again about marking.', { route: 'letter', aboutPersonId: tutor, issueId: ids.marking, investigationStatus: 'completed', outcome: 'partly_upheld', procedureCompletedOn: '2026-04-20', staffHours: 5, seeksReplacement: true }));
  ids.first = await create(complaint('2026-02-10T09:00:00Z', 'Complained about marking.', { route: 'email', aboutPersonId: tutor, issueId: ids.marking, investigationStatus: 'completed', outcome: 'not_upheld', procedureCompletedOn: '2026-03-01', staffHours: 4, seeksReplacement: true }));
  ids.waiting = await create(complaint('2026-03-05T09:00:00Z', 'Complained about the wait.', { route: 'phone', aboutWhat: 'The waiting list', investigationStatus: 'received', staffHours: 2 }));
  ids.timetableComplaint = await create(complaint('2026-03-10T09:00:00Z', 'Complained about the timetable.', { route: 'in_person', aboutPersonId: tutor, issueId: ids.timetable, investigationStatus: 'investigating', staffHours: 3 }));
}, 60_000);
afterAll(() => t.store.cleanup());

describe('complaints.history', () => {
  it('groups the complaints by issue, the groups by their first complaint, each in time order, with a group for those naming no issue', async () => {
    const h = await history('2026-11-30');
    expect(h.issues.map((g) => g.issue?.title ?? null)).toEqual(['Homework marking', null, 'Timetable']);
    expect(h.issues.map((g) => g.complaints.map((k) => k.recordId))).toEqual([[ids.first, ids.repeat], [ids.waiting], [ids.timetableComplaint]]);
    expect(h.issues[0]?.issue).toEqual({ recordId: ids.marking, title: 'Homework marking', openedOn: '2026-02-01', resolvedOn: null });
    expect(h.issues[2]?.issue).toEqual({ recordId: ids.timetable, title: 'Timetable', openedOn: '2026-03-01', resolvedOn: '2026-05-01' });
    expect(h.issues[0]?.complaints[0]).toEqual({
      recordId: ids.first,
      date: '2026-02-10',
      aboutPersonId: t.tutor.id,
      about: 'Tom Pascoe',
      route: 'email',
      investigationStatus: 'completed',
      outcome: 'not_upheld',
      procedureCompletedOn: '2026-03-01',
      staffHours: 4,
      seeksReplacement: true,
    });
    expect(h.issues[1]?.complaints[0]).toMatchObject({ about: 'The waiting list', aboutPersonId: null, outcome: null, procedureCompletedOn: null, seeksReplacement: false });
    expect(h.totals).toMatchObject({ complaints: 4, upheld: 0, partlyUpheld: 1, notUpheld: 1 });
  });

  it('leaves out complaints raised after the date', async () => {
    const h = await history('2026-03-06');
    expect(h.asOf).toBe('2026-03-06');
    expect(h.issues.map((g) => g.complaints.map((k) => k.recordId))).toEqual([[ids.first], [ids.waiting]]);
    expect(h.totals).toMatchObject({ complaints: 2, notUpheld: 1, partlyUpheld: 0 });
  });

  it('totals the staff hours of complaints raised in the 90 days up to the date, both ends included', async () => {
    // 10 Feb + 90 days = 11 May: the first complaint's 4 hours count up to that day and not after.
    expect((await history('2026-05-11')).totals.recentHours).toEqual({ hours: 14, days: 90, from: '2026-02-10', to: '2026-05-11' });
    expect((await history('2026-05-12')).totals.recentHours).toEqual({ hours: 10, days: 90, from: '2026-02-11', to: '2026-05-12' });
    expect((await history('2026-06-09')).totals.recentHours.hours).toBe(5);
    expect((await history('2026-07-02')).totals.recentHours.hours).toBe(0);
  });

  it('shows COMP-1 once a complaint on an issue follows an earlier complaint whose procedure had completed', async () => {
    const before = await history('2026-04-01');
    expect(before.flags.map((f) => f.id)).not.toContain('COMP-1');
    const after = await history('2026-04-02');
    const comp1 = after.flags.find((f) => f.id === 'COMP-1');
    expect(comp1?.findings).toHaveLength(1);
    expect(comp1?.findings[0]).toMatchObject({ from: '2026-02-10', to: '2026-04-02', evidence: [ids.first, ids.repeat] });
    expect(comp1?.findings[0]?.summary).toContain('“Homework marking”');
    expect(comp1?.citation.section).toContain('4.3');
  });

  it('answers exactly the complaint flags flags.forCase finds on the same date, and none other', async () => {
    for (const asOf of ['2026-03-06', '2026-04-02', '2026-11-30']) {
      const h = await history(asOf);
      const all = await ok(t.store.core, 'flags.forCase', { caseId, asOf });
      expect(h.flags).toEqual(all.flags.filter((f) => f.id.startsWith('COMP-')));
    }
    // 14 hours between 10 Feb and 2 Apr (COMP-2); two complaints about the tutor seeking a replacement (COMP-3).
    expect((await history('2026-04-02')).flags.map((f) => f.id)).toEqual(['COMP-1', 'COMP-2', 'COMP-3']);
  });

  it("says COMP-2's window as the policy settings have it, and which complaint flags are not applied", async () => {
    await t.as('director');
    await ok(t.store.core, 'policy.updateFlag', { id: 'COMP-2', services: ['online_tuition'], params: { days: 30 } });
    await ok(t.store.core, 'policy.updateFlag', { id: 'COMP-3', services: ['counselling_open_ended'], params: {} });
    try {
      const h = await history('2026-04-02');
      expect(h.totals.recentHours).toEqual({ hours: 10, days: 30, from: '2026-03-03', to: '2026-04-02' });
      expect(h.notApplicable).toEqual(['COMP-3']);
      expect(h.flags.map((f) => f.id)).not.toContain('COMP-3');
    } finally {
      await ok(t.store.core, 'policy.resetFlag', { id: 'COMP-2' });
      await ok(t.store.core, 'policy.resetFlag', { id: 'COMP-3' });
    }
  });

  it("carries guard G-1's reminder with its citation", async () => {
    const { reminder } = await history();
    expect(reminder.guard).toBe('G-1');
    expect(reminder.citation).toBe('Sue Lambert Trust, Managing difficult situations with clients 4.3');
    expect(reminder.sentences.join(' ')).toMatch(/never by itself grounds.*upheld or not.*only under W-2.*COMP-1.*COMP-2.*never proves a complaint false/s);
  });

  it('puts complaints on a merged issue with the issue kept', async () => {
    await t.as('director');
    const other = await create({ caseId, type: 'issue', occurredAt: '2026-06-01T10:00:00Z', fact: 'Raised marking again.', details: { title: 'Marking (again)', openedOn: '2026-06-01' } });
    const onOther = await create(complaint('2026-06-02T09:00:00Z', 'Complained about marking once more.', { route: 'email', aboutPersonId: t.tutor.id, issueId: other, investigationStatus: 'received' }));
    expect((await history('2026-06-30')).issues.map((g) => g.issue?.title ?? null)).toEqual(['Homework marking', null, 'Timetable', 'Marking (again)']);
    await ok(t.store.core, 'issues.merge', { keepId: ids.marking, mergeId: other, reason: 'The same matter.' });
    const merged = await history('2026-06-30');
    expect(merged.issues.map((g) => g.issue?.title ?? null)).toEqual(['Homework marking', null, 'Timetable']);
    expect(merged.issues[0]?.complaints.map((k) => k.recordId)).toEqual([ids.first, ids.repeat, onOther]);
  });

  it('is open to every role that reads the chronology, and to no one while locked', async () => {
    for (const who of ['director', 'clientManager', 'clinicalLead', 'appeals'] as const) {
      await t.as(who);
      const chronology = await t.store.core.invoke('chronology.list', { caseId });
      const answer = await t.store.core.invoke('complaints.history', { caseId });
      expect({ who, ok: answer.ok }).toEqual({ who, ok: chronology.ok });
    }
    await ok(t.store.core, 'session.lock', {});
    expect(await t.store.core.invoke('complaints.history', { caseId })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    await t.as('director');
  });

  it('answers an unknown case not_found and a malformed date invalid_input', async () => {
    expect(await t.store.core.invoke('complaints.history', { caseId: '00000000-0000-4000-8000-0000000000ff' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.store.core.invoke('complaints.history', { caseId, asOf: '2/4/2026' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'asOf' }] } });
  });

  it('answers an empty history for a case with no complaints', async () => {
    const empty = (await t.newCase('information_advice', 'Lena Fox')).id;
    const h = await ok(t.store.core, 'complaints.history', { caseId: empty });
    expect(h).toMatchObject({ caseId: empty, issues: [], flags: [], totals: { complaints: 0, upheld: 0, partlyUpheld: 0, notUpheld: 0, recentHours: { hours: 0 } } });
  });
});
