// Letters and the review pack end to end on the demo organisation, through the real core: the
// client manager drafts a verbal-warning confirmation from the Letters tab, edits a paragraph,
// saves it, sees the preview drawn by pdf.js into canvases under the app's CSP, is refused a
// wrong passphrase in the signing dialog, signs, and sees the letter signed and read-only. The
// director sees it is not theirs to sign, drafts a written warning from the Checklist's "Draft
// letter", finds it on "To decide and sign" and signs it (Ed25519); the Review tab makes a pack.
import type { Page } from '@playwright/test';
import { DEMO_PASSPHRASE } from '../../electron/core/contract';
import { expect, test } from './support/fixtures';
import { lock, unlock } from './support/ui';

/** A full-page picture in /tmp, once Naive UI's transitions have settled, to look at. */
async function snap(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(350);
  await page.screenshot({ path: `/tmp/letters-${name}.png`, fullPage: true });
}

/** The preview has drawn every page: a canvas each, named "Page n of N", with ink on it. */
async function expectPreview(page: Page, testId: string): Promise<void> {
  const preview = page.getByTestId(testId);
  await expect(preview).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
  const pages = Number(await preview.getAttribute('data-pages'));
  expect(pages).toBeGreaterThan(0);
  await expect(preview.getByTestId(`${testId}-page`)).toHaveCount(pages);
  await expect(preview.getByRole('img', { name: `Page 1 of ${pages}` })).toBeVisible();
  // Something was painted: the first page is not one blank colour.
  const inked = await preview.getByTestId(`${testId}-page`).first().evaluate((canvas) => {
    if (!(canvas instanceof HTMLCanvasElement)) return false;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!data) return false;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) return true;
    return false;
  });
  expect(inked, 'the first page has dark pixels (text)').toBe(true);
}

async function openCase(page: Page, clientName: string): Promise<void> {
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row').filter({ hasText: clientName }).first().click();
  await expect(page.getByTestId('case-heading')).toBeVisible();
}

test('letters: drafted, edited, previewed and signed by the client manager; the director signs a written warning; a review pack', async ({ app: page, core }) => {
  test.setTimeout(300_000);
  expect((await core.invoke('demo.create', {})).ok).toBe(true);
  await core.invoke('session.lock', {});
  await page.reload();
  await unlock(page, 'clientmanager', DEMO_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My cases');
  await expect(page.getByTestId('home-letters')).toBeVisible();

  // Natalie Coad's Letters tab: New letter offers the verbal warning's confirmation.
  await openCase(page, 'Natalie Coad');
  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letters-new').click();
  const option = page.locator('[data-testid="letters-option"][data-type="verbal_warning_confirmation"]').first();
  await expect(option).toContainText('Verbal warning confirmation');
  await option.click();

  // The draft opens with its reasons from the evidence and its preview drawn.
  const panel = page.getByTestId('letter-panel');
  await expect(panel).toHaveAttribute('data-status', 'draft');
  await expect(page).toHaveURL(/tab=letters&letter=/);
  await expect(page.getByTestId('letter-reason').first()).toBeVisible();
  await expect(page.getByTestId('letter-signer')).toContainText('You can sign it.');
  await expectPreview(page, 'letter-preview');

  // Edit a paragraph and save: the revision moves on and the preview is drawn again.
  const expected = page.getByTestId('letter-section-expected');
  await expected.fill('Please speak to staff calmly and respectfully, and keep to the times agreed for your calls.');
  await expect(page.getByTestId('letter-unsaved')).toBeVisible();
  await page.getByTestId('letter-save').click();
  await expect(page.getByTestId('letter-saved')).toContainText('Saved (revision 2)');
  await expect(page.getByTestId('letter-no-problems')).toBeVisible();
  await expectPreview(page, 'letter-preview');
  await snap(page, '1-client-manager-draft');

  // A wrong passphrase is refused in the dialog; the right one signs.
  await page.getByTestId('letter-sign').click();
  const dialog = page.getByTestId('letter-sign-dialog');
  await expect(dialog.getByTestId('letter-sign-who')).toContainText("case's client manager, Daniel Kessell");
  await dialog.getByTestId('letter-sign-passphrase').fill('granite harbour lanterns');
  await dialog.getByTestId('letter-sign-submit').click();
  await expect(dialog.getByTestId('letter-sign-alert')).toContainText('That passphrase is not right');
  await expect(panel).toHaveAttribute('data-status', 'draft');
  await dialog.getByTestId('letter-sign-passphrase').fill(DEMO_PASSPHRASE);
  await dialog.getByTestId('letter-sign-submit').click();
  await expect(dialog).toBeHidden();

  // Signed: read-only, with its signer, time and SHA-256; the preview is the stored PDF.
  await expect(panel).toHaveAttribute('data-status', 'signed');
  await expect(page.getByTestId('letter-status')).toHaveText('Signed');
  await expect(page.getByTestId('letter-editor')).toHaveCount(0);
  await expect(page.getByTestId('letter-sign')).toHaveCount(0);
  await expect(page.getByTestId('letter-signed-by')).toContainText('Daniel Kessell');
  await expect(page.getByTestId('letter-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('letter-digital')).toContainText('no digital signature');
  await expectPreview(page, 'letter-preview');
  await expect(page.locator('[data-testid="letter-row"][data-status="signed"]').first()).toBeVisible();
  await snap(page, '2-client-manager-signed');

  // The director: a client manager's draft is not theirs to sign, and the dialog says who signs.
  await lock(page);
  await unlock(page, 'director', DEMO_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('To decide and sign');
  await openCase(page, 'Natalie Coad');
  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letters-new').click();
  await page.locator('[data-testid="letters-option"][data-type="verbal_warning_confirmation"]').first().click();
  await expect(page.getByTestId('letter-panel')).toHaveAttribute('data-status', 'draft');
  await page.getByTestId('letter-sign').click();
  await expect(page.getByTestId('letter-sign-who')).toContainText("signed by the case's client manager, Daniel Kessell");
  await expect(page.getByTestId('letter-sign-dialog').getByTestId('letter-sign-submit')).toBeDisabled();
  await page.getByTestId('letter-sign-dialog').getByTestId('letter-sign-cancel').click();

  // From the Checklist's written warning, "Draft letter" opens the written warning's draft.
  await page.getByTestId('tab-checklist').click();
  const draftWritten = page.locator('[data-testid="draft-letter"][data-type="written_warning"]').first();
  await expect(draftWritten).toBeVisible();
  await draftWritten.click();
  await expect(page.getByTestId('tab-letters')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('letter-panel')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('letter-panel')).toContainText('Written warning');
  await expectPreview(page, 'letter-preview');

  // It waits on "To decide and sign", and the link opens it.
  await page.getByTestId('nav-home').click();
  const waiting = page.locator('[data-testid="home-letter"][data-type="written_warning"]').first();
  await expect(waiting).toBeVisible();
  await waiting.getByTestId('home-letter-link').click();
  await expect(page.getByTestId('letter-panel')).toContainText('Written warning');
  await page.getByTestId('letter-sign').click();
  await page.getByTestId('letter-sign-passphrase').fill(DEMO_PASSPHRASE);
  await page.getByTestId('letter-sign-submit').click();
  await expect(page.getByTestId('letter-panel')).toHaveAttribute('data-status', 'signed');
  await expect(page.getByTestId('letter-digital')).toHaveText('Digitally signed (Ed25519)');
  await expect(page.getByTestId('letter-signed-by')).toContainText('Helen Treloar');
  await expectPreview(page, 'letter-preview');
  await snap(page, '3-director-signed');

  // The Review tab makes the case review pack and draws it.
  await page.getByTestId('tab-review').click();
  await page.getByTestId('review-build').click();
  await expectPreview(page, 'review-preview');
  await expect(page.getByTestId('review-preview-count')).toContainText('Review pack');
  await snap(page, '4-review-pack');
});
