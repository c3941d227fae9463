// Adds up the test reporters' JSON (vitest, Playwright) into one closing line:
// "N passed, N failed". A missing or unreadable report counts as a failure.
import { readFileSync } from 'node:fs';

const reports = [
  {
    name: 'vitest (core + renderer)',
    path: 'reports/vitest.json',
    // A file that fails to load fails no test but makes success false: count it as one failure.
    count: (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0),
      skipped: r.numPendingTests + r.numTodoTests,
    }),
  },
  {
    name: 'playwright (end-to-end)',
    path: 'reports/playwright.json',
    count: (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), skipped: r.stats.skipped }),
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of reports) {
  try {
    const counts = report.count(JSON.parse(readFileSync(report.path, 'utf8')));
    for (const value of Object.values(counts)) if (!Number.isInteger(value)) throw new Error('unexpected report shape');
    console.log(`${report.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  } catch (error) {
    console.log(`${report.name}: no usable report at ${report.path} (${error.message}); counted as 1 failure`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
