// What `npm run dist` makes: which installers, what goes into them, and how the binary is locked
// down. A plain function so the tests can check the whole object; electron-builder.config.ts (and
// electron-builder.test.config.ts) call it with what they read from the environment.
import type { Configuration } from 'electron-builder';
import { fusesFor } from './fuses';
import type { AzureSigning } from './signing';

export interface PackagingOptions {
  /** Keeps the Node inspector fuse on for Playwright; lands in its own folder with TEST in every file name. */
  readonly testBuild: boolean;
  /** Azure Trusted Signing for Windows; without it electron-builder uses CSC_LINK/WIN_CSC_LINK when set. */
  readonly azureSigning?: AzureSigning | null;
}

export const APP_ID = 'org.threshold.casereview';
export const PRODUCT_NAME = 'Threshold';
export const ICON = 'resources/icon.png';
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
export const OUTPUT_DIR = 'release';
export const TEST_OUTPUT_DIR = 'release-test';

// The deb must name a maintainer and a homepage, and package.json has neither yet. Placeholders
// (.invalid never resolves) until the publisher is settled; then put author and homepage in
// package.json and drop these.
export const MAINTAINER = 'Threshold maintainers <maintainers@threshold.invalid>';
export const HOMEPAGE = 'https://threshold.invalid/';

/** Node's names for the three OSes, as the native module's prebuilds are named. */
export type NodePlatform = 'darwin' | 'win32' | 'linux';

/** Architectures built per OS. Each needs the native module's prebuilds/<platform>-<arch>.node. */
export const TARGET_ARCHS = { mac: ['arm64', 'x64'], win: ['x64'], linux: ['x64'] } as const;

/**
 * The app as it runs: electron-vite's output for main (with the core process), preload and
 * renderer, and package.json. electron-builder adds the production node_modules by itself. Not
 * out/ as a whole: out/cli is the separate command line and out/bench the benchmarks.
 */
export const APP_FILES = [
  'out/main/**/*',
  'out/preload/**/*',
  'out/renderer/**/*',
  'package.json',
  // A source map would carry the sources into the archive. (Exclusions also apply to node_modules.)
  '!**/*.map',
  // The native module ships SQLite's C sources (14 MB) and its build recipe, never used at run time.
  `!node_modules/${NATIVE_MODULE}/{deps,src}{,/**/*}`,
  `!node_modules/${NATIVE_MODULE}/binding.gyp`,
];

/**
 * Keeps only the prebuilt binary for the platform and arch being packaged (electron-builder
 * expands ${arch} per build). The others are dead weight, and on macOS a Linux or Windows binary
 * in the bundle would trip signing and notarisation.
 */
export function otherPrebuilds(platform: NodePlatform): string {
  return `!node_modules/${NATIVE_MODULE}/prebuilds/!(${platform}-\${arch}).node`;
}

/**
 * The complete file list for one OS, given whole per OS with no top-level list: electron-builder
 * would make a top-level list a file set of its own, and a per-OS list of exclusions alone a second
 * matcher that starts from everything (a trial run packaged the whole repository that way).
 */
export function appFiles(platform: NodePlatform): string[] {
  return [...APP_FILES, otherPrebuilds(platform)];
}

export function packagingConfig({ testBuild, azureSigning = null }: PackagingOptions): Configuration {
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    directories: { output: testBuild ? TEST_OUTPUT_DIR : OUTPUT_DIR, buildResources: 'build' },
    artifactName: testBuild ? '${productName}-${version}-TEST-${os}-${arch}.${ext}' : '${productName}-${version}-${os}-${arch}.${ext}',
    // desktopName: Electron takes its Linux app_id / WM_CLASS from it, so windows group under the
    // launcher entry (see linux.syncDesktopName).
    extraMetadata: { homepage: HOMEPAGE, desktopName: 'threshold.desktop' },
    // The fuses below only mean something with an archive: integrity is checked on app.asar.
    asar: true,
    // A native addon is loaded by the OS, which cannot read inside app.asar; Electron redirects
    // the require to app.asar.unpacked. This is where the store's SQLite binary ends up.
    asarUnpack: ['**/*.node'],
    // Nothing to rebuild for Electron: the store's module is Node-API (ABI-stable across Node and
    // Electron) with a prebuilt binary per platform, and has no install step. @electron/rebuild
    // would fetch Electron's headers and run node-gyp on a binding.gyp that, with a prebuild
    // present, builds nothing. (The packaging test checks these facts still hold.)
    npmRebuild: false,
    buildDependenciesFromSource: false,
    electronFuses: fusesFor(testBuild),
    // Unsigned builds must work on a machine without credentials; signing is picked up when present.
    forceCodeSigning: false,
    // `npm run dist` passes --publish never as well: nothing is uploaded from a build.
    publish: null,
    mac: {
      target: [{ target: 'dmg', arch: [...TARGET_ARCHS.mac] }],
      icon: ICON,
      category: 'public.app-category.productivity',
      // Required for notarisation. The entitlements grant only what V8 needs (build/entitlements.mac.plist).
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
      files: appFiles('darwin'),
    },
    win: {
      target: [{ target: 'nsis', arch: [...TARGET_ARCHS.win] }],
      icon: ICON,
      files: appFiles('win32'),
      ...(azureSigning ? { azureSignOptions: azureSigning } : {}),
    },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      // The encrypted store lives in the user's app data: uninstalling must never delete case records.
      deleteAppDataOnUninstall: false,
    },
    linux: {
      target: [
        { target: 'AppImage', arch: [...TARGET_ARCHS.linux] },
        { target: 'deb', arch: [...TARGET_ARCHS.linux] },
      ],
      icon: ICON,
      executableName: 'threshold',
      syncDesktopName: true,
      category: 'Office',
      synopsis: 'Case review for care, counselling and education services',
      maintainer: MAINTAINER,
      vendor: MAINTAINER,
      files: appFiles('linux'),
    },
  };
}
