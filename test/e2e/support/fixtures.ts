// Playwright fixtures: the built renderer on a local server, a real core on a temporary store,
// and a page whose window.threshold reaches that core, exactly the bridge the preload exposes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { bridgeToCore } from './bridge';
import { openCoreHost } from './core-host';
import type { CoreHost } from './core-host-types';
import { serveRenderer, type StaticServer } from './static-server';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCREENSHOTS = join(ROOT, 'reports', 'screenshots');

export interface AppFixtures {
  /** The real core behind the page; `core.reopen()` restarts it on the same store. */
  core: CoreHost;
  /** A page on the app's start screen, bridged to `core`. */
  app: Page;
  /** Saves a full-window screenshot to reports/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
}

export const test = base.extend<AppFixtures, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await serveRenderer(join(ROOT, 'out', 'renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  core: async ({}, use) => {
    const core = openCoreHost();
    await use(core);
    core.dispose();
  },
  app: async ({ page, server, core }, use) => {
    // Anything the CSP blocks, or any script error, fails the test: the app must run under it.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await bridgeToCore(page, core);
    await page.goto(server.url);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
  shot: async ({ page }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name) => {
      // Let Naive UI's transitions settle so the picture shows the resting state.
      await page.waitForTimeout(350);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    });
  },
});

export { bridgeToCore, expect };
