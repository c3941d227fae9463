// The static scan's own logic (scripts/security-scan/), without running the scanner: findings
// are judged against the allow-list, a finding nobody explained or a stale entry fails, the
// SARIF is read with the flagged code, and the staged folder holds the real CSP.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCsp } from '../../../electron/main/csp';
import { judge, parseAllowList, type AllowList, type Finding } from '../../../scripts/security-scan/allow-list';
import { GLOBAL_FILE, readSarif } from '../../../scripts/security-scan/sarif';
import { CSP_PAGE, REQUIRED_BUILD, stageForScan, VENDOR_CHUNKS, type Stage } from '../../../scripts/security-scan/stage';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const REASON = 'The options come from a builder the scanner cannot follow; a test asserts them.';

const finding = (check: string, file: string, code = 'new BrowserWindow(options)'): Finding => ({ check, file, line: 6, code, message: 'm', manualReview: false });
const list = (allowed: AllowList['allowed']): AllowList => ({ tool: '@doyensec/electronegativity@1.10.3', excludedChecks: [], allowed });

describe('judging findings against the allow-list', () => {
  it('explains a finding only by an entry for the same check and file (and code, when given)', () => {
    const allowed = list([{ check: 'SANDBOX_JS_CHECK', file: 'source/a.ts', code: 'new BrowserWindow(', reason: REASON }]);
    const verdict = judge([finding('SANDBOX_JS_CHECK', 'source/a.ts'), finding('SANDBOX_JS_CHECK', 'source/b.ts'), finding('CONTEXT_ISOLATION_JS_CHECK', 'source/a.ts'), finding('SANDBOX_JS_CHECK', 'source/a.ts', 'new BrowserView()')], allowed);
    expect(verdict.explained.map((e) => e.finding.file)).toEqual(['source/a.ts']);
    expect(verdict.unexplained.map((f) => `${f.check} ${f.file} ${f.code}`)).toEqual([
      'SANDBOX_JS_CHECK source/b.ts new BrowserWindow(options)',
      'CONTEXT_ISOLATION_JS_CHECK source/a.ts new BrowserWindow(options)',
      'SANDBOX_JS_CHECK source/a.ts new BrowserView()',
    ]);
    expect(verdict.stale).toEqual([]);
  });

  it('reports an entry that explains nothing as stale', () => {
    const entry = { check: 'AUXCLICK_JS_CHECK', file: 'source/gone.ts', reason: REASON };
    expect(judge([], list([entry])).stale).toEqual([entry]);
  });

  it('refuses an allow-list entry without a real reason, or with fields it does not know', () => {
    expect(() => parseAllowList({ ...list([]), allowed: [{ check: 'SANDBOX_JS_CHECK', file: 'a.ts', reason: 'ok' }] })).toThrow(/reason/);
    expect(() => parseAllowList({ ...list([]), allowed: [{ check: 'SANDBOX_JS_CHECK', file: 'a.ts', reason: REASON, line: 6 }] })).toThrow(/line/);
    expect(() => parseAllowList({ ...list([]), excludedChecks: [{ check: 'CSPGlobalCheck', reason: 'no' }] })).toThrow(/reason/);
    expect(() => parseAllowList({ ...list([]), tool: '@doyensec/electronegativity@latest' })).toThrow(/tool/);
  });

  it('accepts the committed allow-list, which excludes only the release-index check', () => {
    const committed = parseAllowList(JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allow.json'), 'utf8')));
    expect(committed.excludedChecks.map((e) => e.check)).toEqual(['AvailableSecurityFixesGlobalCheck']);
    for (const entry of committed.allowed) expect(entry.file === 'package.json' || /^(source|build|policy)\//.test(entry.file), entry.file).toBe(true);
  });
});

describe('reading the scanner’s SARIF', () => {
  const sarif = (results: unknown[]) => ({ runs: [{ tool: { driver: { rules: [] } }, results }] });
  const result = (ruleId: string, uri: string, startLine: number, level = 'warning', startColumn = 1) => ({
    ruleId,
    level,
    message: { text: `${ruleId} text` },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn, charLength: 0 } } }],
  });
  const files: Record<string, string[]> = {
    'source/electron/main/window.ts': ['import x;', '', '  const window = new BrowserWindow(buildWindowOptions(input));  '],
    'build/renderer/assets/index.js': [`${'a'.repeat(400)}eval(userText)${'b'.repeat(400)}`],
  };
  const lineOf = (file: string, line: number) => files[file]?.[line - 1] ?? '';

  it('gives each finding its check, file, line, flagged code and whether it asks for review', () => {
    const findings = readSarif(sarif([result('SANDBOX_JS_CHECK', 'source/electron/main/window.ts', 3), result('CSP_GLOBAL_CHECK', 'file:///', 1, 'note')]), lineOf);
    expect(findings).toEqual([
      { check: 'SANDBOX_JS_CHECK', file: 'source/electron/main/window.ts', line: 3, code: 'const window = new BrowserWindow(buildWindowOptions(input));', message: 'SANDBOX_JS_CHECK text', manualReview: false },
      { check: 'CSP_GLOBAL_CHECK', file: GLOBAL_FILE, line: 1, code: '', message: 'CSP_GLOBAL_CHECK text', manualReview: true },
    ]);
  });

  it('keeps only the flagged part of a minified line', () => {
    const [only] = readSarif(sarif([result('DANGEROUS_FUNCTIONS_JS_CHECK', 'build/renderer/assets/index.js', 1, 'note', 401)]), lineOf);
    expect(only?.code.startsWith('eval(userText)')).toBe(true);
    expect(only?.code.length).toBeLessThanOrEqual(160);
  });

  it('refuses output of another shape rather than reading it as "no findings"', () => {
    expect(() => readSarif({ runs: [] }, lineOf)).toThrow(/unexpected shape/);
    expect(() => readSarif({ results: [] }, lineOf)).toThrow(/unexpected shape/);
  });
});

describe('the staged folder', () => {
  let stage: Stage | undefined;
  afterEach(() => stage?.remove());
  const built = REQUIRED_BUILD.every((path) => existsSync(join(root, path)));

  it.skipIf(!built)('holds the sources, the build (the preload as .js) and the CSP main sends', () => {
    stage = stageForScan(root, buildCsp());
    for (const path of ['source/electron/main/window-options.ts', 'build/main/index.js', 'build/preload/index.js', 'build/renderer/index.html', 'package.json']) {
      expect(existsSync(join(stage.dir, path)), path).toBe(true);
    }
    // pdf.js's chunks stay out (the scanner cannot parse them); our wrapper goes in as source.
    expect(readdirSync(join(stage.dir, 'build/renderer/assets')).filter((f) => VENDOR_CHUNKS.test(f))).toEqual([]);
    expect(readdirSync(join(root, 'out/renderer/assets')).filter((f) => VENDOR_CHUNKS.test(f)).length).toBeGreaterThan(0);
    expect(existsSync(join(stage.dir, 'source/renderer-pdf/pdfjs.ts'))).toBe(true);
    const page = readFileSync(join(stage.dir, CSP_PAGE), 'utf8');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${buildCsp()}">`);
  });

  it('refuses to scan without a build', () => {
    expect(() => stageForScan(join(root, 'docs'), buildCsp())).toThrow(/electron-vite build/);
  });
});
