// The Content-Security-Policy enforced by Chromium on the built renderer, served with the very
// header main sends (buildCsp) and bridged to a real core. Each test provokes what the policy
// forbids and proves it was refused. The `app` fixture fails a test on any console error, and a
// refusal logs one by design, so these tests bridge the plain page themselves and account for
// every console error: each must be a refusal the test provoked.
import type { ConsoleMessage, Page } from '@playwright/test';
import { buildCsp } from '../../electron/main/csp';
import type { CoreHost } from './support/core-host-types';
import { bridgeToCore, expect, test } from './support/fixtures';

const REMOTE = 'http://example.invalid';

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

/** Runs in the page before its own scripts (DevTools injects it, so the CSP does not apply). */
function recordViolations(): void {
  const seen: { directive: string; blocked: string }[] = [];
  Reflect.set(globalThis, '__violations', seen);
  globalThis.addEventListener('securitypolicyviolation', (event) => {
    if (event instanceof SecurityPolicyViolationEvent) seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
}

const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => [...(Reflect.get(globalThis, '__violations') as Violation[])]);

interface Watched {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Requests to the remote origin that Chromium began, and how each ended. */
  readonly remoteRequests: string[];
  readonly remoteFailures: string[];
  readonly remoteResponses: string[];
}

async function openRenderer(page: Page, core: CoreHost, url: string): Promise<Watched> {
  const watched: Watched = { consoleErrors: [], pageErrors: [], remoteRequests: [], remoteFailures: [], remoteResponses: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('request', (request) => {
    if (request.url().startsWith(REMOTE)) watched.remoteRequests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(REMOTE)) watched.remoteFailures.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.url().startsWith(REMOTE)) watched.remoteResponses.push(response.url());
  });
  await page.addInitScript(recordViolations);
  await bridgeToCore(page, core);
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toBe(buildCsp());
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Threshold' })).toBeVisible();
  return watched;
}

/** No script error, and every console error is a refusal under the Content Security Policy. */
function expectOnlyRefusals(watched: Watched): void {
  expect(watched.pageErrors).toEqual([]);
  for (const text of watched.consoleErrors) expect(text).toMatch(/Content Security Policy/);
}

test.describe('the Content-Security-Policy in Chromium', () => {
  test('the app itself starts under it without a single violation', async ({ page, core, server }) => {
    const watched = await openRenderer(page, core, server.url);
    expect(await violations(page)).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });

  test('eval, new Function and string timers are refused', async ({ page, core, server }) => {
    const watched = await openRenderer(page, core, server.url);
    const outcome = await page.evaluate(async () => {
      const attempt = (run: () => unknown): string => {
        try {
          run();
          return 'ran';
        } catch (error) {
          return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
      };
      const marker = 'csp-timer-ran';
      Reflect.deleteProperty(globalThis, marker);
      // A string timer is compiled like eval; a function is not (the callback form stays allowed).
      window.setTimeout(`globalThis['${marker}'] = true`, 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        eval: attempt(() => globalThis.eval('1')),
        indirectEval: attempt(() => (0, globalThis.eval)('2')),
        newFunction: attempt(() => new Function('return 1')()),
        functionConstructor: attempt(() => Function.prototype.constructor.call(null, 'return 1')),
        stringTimer: Reflect.get(globalThis, marker) === true ? 'ran' : 'not run',
      };
    });
    expect(outcome.eval).toMatch(/^EvalError: .*unsafe-eval/);
    expect(outcome.indirectEval).toMatch(/^EvalError/);
    expect(outcome.newFunction).toMatch(/^EvalError/);
    expect(outcome.functionConstructor).toMatch(/^EvalError/);
    expect(outcome.stringTimer).toBe('not run');
    const refused = await violations(page);
    expect(refused.filter((v) => v.directive === 'script-src' && v.blocked === 'eval')).toHaveLength(5);
    expectOnlyRefusals(watched);
    // Chromium logs each refusal (repeated identical messages may be folded into one).
    expect(watched.consoleErrors.length).toBeGreaterThanOrEqual(1);
  });

  test('script put into the page does not run: an inline <script>, an event attribute, a javascript: URL', async ({ page, core, server }) => {
    const watched = await openRenderer(page, core, server.url);
    const ran = await page.evaluate(async () => {
      const flags = ['csp-inline', 'csp-attribute', 'csp-javascript-url'];
      const script = document.createElement('script');
      script.textContent = "globalThis['csp-inline'] = true";
      document.head.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', "globalThis['csp-attribute'] = true");
      document.body.append(button);
      button.click();
      const link = document.createElement('a');
      link.href = "javascript:globalThis['csp-javascript-url'] = true";
      document.body.append(link);
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return flags.filter((flag) => Reflect.get(globalThis, flag) === true);
    });
    expect(ran).toEqual([]);
    const refused = await violations(page);
    expect(refused.map((v) => `${v.directive} ${v.blocked}`).sort()).toEqual(['script-src-attr inline', 'script-src-elem inline', 'script-src-elem inline']);
    expectOnlyRefusals(watched);
    expect(watched.consoleErrors).toHaveLength(3);
  });

  test('nothing is loaded from or sent to another origin: script, image, style, font, fetch, beacon, frame', async ({ page, core, server }) => {
    const watched = await openRenderer(page, core, server.url);
    const fetched = await page.evaluate(async (remote) => {
      const script = document.createElement('script');
      script.src = `${remote}/x.js`;
      document.head.append(script);
      const image = new Image();
      image.src = `${remote}/pixel.png`;
      document.body.append(image);
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = `${remote}/x.css`;
      document.head.append(style);
      const font = new FontFace('Remote', `url(${remote}/x.woff2)`);
      await font.load().catch(() => undefined);
      const frame = document.createElement('iframe');
      frame.src = `${remote}/frame.html`;
      document.body.append(frame);
      navigator.sendBeacon(`${remote}/beacon`, 'client name');
      const answer = await fetch(`${remote}/api`).then(
        () => 'answered',
        (error: unknown) => (error instanceof Error ? error.name : 'failed'),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      return answer;
    }, REMOTE);
    expect(fetched).toBe('TypeError');
    const refused = (await violations(page)).map((v) => `${v.directive} ${v.blocked}`);
    expect(refused).toEqual(
      expect.arrayContaining([
        `script-src-elem ${REMOTE}/x.js`,
        `img-src ${REMOTE}/pixel.png`,
        `style-src-elem ${REMOTE}/x.css`,
        `font-src ${REMOTE}/x.woff2`,
        // A refused frame is reported by origin only: its path is not the page's to know.
        `frame-src ${REMOTE}`,
        `connect-src ${REMOTE}/beacon`,
        `connect-src ${REMOTE}/api`,
      ]),
    );
    expect(refused).toHaveLength(7);
    // Whatever Chromium began was stopped by the policy, not by the missing host: no answer came.
    expect(watched.remoteResponses).toEqual([]);
    expect(watched.remoteFailures).toHaveLength(watched.remoteRequests.length);
    for (const failure of watched.remoteFailures) expect(failure).toMatch(/ (csp|net::ERR_BLOCKED_BY_CSP)$/);
    expectOnlyRefusals(watched);
  });
});
