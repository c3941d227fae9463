// Small steps the end-to-end specs repeat, written the way a person uses the screen.
import { expect, type Page } from '@playwright/test';

/** Opens a Naive UI select and clicks the option with this label. */
export async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.n-base-select-option', { hasText: label }).filter({ visible: true }).first().click();
  await expect(page.getByTestId(testId)).toContainText(label);
}

export async function unlock(page: Page, login: string, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByTestId('unlock-login').fill(login);
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-passphrase').press('Enter');
}

export async function lock(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
}
