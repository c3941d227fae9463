// The renderer at scale (SPEC section 8, issue 7 item 4): a case with 50,000 records opened in the
// built renderer in Chromium, bridged to a real core as in the end-to-end suite, then scrolled.
// Measured: the time from opening the Chronology tab to its first rows on screen, and the frame
// times while the list scrolls (each frame moves it by 20 rows, faster than anyone reads).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { openCore, type Core } from '../../electron/core';
import type { Input, MethodName, Output } from '../../electron/core/contract';
import { bridgeToCore } from '../../test/e2e/support/bridge';
import { serveRenderer } from '../../test/e2e/support/static-server';
import { callLog } from './csv';
import { median } from './measure';

const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'bench lantern orchard 42' };
const ORGANISATION = { name: 'Benchmark Learning Trust', address: '1 Quay Street\nTruro\nTR1 2HE' };
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** ENTRY_ROW_HEIGHT of src/components/chronology/chronology-columns.ts (a renderer module, not loadable here). */
const ROW_PX = 68;

export interface RendererResult {
  readonly records: number;
  /** Opening the Chronology tab until its first row is drawn, each time (ms). */
  readonly firstRows: readonly number[];
  /** Every frame's duration while scrolling (ms). */
  readonly frames: readonly number[];
  readonly rowsScrolled: number;
}

async function ok<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** A store with one case of `records` contacts, imported the way a service would bring its call log. */
async function storeWithLargeCase(dir: string, records: number): Promise<{ core: Core; caseId: string }> {
  const core = openCore({ storeDir: dir, logInternal: (method, error) => console.error(`[core] ${method}:`, error) });
  await ok(core, 'session.setup', { organisation: ORGANISATION, director: DIRECTOR });
  const tutor = await ok(core, 'people.addStaff', { fullName: 'Tom Pascoe', staffRole: 'tutor' });
  const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director')!;
  const kase = await ok(core, 'cases.create', { clientName: 'Amira Haddad', service: 'online_tuition', startDate: '2020-01-06', allocatedWorkerId: tutor.id, clientManagerId: director.id });
  await ok(core, 'contacts.import', { caseId: kase.id, csv: callLog(records, [tutor.fullName], new Date(Date.UTC(2020, 0, 6, 8))), dateFormat: 'uk' });
  return { core, caseId: kase.id };
}

async function openChronology(page: Page, caseId: string): Promise<number> {
  await page.evaluate("location.hash = '#/home'");
  await page.getByTestId('nav-cases').waitFor();
  const start = Date.now();
  await page.evaluate(`location.hash = ${JSON.stringify(`#/cases/${caseId}?tab=chronology`)}`);
  await page.locator('[data-testid="chronology-row"]').first().waitFor({ state: 'visible', timeout: 120_000 });
  return Date.now() - start;
}

/**
 * Scrolls the virtual list for `ms`, one step a frame, and answers each frame's duration. Text,
 * not a function, for page.evaluate: under tsx a function's compiled form calls a helper
 * (__name) that the page does not have.
 */
const SCROLL_FRAMES = `(ms, step, rowPx) => new Promise((resolve, reject) => {
  const list = document.querySelector('[data-testid="chronology-table"] .v-vl');
  if (!list) return reject(new Error('The chronology has no virtual list'));
  const frames = [];
  const begin = performance.now();
  let last = begin;
  function tick(now) {
    frames.push(now - last);
    last = now;
    list.scrollTop += step;
    if (now - begin < ms) requestAnimationFrame(tick);
    else resolve({ frames: frames.slice(1), rows: Math.round(list.scrollTop / rowPx) });
  }
  requestAnimationFrame(tick);
})`;

function scrollFrames(page: Page, ms: number, step: number): Promise<{ frames: number[]; rows: number }> {
  return page.evaluate(`(${SCROLL_FRAMES})(${ms}, ${step}, ${ROW_PX})`);
}

/** The run, or null (said on stderr) when there is no built renderer to run. */
export async function rendererAtScale(records: number, opens: number): Promise<RendererResult | null> {
  const rendererDir = join(process.cwd(), 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write('   no built renderer (out/renderer): run `npm run build` first for the renderer rows; skipped.\n');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'threshold-bench-ui-'));
  const { core, caseId } = await storeWithLargeCase(dir, records);
  const server = await serveRenderer(rendererDir);
  const browser = await chromium.launch(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] } : {});
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    await bridgeToCore(page, core);
    await page.goto(server.url);
    // Setting the store up left the director signed in; a locked core would ask to unlock.
    await page.getByTestId('nav-cases').or(page.getByTestId('unlock-login')).waitFor().catch(async (error: unknown) => {
      await page.screenshot({ path: join(tmpdir(), 'threshold-bench-ui.png') });
      throw error;
    });
    if (await page.getByTestId('unlock-login').isVisible()) {
      await page.getByTestId('unlock-login').fill(DIRECTOR.login);
      await page.getByTestId('unlock-passphrase').fill(DIRECTOR.passphrase);
      await page.getByTestId('unlock-passphrase').press('Enter');
      await page.getByTestId('nav-cases').waitFor();
    }
    const firstRows: number[] = [];
    for (let i = 0; i < opens; i++) firstRows.push(await openChronology(page, caseId));
    const { frames, rows } = await scrollFrames(page, 3000, 20 * ROW_PX);
    return { records, firstRows, frames, rowsScrolled: rows };
  } finally {
    await browser.close();
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const percentile = (xs: readonly number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;

export function formatRenderer(r: RendererResult): string {
  const long = r.frames.filter((f) => f > 50).length;
  return [
    `Renderer at scale (built renderer in Chromium, real core, one case of ${r.records.toLocaleString('en-GB')} records):`,
    `  Chronology tab opened until its first rows are drawn: median ${median(r.firstRows).toFixed(0)} ms over ${r.firstRows.length} opens (${r.firstRows.map((x) => x.toFixed(0)).join(', ')} ms)`,
    `  scrolling ${r.rowsScrolled.toLocaleString('en-GB')} rows in 3 s: ${r.frames.length} frames, median ${median(r.frames).toFixed(1)} ms, 95th percentile ${percentile(r.frames, 0.95).toFixed(1)} ms, longest ${Math.max(...r.frames).toFixed(1)} ms, ${long} over 50 ms`,
  ].join('\n');
}
