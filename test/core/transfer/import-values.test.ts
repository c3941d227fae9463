// The cell readers on their own: London wall-clock times to UTC, human words to the contract's
// ids, durations to minutes, and the mapping suggested from common export headers.
import { describe, expect, it } from 'vitest';
import { readMinutes, readTones, readYesNo, readers } from '../../../electron/core/transfer/contact-values';
import { suggestMapping } from '../../../electron/core/transfer/csv-mapping';
import { parseDateTime } from '../../../electron/core/transfer/london-time';

describe('London date-times', () => {
  it('reads UK and ISO local times across the clock changes, and an explicit offset as given', () => {
    expect(parseDateTime('15/01/2026 09:30', 'uk')).toEqual({ ok: true, value: '2026-01-15T09:30:00.000Z' });
    expect(parseDateTime('1/7/2026 9:30 pm', 'uk')).toEqual({ ok: true, value: '2026-07-01T20:30:00.000Z' });
    expect(parseDateTime('2026-07-01T21:30:15', 'iso')).toEqual({ ok: true, value: '2026-07-01T20:30:15.000Z' });
    expect(parseDateTime('2026-07-01T21:30:00+02:00', 'iso')).toEqual({ ok: true, value: '2026-07-01T19:30:00.000Z' });
    // 01:30 on 25 October 2026 happened twice; the later (GMT) one is taken.
    expect(parseDateTime('25/10/2026 01:30', 'uk')).toEqual({ ok: true, value: '2026-10-25T01:30:00.000Z' });
  });

  it('says what is wrong with a date-time it cannot read', () => {
    expect(parseDateTime('2026-07-01 09:30', 'uk')).toMatchObject({ ok: false, reason: '"2026-07-01" is not a date written dd/mm/yyyy, such as 31/12/2026' });
    expect(parseDateTime('01/07/26 09:30', 'uk')).toMatchObject({ ok: false, reason: expect.stringContaining('write the year in full') });
    expect(parseDateTime('29/02/2026 09:30', 'uk')).toMatchObject({ ok: false, reason: expect.stringContaining('is not a real date') });
    expect(parseDateTime('01/07/2026', 'uk')).toMatchObject({ ok: false, reason: expect.stringContaining('needs a date and a time') });
    expect(parseDateTime('01/07/2026 13:00 pm', 'uk')).toMatchObject({ ok: false, reason: expect.stringContaining('with am or pm the hour is 1 to 12') });
  });
});

describe('cell values', () => {
  it('accepts the contract ids and common human spellings, ignoring case and spacing', () => {
    expect(['Phone call', 'phone', 'PHONE_CALL', 'telephone'].map((w) => readers.medium.read(w))).toEqual(Array(4).fill({ ok: true, value: 'phone_call' }));
    expect(readers.direction.read('Inbound')).toEqual({ ok: true, value: 'from_client_side' });
    expect(readers.direction.read('outgoing')).toEqual({ ok: true, value: 'to_client' });
    expect(readers.line.read('Personal phone (number withheld)')).toEqual({ ok: true, value: 'personal_phone_withheld' });
    expect(readers.purpose.read('reschedule')).toEqual({ ok: true, value: 'cancellation_or_rescheduling' });
    expect(readers.medium.read('fax')).toMatchObject({ ok: false, reason: expect.stringContaining('"fax" is not a medium Threshold knows') });
  });

  it('reads yes/no, tone markers and lengths', () => {
    expect(['Yes', 'y', 'TRUE', '1'].map(readYesNo)).toEqual(Array(4).fill({ ok: true, value: true }));
    expect(readYesNo('maybe')).toMatchObject({ ok: false });
    expect(readTones('Rude; threat, rude')).toEqual({ ok: true, value: ['rude', 'threatening'] });
    expect(['12', '4:32', '01:04:00', '2.5', '0:00'].map(readMinutes)).toEqual([12, 5, 64, 3, 0].map((value) => ({ ok: true, value })));
    expect(readMinutes('four')).toMatchObject({ ok: false });
  });
});

describe('suggested mapping', () => {
  it('matches the headers phone systems and helplines use', () => {
    expect(suggestMapping(['Call Start', 'Call Type', 'Agent Name', 'Talk Time', 'Comments', 'Queue', 'Caller'])).toEqual({
      occurredAt: 'Call Start',
      medium: 'Call Type',
      staffParties: 'Agent Name',
      lengthMinutes: 'Talk Time',
      fact: 'Comments',
      line: 'Queue',
      clientParties: 'Caller',
    });
    expect(suggestMapping(['Date', 'Date and time', 'Notes'])).toEqual({ occurredAt: 'Date and time', fact: 'Notes' });
  });
});
