// The real built app (out/main/index.js) in the real Electron, when this machine has the
// Electron binary. The binary downloads on first `npm run dev`, so it is detected by path:
// requiring the electron package would start that download.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

function electronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('the Electron app', () => {
  test.skip(binary === null, 'Electron binary not installed on this machine (it downloads on first `npm run dev`)');

  let store: string;
  test.beforeEach(() => {
    store = mkdtempSync(join(tmpdir(), 'threshold-electron-'));
  });
  test.afterEach(() => rmSync(store, { recursive: true, force: true }));

  test('opens the setup screen on a new store, with only the bridge exposed', async () => {
    // The dev server's URL must not leak in from the shell: the built files are under test.
    const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RENDERER_URL'));
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['out/main/index.js', '--store', store], cwd: root, env });
    try {
      const page = await app.firstWindow();
      expect(new URL(page.url()).protocol).toBe('app:');
      await expect(page.getByRole('heading', { level: 1, name: 'Set up Threshold' })).toBeVisible();

      // Runs in the page (no DOM types here: globalThis is the window).
      const exposed = await page.evaluate(() => {
        const bridge: unknown = Reflect.get(globalThis, 'threshold');
        return {
          keys: typeof bridge === 'object' && bridge !== null ? Object.keys(bridge).sort() : null,
          process: typeof Reflect.get(globalThis, 'process'),
          require: typeof Reflect.get(globalThis, 'require'),
          module: typeof Reflect.get(globalThis, 'module'),
        };
      });
      expect(exposed).toEqual({ keys: ['cancel', 'chooseSavePath', 'invoke', 'onMenuCommand', 'onProgress'], process: 'undefined', require: 'undefined', module: 'undefined' });

      // The whole path: preload -> main (sender check) -> core process -> the store folder given.
      const invoke = (method: string) =>
        page.evaluate(async (name) => {
          const bridge: unknown = Reflect.get(globalThis, 'threshold');
          if (typeof bridge !== 'object' || bridge === null || !('invoke' in bridge) || typeof bridge.invoke !== 'function') return 'no bridge';
          const result: unknown = await bridge.invoke(name, {});
          return result;
        }, method);
      expect(await invoke('session.status')).toMatchObject({ ok: true, value: { state: 'no-store' } });
      expect(await invoke('cases.dropAll')).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    } finally {
      await app.close();
    }
  });
});
