// What the scan prints: each finding with its verdict, then one closing line.
import type { Finding, Verdict } from './allow-list';
import type { ScanRun } from './electronegativity';

const where = (finding: Finding): string => (finding.line > 0 && finding.code !== '' ? `${finding.file}:${finding.line}` : finding.file);

export function formatReport(verdict: Verdict, run: ScanRun): { lines: string[]; ok: boolean } {
  const lines: string[] = [];
  for (const { finding, by } of verdict.explained) {
    lines.push(`allowed     ${finding.check} at ${where(finding)}`, `            ${by.reason}`);
  }
  for (const finding of verdict.unexplained) {
    lines.push(`UNEXPLAINED ${finding.check} at ${where(finding)}${finding.manualReview ? ' (review required)' : ''}`, `            ${finding.message}`);
    if (finding.code) lines.push(`            ${finding.code}`);
  }
  for (const entry of verdict.stale) {
    lines.push(`STALE       allow-list entry ${entry.check} at ${entry.file}${entry.code ? ` ("${entry.code}")` : ''} matched no finding: remove it, or find out why the scan no longer sees it`);
  }
  for (const error of run.parseErrors) lines.push(`UNSCANNED   ${error}`);
  for (const warning of run.parseWarnings) lines.push(`note        ${warning}`);
  const problems = verdict.unexplained.length + verdict.stale.length + run.parseErrors.length;
  lines.push(
    '',
    `electronegativity: ${verdict.explained.length + verdict.unexplained.length} findings, ${verdict.explained.length} explained by security/electronegativity-allow.json, ` +
      `${verdict.unexplained.length} unexplained, ${verdict.stale.length} stale allow-list entries, ${run.parseErrors.length} files not parsed`,
  );
  return { lines, ok: problems === 0 };
}
