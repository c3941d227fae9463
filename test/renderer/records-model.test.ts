import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, RESTRICTED_TYPES, type ChronologyEntry, type ChronologyRecord } from '../../electron/core/contract';
import { chronologyRows } from '../../src/components/chronology/chronology-rows';
import { displayDateTime, fromWallClock, nowWallClock, toWallClock } from '../../src/date-times';
import { RECORD_FIELDS, fieldsOf } from '../../src/records/fields';
import { blankForm, correctionInput, formOf, missingChoices, newRecordInput } from '../../src/records/form-model';
import { RECORD_TYPE_LABELS, RESTRICTED_RECORD_TYPES } from '../../src/records/labels';

const CASE = '11111111-1111-4111-8111-111111111111';
const CLIENT = '22222222-2222-4222-8222-222222222222';

describe('date-times in London', () => {
  it('shows an instant as London time, the British way, across the clock change', () => {
    expect(displayDateTime('2026-10-01T16:30:00.000Z')).toBe('Thu 1 Oct 2026, 17:30'); // BST
    expect(displayDateTime('2026-11-23T16:30:00.000Z')).toBe('Mon 23 Nov 2026, 16:30'); // GMT
    expect(displayDateTime('nonsense')).toBe('nonsense');
  });

  it('turns the wall-clock time a picker holds into the UTC instant and back', () => {
    expect(fromWallClock('2026-10-01T17:30')).toBe('2026-10-01T16:30:00.000Z');
    expect(fromWallClock('2026-12-01T17:30')).toBe('2026-12-01T17:30:00.000Z');
    expect(toWallClock('2026-10-01T16:30:00.000Z')).toBe('2026-10-01T17:30');
    expect(fromWallClock(null)).toBeNull();
    expect(fromWallClock('1 Oct')).toBeNull();
    expect(nowWallClock(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01T00:30');
  });
});

const entry = (id: string, occurredAt: string): ChronologyEntry => ({ id, type: 'contact', version: 1, occurredAt, significant: false, restricted: false, summary: id, fact: id, parties: [] });

describe('chronology rows', () => {
  const entries = [entry('a', '2026-02-01T10:00:00Z'), entry('b', '2026-02-01T22:00:00Z'), entry('c', '2026-06-01T10:00:00Z'), entry('d', '2026-06-02T10:00:00Z')];
  const gaps = [{ from: '2026-02-01', to: '2026-06-01', days: 120 }];
  const keys = (newestFirst: boolean) => chronologyRows(entries, gaps, newestFirst).map((r) => (r.kind === 'gap' ? `gap ${r.gap.days}` : r.key));

  it('puts a gap after the last entry of the day it starts, and reverses for newest first', () => {
    expect(keys(false)).toEqual(['a', 'b', 'gap 120', 'c', 'd']);
    expect(keys(true)).toEqual(['d', 'c', 'gap 120', 'b', 'a']);
  });

  it('places a warning or decision after the last entry of its day, in date order with the gaps', () => {
    const casework = [
      { id: 'w', kind: 'warning' as const, date: '2026-02-01', label: 'Verbal warning (W-1)' },
      { id: 'x', kind: 'decision' as const, date: '2026-06-01', label: 'Withdrawal of service (W-1)' },
    ];
    const rows = chronologyRows(entries, gaps, false, casework).map((r) => (r.kind === 'gap' ? `gap ${r.gap.days}` : r.key));
    expect(rows).toEqual(['a', 'b', 'gap 120', 'casework:w', 'c', 'casework:x', 'd']);
  });

  it('closes the list with a gap that runs past the last entry (up to today)', () => {
    const rows = chronologyRows(entries, [...gaps, { from: '2026-06-02', to: '2026-11-23', days: 174 }], false);
    expect(rows.at(-1)).toMatchObject({ kind: 'gap', gap: { days: 174 } });
  });
});

describe('the record form model', () => {
  it("keeps the contract's order of types and its restricted types", () => {
    expect(Object.keys(RECORD_TYPE_LABELS)).toEqual([...RECORD_TYPES]);
    expect(RESTRICTED_RECORD_TYPES).toEqual(RESTRICTED_TYPES);
  });

  it('describes every detail of every record type', () => {
    expect(fieldsOf('contact').map((f) => f.key)).toContain('clientParties');
    for (const [type, specs] of Object.entries(RECORD_FIELDS)) expect(Object.keys(specs).length, type).toBeGreaterThan(0);
  });

  it('asks for choices not yet made, and sends a contact with its length as unit and number', () => {
    const form = blankForm('contact', new Date('2026-10-01T16:30:00Z'));
    expect(form.occurredAt).toBe('2026-10-01T17:30');
    expect(form.details.withinAllocatedTimes).toBe(true);
    expect(missingChoices('contact', form).map((m) => m.field)).toEqual(['details.medium', 'details.line', 'details.direction', 'details.purpose']);

    Object.assign(form.details, { medium: 'phone_call', line: 'helpline', direction: 'to_client', purpose: 'enquiry', clientParties: [CLIENT], length: { unit: 'minutes', value: 12 } });
    expect(missingChoices('contact', form)).toEqual([]);
    const input = newRecordInput(CASE, 'contact', { ...form, fact: 'Called back.' });
    expect(input).toMatchObject({ caseId: CASE, type: 'contact', occurredAt: '2026-10-01T16:30:00.000Z', fact: 'Called back.', details: { length: { unit: 'minutes', value: 12 }, issueId: null } });
  });

  it('pre-fills a correction from the record and sends it with the version it corrects', () => {
    const record = {
      id: '33333333-3333-4333-8333-333333333333',
      caseId: CASE,
      type: 'session',
      version: 2,
      occurredAt: '2026-10-08T14:00:00.000Z',
      fact: 'Lesson.',
      analysis: '',
      significant: true,
      restricted: false,
      recordedAt: '2026-10-08T15:00:00.000Z',
      recordedBy: { userId: CLIENT, fullName: 'Margaret Okafor' },
      correctionReason: 'Time was wrong.',
      details: { workerId: CLIENT, kind: 'Maths', location: 'practice', outcome: 'attended', technologyFailure: null, replacementForId: null, abandonedAndReported: false, reportFiled: true },
    } satisfies ChronologyRecord;
    const form = formOf(record);
    expect(form).toMatchObject({ occurredAt: '2026-10-08T15:00', significant: true, reason: '', details: { kind: 'Maths', reportFiled: true } });
    const input = correctionInput(record, { ...form, reason: 'Wrong room.' });
    expect(input).toMatchObject({ recordId: record.id, expectedVersion: 2, reason: 'Wrong room.', type: 'session', details: record.details });
  });
});
