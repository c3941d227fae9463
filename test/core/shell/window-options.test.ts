// The window's options: every hardening switch, spelled out.
import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../electron/main/window-options';

const input = { preloadPath: '/app/out/preload/index.cjs', partition: 'threshold' };

describe('window options', () => {
  it('turns on isolation and the sandbox and keeps Node out of every renderer context', () => {
    const web = buildWindowOptions(input).webPreferences;
    expect(web).toMatchObject({
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every optional surface off', () => {
    const web = buildWindowOptions(input).webPreferences;
    expect(web).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      plugins: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web).not.toHaveProperty('additionalArguments');
  });

  it('uses the in-memory partition it is given and refuses a persistent one', () => {
    expect(buildWindowOptions(input).webPreferences?.partition).toBe('threshold');
    expect(() => buildWindowOptions({ ...input, partition: 'persist:threshold' })).toThrow(/must not be persistent/);
  });

  it('refuses an ES module preload, which a sandboxed renderer cannot load', () => {
    expect(() => buildWindowOptions({ ...input, preloadPath: '/app/out/preload/index.mjs' })).toThrow(/CommonJS/);
  });

  it('opens hidden until ready-to-show, titled Threshold, with a usable minimum size', () => {
    const options = buildWindowOptions(input);
    expect(options).toMatchObject({ title: 'Threshold', show: false });
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });

  it('allows developer tools only when asked (while developing)', () => {
    expect(buildWindowOptions({ ...input, devTools: true }).webPreferences?.devTools).toBe(true);
  });
});
