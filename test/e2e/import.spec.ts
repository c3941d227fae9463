// Contact import end to end: a helpline's CSV with one bad row is reported clearly and writes
// nothing; the corrected file imports; the contacts are in the case's chronology in date order.
import { expect, test } from './support/fixtures';
import { choose } from './support/ui';

const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'lantern orchard pebble 42' };
const ORGANISATION = { name: 'Westcountry Learning Partnership', address: '12 Quay Street\nTruro\nTR1 2HE' };

const HEADER = 'Call start,Call type,Direction,Agent,Talk time,Notes';
const ROWS = [
  '03/10/2026 09:15,Phone call,Inbound,Tom Pascoe,0:04:32,Asked again about the homework.',
  '01/10/2026 16:30,Phone call,Outbound,Tom Pascoe,12,"Returned the call: homework, and the exam dates."',
];
const BAD = '02/10/2026 08:05,Carrier pigeon,Inbound,Tim Pascoe,,Sent a note.';
const FIXED = '02/10/2026 08:05,Text,Inbound,,,Texted to say the lesson was too hard.';

const csvFile = (name: string, rows: readonly string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8') });

test('a call log with one bad row is refused row by row, then imported once fixed, and shows in the case', async ({ app: page, core, shot }) => {
  test.setTimeout(240_000);
  expect((await core.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR })).ok).toBe(true);
  const tutor = await core.invoke('people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  const staff = await core.invoke('people.listStaff', {});
  const director = staff.ok ? staff.value.find((p) => p.staffRole === 'director') : undefined;
  if (!tutor.ok || !director) throw new Error('The staff could not be set up');
  const kase = await core.invoke('cases.create', { clientName: 'Amira Haddad', service: 'online_tuition', startDate: '2026-09-01', allocatedWorkerId: tutor.value.id, clientManagerId: director.id });
  if (!kase.ok) throw new Error(kase.error.message);
  await page.reload();

  await page.getByTestId('nav-import-contacts').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeVisible();
  await choose(page, 'import-case', `${kase.value.reference} · Amira Haddad`);
  await page.getByTestId('import-file').setInputFiles(csvFile('helpline-october.csv', [...ROWS, BAD]));

  // Row 4 of the spreadsheet (the header is row 1): both of its problems, nothing importable.
  const errors = page.getByTestId('import-error-row');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText('4');
  await expect(errors.nth(0)).toContainText('Call type');
  await expect(errors.nth(0)).toContainText('"Carrier pigeon" is not a medium Threshold knows');
  await expect(errors.nth(1)).toContainText('Agent');
  await expect(errors.nth(1)).toContainText('No staff person is called "Tim Pascoe"');
  await expect(page.getByTestId('import-submit')).toBeDisabled();
  await expect(page.getByTestId('import-summary')).toContainText('3 rows in the file; 2 rows are ready to import');
  await shot('import-01-bad-row');
  expect(await core.invoke('chronology.list', { caseId: kase.value.id })).toMatchObject({ ok: true, value: { total: 0 } });

  await page.getByTestId('import-file').setInputFiles(csvFile('helpline-october-fixed.csv', [...ROWS, FIXED]));
  await expect(page.getByTestId('import-errors')).toBeHidden();
  await expect(page.getByTestId('import-submit')).toBeEnabled();
  await expect(page.getByTestId('import-preview-row')).toHaveCount(3);
  await expect(page.getByTestId('import-map-occurredAt')).toContainText('Call start');
  await shot('import-02-preview');
  await page.getByTestId('import-submit').click();

  await expect(page.getByTestId('import-done')).toContainText('Imported 3 contacts');
  await shot('import-03-done');
  await page.getByTestId('import-open-case').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Haddad' })).toBeVisible();
  const rows = page.getByTestId('chronology-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Returned the call: homework, and the exam dates.');
  await expect(rows.nth(1)).toContainText('Texted to say the lesson was too hard.');
  await expect(rows.nth(2)).toContainText('Asked again about the homework.');
  await shot('import-04-case-chronology');
});
