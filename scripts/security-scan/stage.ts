// The folder electronegativity scans, put together in a temporary folder:
//   source/electron/  the main, preload and core sources as written (TypeScript, exact lines);
//   build/            what ships: out/main, out/preload and out/renderer as electron-vite built
//                     them (the preload renamed .cjs -> .js: the scanner reads only .js/.ts/.html),
//                     except the pdf.js chunks (VENDOR_CHUNKS);
//   source/renderer-pdf/ our own code in those chunks, as written, so it is still scanned;
//   policy/           the Content-Security-Policy main puts on every response, as a meta tag, so
//                     the scanner's CSP evaluator grades the real policy (it cannot see a header
//                     built at run time);
//   package.json      the scanner's package.json checks (runtime flags, security warnings).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const CSP_PAGE = 'policy/csp-header.html';

/** What must exist before a scan: the sources and a build (`npx electron-vite build`). */
export const REQUIRED_BUILD = ['out/main/index.js', 'out/main/core-process.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/**
 * Mozilla's pdf.js, bundled into its own chunks for the in-app preview. The scanner's parser
 * predates class private fields (#name), which pdf.js uses throughout, so it cannot read them;
 * it is third-party code that runs in the sandboxed renderer under the CSP, with no Node and no
 * Electron API, like the other libraries it does not scan. Our wrapper is staged as source.
 */
export const VENDOR_CHUNKS = /^(pdfjs-[\w-]+\.js|pdf\.worker[\w.-]*\.m?js)$/;

export interface Stage {
  readonly dir: string;
  remove(): void;
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

export function cspPage(csp: string): string {
  return [
    '<!doctype html>',
    '<!-- Not a page of the app: the policy electron/main/csp.ts sends as a header on every app:// response, staged for the scanner. -->',
    `<html><head><meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}"><title>CSP</title></head><body></body></html>`,
    '',
  ].join('\n');
}

export function stageForScan(root: string, csp: string): Stage {
  const missing = REQUIRED_BUILD.filter((path) => !existsSync(join(root, path)));
  if (missing.length > 0) throw new Error(`No build to scan (missing ${missing.join(', ')}): run \`npx electron-vite build\` first.`);
  const dir = mkdtempSync(join(tmpdir(), 'threshold-scan-'));
  const copy = (from: string, to: string): void => cpSync(join(root, from), join(dir, to), { recursive: true });
  copy('electron', 'source/electron');
  copy('out/main', 'build/main');
  copy('out/preload/index.cjs', 'build/preload/index.js');
  cpSync(join(root, 'out/renderer'), join(dir, 'build/renderer'), { recursive: true, filter: (from) => !VENDOR_CHUNKS.test(basename(from)) });
  copy('src/components/pdf', 'source/renderer-pdf');
  copy('package.json', 'package.json');
  mkdirSync(join(dir, 'policy'));
  writeFileSync(join(dir, CSP_PAGE), cspPage(csp));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
