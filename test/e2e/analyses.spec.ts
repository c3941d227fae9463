// The analyses end to end on the demo organisation: the client manager's home queue shows the
// isolated pair and the re-pairing complaint with their sentences; the case's Pairing tab shows
// the week-by-week chart with the tutor's contacts rising and the complaint marked; the evidence
// link opens the chronology on exactly those records; the director changes a flag's setting.
import { DEMO_PASSPHRASE } from '../../electron/core/contract';
import { expect, test } from './support/fixtures';
import { lock, unlock } from './support/ui';

test('the demo pairing case: home queue, flags with evidence, the pairing chart, a policy setting', async ({ app: page, core, shot }) => {
  test.setTimeout(240_000);
  expect((await core.invoke('demo.create', {})).ok).toBe(true);
  await core.invoke('session.lock', {});
  await page.reload();
  await unlock(page, 'clientmanager', DEMO_PASSPHRASE);

  // Home: "My cases", the pairing case first-class with both flags and one sentence each.
  const hendy = page.getByTestId('queue-case').filter({ hasText: 'Rebecca Hendy' });
  await expect(hendy.locator('[data-testid="queue-flag"][data-flag="PAIR-1"]')).toContainText('isolated pair may be forming with Owen Jago');
  await expect(hendy.locator('[data-testid="queue-flag"][data-flag="PAIR-4"]')).toContainText('The complaint about Owen Jago');
  await shot('analyses-1-home-queue');

  // The case's Overview lists the flags with citation and PAIR-4's prompt.
  await hendy.getByRole('link', { name: /Rebecca Hendy/ }).click();
  const pair4 = page.getByTestId('case-flag').filter({ hasText: 'PAIR-4' });
  await expect(pair4.getByTestId('case-flag-prompt')).toContainText('do not pair');
  await expect(pair4.getByTestId('case-flag-citation')).toContainText('Westcountry SEN');
  await shot('analyses-2-case-flags');

  // Pairing: the weekly chart drawn as SVG, the complaint marked, the tutor's series in it.
  await page.getByTestId('tab-pairing').click();
  const chart = page.getByTestId('pairing-weekly-chart');
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart).toContainText('Owen Jago');
  await expect(page.getByTestId('pairing-marker').filter({ hasText: 'Complaint about Owen Jago' })).toBeVisible();
  await shot('analyses-3-pairing-chart');

  // The complaint's chronology link shows exactly that record in the chronology.
  await page.getByTestId('pairing-marker').filter({ hasText: 'Complaint about Owen Jago' }).first().getByTestId('pairing-marker-chronology').click();
  await expect(page.getByTestId('tab-chronology')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('chronology-row')).toHaveCount(1);
  await expect(page.getByTestId('chronology-row')).toContainText('Complaint');
  await shot('analyses-4-evidence-in-chronology');

  // The director raises PAIR-1's contact threshold in Policy settings; the flag goes at once.
  await lock(page);
  await unlock(page, 'director', DEMO_PASSPHRASE);
  await page.getByTestId('nav-policy-settings').click();
  const card = page.locator('[data-testid="flag-setting"][data-flag="PAIR-1"]');
  await expect(card).toContainText("Threshold's default");
  const minContacts = card.getByTestId('param-PAIR-1-minContacts');
  await minContacts.fill('50');
  await minContacts.blur();
  await card.getByTestId('save-PAIR-1').click();
  await expect(card.getByTestId('flag-setting-changed')).toContainText('Last changed');
  await shot('analyses-5-policy-settings');
  await page.getByTestId('nav-dashboard').click();
  const row = page.getByTestId('dashboard-table').locator('tr', { hasText: 'Rebecca Hendy' });
  await expect(row).toBeVisible();
  await expect(row.locator('[data-testid="dashboard-flag"][data-flag="PAIR-1"]')).toHaveCount(0);
  await shot('analyses-6-dashboard');
});
