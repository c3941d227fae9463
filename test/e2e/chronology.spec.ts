// The case chronology end to end: a case opened through the UI, a contact, a session and a
// complaint recorded through the forms out of date order, shown in date order with the gap in
// contact; a correction and its history; the significant-events view; the Overview tab.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { choose } from './support/ui';

const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'lantern orchard pebble 42' };
const ORGANISATION = { name: 'Westcountry Learning Partnership', address: '12 Quay Street\nTruro\nTR1 2HE' };

/** Types a London date-time into the record form's picker, as "1 Oct 2026, 17:30". */
async function setWhen(page: Page, when: string): Promise<void> {
  const input = page.getByTestId('record-occurred-at').locator('input');
  await input.fill(when);
  await input.blur();
  await expect(input).toHaveValue(when);
}

async function startRecord(page: Page, type: string, pictured?: () => Promise<void>): Promise<void> {
  await page.getByTestId('add-record').click();
  await expect(page.getByTestId(`record-type-${type}`)).toBeVisible();
  await pictured?.();
  await page.getByTestId(`record-type-${type}`).click();
  await expect(page.getByTestId('record-form')).toBeVisible();
}

async function saveRecord(page: Page): Promise<void> {
  await page.getByTestId('record-submit').click();
  await expect(page.getByTestId('record-dialog')).toBeHidden();
}

/** Waits for the "added" message to go, so a screenshot shows the page at rest. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('.n-message')).toHaveCount(0, { timeout: 8_000 });
}

test('a chronology kept through the forms: date order, gaps, a correction with its history, significant events', async ({ app: page, core, shot }) => {
  // Three records through the forms, each select opened and chosen as a person would.
  test.setTimeout(240_000);
  expect((await core.invoke('session.setup', { organisation: ORGANISATION, director: DIRECTOR })).ok).toBe(true);
  expect((await core.invoke('people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' })).ok).toBe(true);
  await page.reload();

  // A case, opened through the UI, then opened from its row.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('new-case').click();
  await page.getByTestId('case-client-name').fill('Amira Haddad');
  await choose(page, 'case-service', 'Online tuition');
  await choose(page, 'case-worker', 'Tom Pascoe · Tutor');
  await page.getByTestId('case-submit').click();
  await expect(page.getByTestId('filter-service')).toBeVisible(); // the list's filters, once it has cases
  await settle(page);
  await shot('chronology-00-case-list');
  await page.getByTestId('case-row').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Haddad' })).toBeVisible();
  await page.getByTestId('tab-chronology').click();
  await expect(page.getByTestId('chronology-empty')).toContainText('No records yet');

  // Entered newest first: the complaint, then the first call, then the lesson between them.
  await startRecord(page, 'complaint', () => shot('chronology-01-choose-type'));
  await setWhen(page, '20 Oct 2026, 09:15');
  await page.getByLabel('Fact').fill('Email from Mrs Haddad: fractions were not taught in the last three lessons.');
  await page.getByLabel('Analysis (opinion)').fill('Follows the disagreement about homework in September.');
  await choose(page, 'record-route', 'Email');
  await choose(page, 'record-about-person-id', 'Tom Pascoe · Tutor');
  await choose(page, 'record-investigation-status', 'Received');
  await saveRecord(page);

  await startRecord(page, 'contact');
  await setWhen(page, '1 Jul 2026, 17:30');
  await page.getByTestId('record-significant').click();
  await page.getByLabel('Fact').fill('Mrs Haddad phoned the desk and asked for Tom’s personal mobile number. Told her we cannot give it.');
  await choose(page, 'record-medium', 'Phone call');
  await choose(page, 'record-line', 'Main desk phone');
  await choose(page, 'record-direction', 'From the client side');
  await choose(page, 'record-purpose', 'Enquiry');
  await choose(page, 'record-client-parties', 'Amira Haddad · Client');
  await choose(page, 'record-staff-parties', 'Tom Pascoe · Tutor');
  await page.getByTestId('record-length-value').fill('12');
  await page.getByTestId('record-dialog').evaluate((dialog) => dialog.scrollIntoView({ block: 'start' }));
  await shot('chronology-02-contact-form');
  await saveRecord(page);

  await startRecord(page, 'session');
  await setWhen(page, '8 Oct 2026, 16:00');
  await page.getByLabel('Fact').fill('Online maths lesson, 50 minutes: fractions and decimals.');
  await choose(page, 'record-worker-id', 'Tom Pascoe · Tutor');
  await page.getByLabel('Kind of session').fill('Maths lesson');
  await choose(page, 'record-location', 'Online from home');
  await choose(page, 'record-outcome', 'Attended');
  await page.getByTestId('record-report-filed').click();
  // From the keyboard: Ctrl+Enter in a text box saves (Enter there starts a new line).
  await page.getByTestId('record-fact').press('Control+Enter');
  await expect(page.getByTestId('record-dialog')).toBeHidden();

  // Date order, whatever order they were entered, with the 99 days without contact as a row.
  const rows = page.getByTestId('chronology-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-type', 'contact');
  await expect(rows.nth(1)).toHaveAttribute('data-type', 'session');
  await expect(rows.nth(2)).toHaveAttribute('data-type', 'complaint');
  await expect(rows.nth(0)).toContainText('Wed 1 Jul 2026, 17:30');
  await expect(page.getByTestId('chronology-gap').first()).toContainText('No contact for 99 days');
  await expect(rows.nth(0).getByTestId('tag-significant')).toBeVisible();
  await settle(page);
  await shot('chronology-03-list');

  // Correct the session: a new version with its reason; the first one kept.
  await rows.nth(1).click();
  await expect(page.getByTestId('record-fact-text')).toContainText('fractions and decimals');
  await page.getByTestId('record-correct').click();
  await expect(page.getByTestId('record-fact')).toHaveValue('Online maths lesson, 50 minutes: fractions and decimals.');
  await page.getByTestId('record-fact').fill('Online maths lesson, 50 minutes: fractions only; decimals moved to next week.');
  await page.getByLabel('Reason for the correction').fill('Tom’s session report says decimals were not covered.');
  await page.getByTestId('record-submit').click();
  await expect(page.getByTestId('version')).toHaveCount(2);
  await expect(page.getByTestId('version').first()).toContainText('Reason: Tom’s session report says decimals were not covered.');
  await expect(page.getByTestId('record-fact-text')).toContainText('fractions only');
  await settle(page);
  await page.getByTestId('version-history').scrollIntoViewIfNeeded();
  await shot('chronology-04-history');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('record-drawer')).toBeHidden();

  // The significant-events view is the chronology a review starts from.
  await page.getByTestId('chronology-significant').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('personal mobile number');
  await expect(page.getByTestId('chronology-count')).toContainText('1 of 3 records');
  await shot('chronology-05-significant');

  await page.getByTestId('tab-overview').click();
  await expect(page.getByTestId('overview-worker')).toHaveText('Tom Pascoe');
  await expect(page.getByTestId('overview-manager')).toHaveText(DIRECTOR.fullName);
  await shot('chronology-06-overview');
});
