// The README's pictures (issue 9): the demo organisation in the built renderer in Chromium,
// bridged to a real core as in the end-to-end suite, each user's main screens photographed at
// 1280 x 800. `npm run build && npm run screenshots` writes docs/screenshots/*.png; the README
// links them, so running this again after a change to a screen keeps the pictures true.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { openCore } from '../electron/core';
import { bridgeToCore } from '../test/e2e/support/bridge';
import { serveRenderer } from '../test/e2e/support/static-server';

const OUT = join(process.cwd(), 'docs', 'screenshots');
const RENDERER = join(process.cwd(), 'out', 'renderer');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const DEMO_PASSPHRASE = 'granite harbour lantern';

async function signIn(page: Page, login: string): Promise<void> {
  if (await page.getByTestId('lock-button').isVisible()) {
    await page.getByTestId('lock-button').click();
  }
  await page.getByTestId('unlock-login').waitFor();
  await page.getByTestId('unlock-login').fill(login);
  await page.getByTestId('unlock-passphrase').fill(DEMO_PASSPHRASE);
  await page.getByTestId('unlock-passphrase').press('Enter');
  await page.getByTestId('lock-button').waitFor({ timeout: 60_000 });
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function openCase(page: Page, clientName: string, tab?: string): Promise<void> {
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row').filter({ hasText: clientName }).first().click();
  await page.getByTestId('case-heading').waitFor();
  if (tab) await page.getByTestId(`tab-${tab}`).click();
}

/** `ready`: what must be drawn first; `top`: what to scroll to the top of the window, when the point of the picture is below the fold. */
async function shot(page: Page, name: string, ready?: string, top?: string): Promise<void> {
  if (ready) await page.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 });
  if (top) {
    // The content scrolls inside the layout (not the window): scroll it as a person would, by wheel.
    const box = await page.locator(top).first().boundingBox();
    await page.mouse.move(640, 500);
    if (box) await page.mouse.wheel(0, box.y - 110);
  }
  // Let transitions and charts settle, so the picture is of the resting screen.
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  process.stdout.write(`  docs/screenshots/${name}.png\n`);
}

async function photograph(page: Page): Promise<void> {
  await signIn(page, 'clientmanager');
  await shot(page, 'client-manager-home', '[data-testid="home-queue"]');
  await openCase(page, 'Rebecca Hendy');
  await shot(page, 'case-overview', '[data-testid="case-flag"]', '[data-testid="case-flags"]');
  await page.getByTestId('tab-chronology').click();
  await shot(page, 'case-chronology', '[data-testid="chronology-row"]');
  await page.getByTestId('tab-pairing').click();
  await shot(page, 'case-pairing', '[data-testid="pairing-weekly-chart"] canvas, [data-testid="pairing-weekly-chart"] svg');
  if (await page.getByTestId('tab-complaints').count()) {
    await page.getByTestId('tab-complaints').click();
    await shot(page, 'case-complaints');
  }

  await signIn(page, 'clinicallead');
  await shot(page, 'clinical-lead-home', '[data-testid="home-casework"]');
  await openCase(page, 'Craig Nankervis', 'checklist');
  await shot(page, 'case-checklist', '[data-testid="criterion"]', '[data-testid="criterion"][data-criterion="W-5"]');

  await signIn(page, 'director');
  await shot(page, 'director-home', '[data-testid="home-casework"]');
  // The written warning the director signed (the demo's TH-0006), with its preview.
  await openCase(page, 'TH-0006', 'letters');
  await page.locator('[data-testid="letter-row"][data-type="written_warning"] [data-testid="letter-row-link"]').first().click();
  await shot(page, 'case-letter', '[data-testid="letter-preview"] canvas');
  await page.getByTestId('tab-review').click();
  await page.getByTestId('review-build').click();
  await shot(page, 'case-review-pack', '[data-testid="review-preview"] canvas');
}

async function main(): Promise<void> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('No built renderer in out/renderer: run `npm run build` first.');
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'threshold-screenshots-'));
  const core = openCore({ storeDir: dir, logInternal: (method, error) => console.error(`[core] ${method}:`, error) });
  const server = await serveRenderer(RENDERER);
  const browser = await chromium.launch(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] } : {});
  try {
    const built = await core.invoke('demo.create', {});
    if (!built.ok) throw new Error(`demo.create: ${built.error.message}`);
    await core.invoke('session.lock', {});
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    await bridgeToCore(page, core);
    await page.goto(server.url);
    process.stdout.write('Photographing the demo organisation:\n');
    await photograph(page);
  } finally {
    await browser.close();
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
