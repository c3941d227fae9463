// End-to-end tier: the built renderer (out/renderer, from `npm run build`) in Chromium, served
// over http with the app's CSP and bridged to a real core (test/e2e/support). The shell's own
// spec (electron.spec.ts) runs the real Electron app when its binary is present.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium when installed (CI installs it); otherwise Playwright's own build, which
// `npx playwright install chromium` fetches once (see README).
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    }
  : {};

export default defineConfig({
  testDir: 'test/e2e',
  // Without the tsconfig `paths` entry for better-sqlite3's types: with it, Playwright would try
  // to transform files under node_modules.
  tsconfig: './test/e2e/tsconfig.json',
  // Every setup and unlock pays a real scrypt, and two cores are all this machine kind has: one
  // worker keeps each test's timing its own (with two, a 40 s test came within a second of 60 s).
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Not under test-results/: Playwright empties that folder when it starts.
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
