// The installer configuration (build/packaging.ts) as a plain object: the targets, the icon, the
// fuses (and the test build's one difference), what is packaged and what is not, the store's native
// module, signing from the environment, and that electron-builder itself loads the config files
// and accepts them against its own schema. Nothing is downloaded and no installer is built.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { RELEASE_FUSES } from '../../../build/fuses';
import { APP_ID, appFiles, ICON, NATIVE_MODULE, packagingConfig, PRODUCT_NAME, TARGET_ARCHS, type NodePlatform } from '../../../build/packaging';
import { AZURE_SIGNING_VARIABLES, azureSigningFromEnv } from '../../../build/signing';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const release = packagingConfig({ testBuild: false });
const testBuild = packagingConfig({ testBuild: true });
const AZURE = {
  [AZURE_SIGNING_VARIABLES.endpoint]: 'https://weu.codesigning.azure.net',
  [AZURE_SIGNING_VARIABLES.codeSigningAccountName]: 'threshold-signing',
  [AZURE_SIGNING_VARIABLES.certificateProfileName]: 'threshold-public',
  [AZURE_SIGNING_VARIABLES.publisherName]: 'Threshold Ltd',
};
const packageJson: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function field(object: unknown, key: string): unknown {
  return typeof object === 'object' && object !== null && key in object ? Reflect.get(object, key) : undefined;
}

const PLATFORMS = [
  { key: 'mac', node: 'darwin', archs: TARGET_ARCHS.mac, options: release.mac },
  { key: 'win', node: 'win32', archs: TARGET_ARCHS.win, options: release.win },
  { key: 'linux', node: 'linux', archs: TARGET_ARCHS.linux, options: release.linux },
] as const satisfies ReadonlyArray<{ key: string; node: NodePlatform; archs: readonly string[]; options: unknown }>;

/** electron-builder's own rule (util/filter.js): patterns in order, the last one that applies wins. */
function packaged(path: string, patterns: readonly string[], arch = 'x64'): boolean {
  let included = false;
  for (const pattern of patterns.map((p) => new Minimatch(p.replaceAll('${arch}', arch), { dot: true }))) {
    if (included !== pattern.negate) continue;
    included = pattern.match(path);
  }
  return included;
}

/** How electron-builder filters a production dependency: everything, minus the exclusions of `files`. */
function packagedModuleFile(path: string, files: readonly string[], arch: string): boolean {
  return packaged(path, ['**/*', ...files.filter((p) => p.startsWith('!'))], arch);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The OS and CPU a native binary is for, read from its ELF, Mach-O or PE header. */
function binaryTarget(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.readUInt32BE(0) === 0x7f454c46) {
    const machine = bytes.readUInt16LE(18);
    return `linux-${machine === 0x3e ? 'x64' : machine === 0xb7 ? 'arm64' : machine}`;
  }
  if (bytes.readUInt32LE(0) === 0xfeedfacf) {
    const cpu = bytes.readUInt32LE(4);
    return `darwin-${cpu === 0x01000007 ? 'x64' : cpu === 0x0100000c ? 'arm64' : cpu}`;
  }
  if (bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c);
    const machine = bytes.readUInt16LE(pe + 4);
    return `win32-${machine === 0x8664 ? 'x64' : machine === 0xaa64 ? 'arm64' : machine}`;
  }
  return 'unknown';
}

describe('the installers', () => {
  it('builds a dmg for macOS, an NSIS installer for Windows, and an AppImage and a deb for Linux', () => {
    const targets = (options: unknown): unknown => field(options, 'target');
    expect(targets(release.mac)).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(targets(release.win)).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(targets(release.linux)).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
  });

  it('names the app as package.json does, under a reverse-DNS id', () => {
    expect(release.productName).toBe(PRODUCT_NAME);
    expect(field(packageJson, 'productName')).toBe(PRODUCT_NAME);
    expect(release.appId).toBe(APP_ID);
    expect(APP_ID).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(release.linux?.executableName).toBe(field(packageJson, 'name'));
  });

  it('uses resources/icon.png on every OS, a square PNG of at least 512 px', () => {
    for (const { options } of PLATFORMS) expect(field(options, 'icon')).toBe(ICON);
    const iconPath = join(root, ICON);
    expect(existsSync(iconPath)).toBe(true);
    const { width, height } = pngSize(iconPath);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });

  it('works without credentials, never deletes the store on uninstall, and publishes nothing', () => {
    expect(release.forceCodeSigning).toBe(false);
    expect(release.win?.azureSignOptions).toBeUndefined();
    expect(release.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(release.publish).toBeNull();
  });
});

describe('the fuses', () => {
  it('are flipped for release as the hardening asks', () => {
    expect(release.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
      resetAdHocDarwinSignature: true,
    });
    expect(release.asar).toBe(true);
  });

  it('differ in the test build only by the Node inspector, which Playwright needs', () => {
    const fuseKeys = Object.keys(RELEASE_FUSES);
    const changedFuses = fuseKeys.filter((key) => !isDeepStrictEqual(field(release.electronFuses, key), field(testBuild.electronFuses, key)));
    expect(changedFuses).toEqual(['enableNodeCliInspectArguments']);
    expect(testBuild.electronFuses?.enableNodeCliInspectArguments).toBe(true);
    expect(Object.keys(testBuild.electronFuses ?? {}).sort()).toEqual([...fuseKeys].sort());
  });

  it('leave everything else of the test build as released, bar where it lands and that its files say TEST', () => {
    const keys = new Set([...Object.keys(release), ...Object.keys(testBuild)]);
    const changed = [...keys].filter((key) => !isDeepStrictEqual(field(release, key), field(testBuild, key))).sort();
    expect(changed).toEqual(['artifactName', 'directories', 'electronFuses']);
    expect(testBuild.artifactName).toContain('-TEST-');
    expect(release.artifactName).not.toContain('TEST');
    expect(testBuild.directories?.output).not.toBe(release.directories?.output);
    expect(testBuild.directories?.output?.startsWith(`${release.directories?.output ?? ''}/`)).toBe(false);
  });
});

describe('what is packaged', () => {
  const runtime = ['package.json', 'out/main/index.js', 'out/main/core-process.js', 'out/main/chunks/contract-1.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-1.js'];
  const notShipped = [
    'src/App.vue',
    'src/index.html',
    'electron/main/index.ts',
    'electron/core/store/sqlite.ts',
    'test/core/shell/packaging.test.ts',
    'test/e2e/electron.spec.ts',
    'reports/vitest.json',
    'reports/screenshots/a.png',
    'test-results/.playwright-artifacts-0/trace.zip',
    'docs/packaging.md',
    'README.md',
    'scripts/build-cli.mjs',
    'build/packaging.ts',
    'resources/icon.png',
    'electron-builder.config.ts',
    '.github/workflows/release.yml',
    'out/cli/threshold.mjs',
    'out/bench/probe.mjs',
    'out/prof.ts',
    'out/main/index.js.map',
    'package-lock.json',
  ];

  it('is given per OS only: a top-level list would become a second file set that lets everything in', () => {
    expect(release.files).toBeUndefined();
    for (const { node, options } of PLATFORMS) expect(field(options, 'files')).toEqual(appFiles(node));
  });

  it('is the built app and package.json, never sources, tests, reports or docs', () => {
    for (const { node } of PLATFORMS) {
      const files = appFiles(node);
      expect(runtime.filter((path) => !packaged(path, files))).toEqual([]);
      expect(notShipped.filter((path) => packaged(path, files))).toEqual([]);
    }
    expect(runtime).toContain(field(packageJson, 'main'));
  });

  it('keeps only the prebuilt binary for the OS and arch being built, without the C sources', () => {
    const prebuild = (target: string): string => `node_modules/${NATIVE_MODULE}/prebuilds/${target}.node`;
    const allPrebuilds = ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'linuxmusl-x64', 'win32-arm64', 'win32-x64'];
    for (const { node, archs } of PLATFORMS) {
      for (const arch of archs) {
        const kept = allPrebuilds.filter((target) => packagedModuleFile(prebuild(target), appFiles(node), arch));
        expect(kept, `${node} ${arch}`).toEqual([`${node}-${arch}`]);
        expect(packagedModuleFile(`node_modules/${NATIVE_MODULE}/lib/index.js`, appFiles(node), arch)).toBe(true);
        expect(packagedModuleFile(`node_modules/${NATIVE_MODULE}/deps/sqlite3/sqlite3.c`, appFiles(node), arch)).toBe(false);
        expect(packagedModuleFile(`node_modules/${NATIVE_MODULE}/src/better_sqlite3.cpp`, appFiles(node), arch)).toBe(false);
        expect(packagedModuleFile('node_modules/zod/index.js', appFiles(node), arch)).toBe(true);
      }
    }
  });
});

describe("the store's native module", () => {
  const moduleDir = join(root, 'node_modules', NATIVE_MODULE);
  const modulePackage: unknown = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8'));

  it('is a production dependency, so electron-builder packs it', () => {
    expect(field(field(packageJson, 'dependencies'), NATIVE_MODULE)).toEqual(expect.any(String));
  });

  it('is unpacked from app.asar on every target, where the OS loader can open it', () => {
    const unpack = [release.asarUnpack ?? []].flat();
    for (const { node, archs } of PLATFORMS) {
      for (const arch of archs) {
        const path = `node_modules/${NATIVE_MODULE}/prebuilds/${node}-${arch}.node`;
        expect(unpack.some((pattern) => new Minimatch(pattern, { dot: true }).match(path)), path).toBe(true);
      }
    }
  });

  // npmRebuild is off because of these facts; if one stops holding, the module needs @electron/rebuild again.
  it('needs no rebuild for Electron: Node-API, no install step, a prebuilt binary of the right kind per target', () => {
    expect(release.npmRebuild).toBe(false);
    expect(field(modulePackage, 'gypfile')).toBe(false);
    const scripts = field(modulePackage, 'scripts');
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(field(scripts, hook), hook).toBeUndefined();
    expect(readFileSync(join(moduleDir, 'binding.gyp'), 'utf8')).toMatch(/NAPI_VERSION=\d+/);
    for (const { node, archs } of PLATFORMS) {
      for (const arch of archs) {
        const file = join(moduleDir, 'prebuilds', `${node}-${arch}.node`);
        expect(existsSync(file), file).toBe(true);
        expect(binaryTarget(file)).toBe(`${node}-${arch}`);
        const text = readFileSync(file).toString('latin1');
        expect(text.includes('napi_register_module_v1'), `${node}-${arch} is a Node-API module`).toBe(true);
        expect(/node_register_module_v\d/.test(text), `${node}-${arch} is not tied to one Node ABI`).toBe(false);
      }
    }
  });
});

describe('signing', () => {
  it('uses Azure Trusted Signing only when all four variables are set', () => {
    expect(azureSigningFromEnv({})).toBeNull();
    const options = azureSigningFromEnv(AZURE);
    expect(options).toEqual({ endpoint: 'https://weu.codesigning.azure.net', codeSigningAccountName: 'threshold-signing', certificateProfileName: 'threshold-public', publisherName: 'Threshold Ltd' });
    expect(packagingConfig({ testBuild: false, azureSigning: options }).win?.azureSignOptions).toEqual(options);
  });

  it('refuses a half-set Azure configuration instead of quietly building unsigned', () => {
    const partial = { ...AZURE, [AZURE_SIGNING_VARIABLES.certificateProfileName]: '  ' };
    expect(() => azureSigningFromEnv(partial)).toThrow(AZURE_SIGNING_VARIABLES.certificateProfileName);
  });

  it('asks macOS for the hardened runtime with JIT only, and no library-validation opt-out', () => {
    expect(release.mac?.hardenedRuntime).toBe(true);
    expect(release.mac?.entitlements).toBe(release.mac?.entitlementsInherit);
    const plist = readFileSync(join(root, release.mac?.entitlements ?? 'missing'), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });
});

describe('electron-builder', () => {
  const check = (config: Configuration): Promise<void> => validateConfiguration(structuredClone(config), new DebugLogger(false));

  it('accepts the release and test configurations against its own schema', async () => {
    await expect(check(release)).resolves.toBeUndefined();
    await expect(check(testBuild)).resolves.toBeUndefined();
    await expect(check(packagingConfig({ testBuild: false, azureSigning: azureSigningFromEnv(AZURE) }))).resolves.toBeUndefined();
  });

  it('rejects a misspelt fuse, so the schema check above is a real one', async () => {
    const misspelt: Configuration = JSON.parse(JSON.stringify({ ...release, electronFuses: { ...RELEASE_FUSES, runAsnode: false } }));
    await expect(check(misspelt)).rejects.toThrow(/configuration\.electronFuses/);
  });

  it('loads the two .ts entry files given to --config, as the dist scripts do', async () => {
    const signing = azureSigningFromEnv(process.env);
    const loadedRelease = await getConfig(root, 'electron-builder.config.ts', null);
    const loadedTest = await getConfig(root, 'electron-builder.test.config.ts', null);
    expect(loadedRelease).toMatchObject(packagingConfig({ testBuild: false, azureSigning: signing }));
    expect(loadedTest).toMatchObject(packagingConfig({ testBuild: true, azureSigning: signing }));
  });

  it('is run by `npm run dist` (build first, this platform, never publish) and by `npm run dist:test`', () => {
    const scripts = field(packageJson, 'scripts');
    expect(field(scripts, 'dist')).toBe('npm run build && electron-builder --publish never --config electron-builder.config.ts');
    expect(field(scripts, 'dist:test')).toBe('npm run build && electron-builder --publish never --config electron-builder.test.config.ts');
  });

  it('is run the same way by the release workflow, on all three OSes with Node 24', () => {
    const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
    const dist = String(field(field(packageJson, 'scripts'), 'dist'));
    expect(workflow).toContain(`npx ${dist.replace('npm run build && ', '')}`);
    expect(workflow).toContain('os: [ubuntu-latest, macos-latest, windows-latest]');
    expect(workflow).toMatch(/node-version: 24\n/);
    expect(workflow).toMatch(/- run: npm ci\n[\s\S]*- run: npm run build\n/);
  });
});
