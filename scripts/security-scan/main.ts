// The static Electron security scan (npm run scan:electron; docs/security.md): stages the sources,
// the build and the real CSP, runs electronegativity on them, and fails on any finding that
// security/electronegativity-allow.json does not explain, on a stale entry there, or on a file
// the scanner could not parse. Exit 0: clean; 1: something to look at; 2: the scan itself failed.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCsp } from '../../electron/main/csp';
import { judge, parseAllowList } from './allow-list';
import { runElectronegativity, TOOL } from './electronegativity';
import { formatReport } from './report';
import { readSarif } from './sarif';
import { stageForScan } from './stage';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function installedElectronVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
  if (typeof version !== 'string') throw new Error('node_modules/electron/package.json has no version: run npm ci first.');
  return version;
}

function main(): number {
  const allowList = parseAllowList(JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allow.json'), 'utf8')));
  const electronVersion = installedElectronVersion();
  const sarifPath = join(root, 'reports', 'electronegativity.sarif');
  mkdirSync(dirname(sarifPath), { recursive: true });
  const stage = stageForScan(root, buildCsp());
  try {
    process.stdout.write(`Scanning the sources, the build and the CSP with ${TOOL} (Electron ${electronVersion}) ...\n`);
    const run = runElectronegativity({
      stageDir: stage.dir,
      sarifPath,
      excludedChecks: allowList.excludedChecks.map((excluded) => excluded.check),
      electronVersion,
      scriptsDir: here,
    });
    const lineOf = (file: string, line: number): string => readFileSync(join(stage.dir, file), 'utf8').split('\n')[line - 1] ?? '';
    const findings = readSarif(JSON.parse(readFileSync(sarifPath, 'utf8')), lineOf);
    const report = formatReport(judge(findings, allowList), run);
    process.stdout.write(`${report.lines.join('\n')}\n`);
    return report.ok ? 0 : 1;
  } finally {
    stage.remove();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`security scan: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
