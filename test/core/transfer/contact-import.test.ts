// Contact import from CSV through the router, on a real encrypted store: preview, the
// all-or-nothing import, row-numbered errors, and the file shapes spreadsheets produce.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactImportDefaults } from '../../../electron/core/contract/transfer';
import { caseFixture, type CaseFixture } from '../support/case-fixture';
import { ok } from '../support/temp-store';
import { GOOD_ROWS, HEADER, auditRows, contactsOf, csv, importInput } from './csv-fixture';

let f: CaseFixture;
afterEach(() => f?.store.cleanup());

describe('contact import', () => {
  it('suggests a mapping, previews, then imports every row so the contacts appear in date order', async () => {
    f = await caseFixture();
    const text = csv([HEADER, ...GOOD_ROWS]);
    const preview = await ok(f.store.core, 'contacts.previewImport', importInput(f, text));
    expect(preview.columns).toEqual(HEADER);
    expect(preview.suggestedMapping).toEqual({ occurredAt: 'Date', time: 'Time', medium: 'Type', direction: 'Direction', staffParties: 'Agent', lengthMinutes: 'Duration', fact: 'Notes' });
    expect(preview).toMatchObject({ dataRows: 3, validRows: 3, errors: [], errorCount: 0 });
    // 9:15 on 3 October is British Summer Time: 08:15 UTC. A 4:32 call is 5 minutes begun.
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      occurredAt: '2026-10-03T08:15:00.000Z',
      details: { medium: 'phone_call', line: 'helpline', direction: 'from_client_side', clientParties: [f.kase.clientId], staffParties: [f.tutor.id], length: { unit: 'minutes', value: 5 } },
      clientNames: ['Amira Haddad'],
      staffNames: ['Tom Pascoe'],
    });
    expect((await contactsOf(f)).total).toBe(0); // a preview writes nothing

    const done = await ok(f.store.core, 'contacts.import', importInput(f, text));
    expect(done).toEqual({ caseId: f.kase.id, imported: 3 });
    const list = await contactsOf(f);
    expect(list.entries.map((e) => e.fact)).toEqual(['Returned the call about homework.', 'Texted to say the lesson was too hard.', 'Asked again about the homework.']);
    expect(list.entries[0]?.summary).toBe('Phone call to Amira Haddad with Tom Pascoe · helpline');
    expect(list.entries[1]?.summary).toBe('Text message from Amira Haddad · helpline');
    const record = await ok(f.store.core, 'records.get', { recordId: list.entries[0]!.id });
    expect(record.record).toMatchObject({ version: 1, recordedBy: { fullName: 'Margaret Okafor' }, details: { length: { unit: 'minutes', value: 12 } } });
    expect(await ok(f.store.core, 'audit.verify', {})).toMatchObject({ ok: true });
  });

  it('reports a bad row by number, column and reason, writes nothing, and imports once it is fixed', async () => {
    f = await caseFixture();
    const bad = [...GOOD_ROWS.slice(0, 2), ['31/09/2026', '10:00', 'Carrier pigeon', 'Inbound', 'Tim Pascoe', '3', 'Odd row.'], GOOD_ROWS[2]!];
    const before = await auditRows(f);
    const preview = await ok(f.store.core, 'contacts.previewImport', importInput(f, csv([HEADER, ...bad])));
    expect(preview).toMatchObject({ dataRows: 4, validRows: 3, errorCount: 3 });
    expect(preview.errors).toEqual([
      { row: 4, column: 'Date', reason: '"31/09/2026" is not a real date (dd/mm/yyyy, such as 31/12/2026)' },
      { row: 4, column: 'Type', reason: expect.stringMatching(/^"Carrier pigeon" is not a medium Threshold knows \(use one of: Phone call, Text message, /) },
      { row: 4, column: 'Agent', reason: 'no staff person is called "Tim Pascoe" (add them as staff first, or correct the spelling)' },
    ]);

    const refused = await f.store.core.invoke('contacts.import', importInput(f, csv([HEADER, ...bad])));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('1 row has problems, so nothing was imported. The first: row 4, column "Date"') } });
    expect(refused.ok ? [] : refused.error.issues).toHaveLength(3);
    expect((await contactsOf(f)).total).toBe(0);
    expect(await auditRows(f)).toBe(before);

    bad[2] = ['30/09/2026', '10:00', 'Email', 'Inbound', 'Tom Pascoe', '3', 'Emailed a worksheet.'];
    expect(await ok(f.store.core, 'contacts.import', importInput(f, csv([HEADER, ...bad])))).toMatchObject({ imported: 4 });
    expect((await contactsOf(f)).entries[0]?.fact).toBe('Emailed a worksheet.');
    // One audit row for the chunk of contacts (contact-import-audit.test.ts) and one for the import.
    expect(await auditRows(f)).toBe(before + 2);
  });

  it('reads a BOM, CRLF line ends, quoted commas, quotes and line breaks, and counts rows as a spreadsheet does', async () => {
    f = await caseFixture();
    const rows = [HEADER, ['01/10/2026', '16:30', 'Phone call', 'Inbound', 'Tom Pascoe', '5', 'Said "fine, thanks",\nthen rang off.'], ['02/10/2026', '25:00', 'Phone call', 'Inbound', '', '', 'Bad time.']];
    const text = `\uFEFF${csv(rows, '\r\n')}\r\n`;
    const preview = await ok(f.store.core, 'contacts.previewImport', importInput(f, text));
    expect(preview.columns[0]).toBe('Date');
    expect(preview.rows[0]?.fact).toBe('Said "fine, thanks",\nthen rang off.');
    // The quoted line break does not start a new row: the bad time is on spreadsheet row 3.
    expect(preview.errors).toEqual([{ row: 3, column: 'Time', reason: '"25:00" is not a time of day' }]);
  });

  it('refuses an empty file, a file that is not UTF-8, and a mapping to a column the file lacks', async () => {
    f = await caseFixture();
    const empty = await f.store.core.invoke('contacts.previewImport', importInput(f, '\uFEFF\r\n'));
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('The file is empty'), issues: [{ path: 'csv' }] } });
    const latin1 = await f.store.core.invoke('contacts.previewImport', importInput(f, 'Date,Notes\n01/10/2026 10:00,Caf\uFFFD\n'));
    expect(latin1).toMatchObject({ ok: false, error: { message: expect.stringContaining('not UTF-8 text (near line 2)') } });
    const headerOnly = await f.store.core.invoke('contacts.previewImport', importInput(f, 'Date,Notes\n'));
    expect(headerOnly).toMatchObject({ ok: false, error: { message: expect.stringContaining('no rows of contacts') } });
    const mapped = await f.store.core.invoke('contacts.previewImport', importInput(f, csv([HEADER, ...GOOD_ROWS]), { mapping: { occurredAt: 'When' } }));
    expect(mapped).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'mapping.occurredAt', message: 'names a column "When" that this file does not have' }] } });
  });

  it('uses the defaults where a field is unmapped or its cell is empty, and ISO dates with an offset as given', async () => {
    f = await caseFixture();
    const text = csv([
      ['When', 'What happened', 'Channel'],
      ['2026-10-01T16:30:00Z', 'Emailed the timetable.', 'E-mail'],
      ['2026-10-02 09:00', '', ''],
    ]);
    const defaults: ContactImportDefaults = { medium: 'letter', line: 'service_inbox', direction: 'to_client', purpose: 'enquiry', staffParties: [f.tutor.id], fact: 'Logged by the service inbox.' };
    const mapping = { occurredAt: 'When', fact: 'What happened', medium: 'Channel' };
    const preview = await ok(f.store.core, 'contacts.previewImport', importInput(f, text, { dateFormat: 'iso', mapping, defaults }));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.occurredAt, r.fact, r.details.medium, r.details.line, r.details.direction, r.staffNames])).toEqual([
      ['2026-10-01T16:30:00.000Z', 'Emailed the timetable.', 'email', 'service_inbox', 'to_client', ['Tom Pascoe']],
      ['2026-10-02T08:00:00.000Z', 'Logged by the service inbox.', 'letter', 'service_inbox', 'to_client', ['Tom Pascoe']],
    ]);
  });

  it('refuses a London time the clocks skipped, and a fact that is neither in the file nor defaulted', async () => {
    f = await caseFixture();
    const text = csv([['Date and time', 'Notes'], ['29/03/2026 01:30', 'Night call.'], ['29/03/2026 02:30', '']]);
    const preview = await ok(f.store.core, 'contacts.previewImport', importInput(f, text));
    expect(preview.errors).toEqual([
      { row: 2, column: 'Date and time', reason: '01:30 did not happen in London that day: the clocks went forward an hour' },
      { row: 3, column: 'Notes', reason: 'is empty, and no default fact text was given' },
    ]);
  });
});
