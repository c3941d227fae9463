// The text of the start-up error box when the core's self-test fails: which checks failed and
// why, in the words the check itself used, so a support call can start from them.
import type { SelfTestReport } from '../core/protocol';

export function describeSelfTestFailure(report: SelfTestReport): string {
  const failed = report.checks.filter((check) => !check.ok);
  const lines = failed.length > 0 ? failed.map((check) => `• ${check.name}: ${check.detail}`) : ['• (no check reported a reason)'];
  return [
    'Threshold cannot start safely on this computer, so it will close without opening any case data.',
    '',
    ...lines,
    '',
    'Please send this message to whoever supports Threshold for your organisation.',
  ].join('\n');
}

/** What main reports when the core neither answers `ready` nor exits: a hang must not leave a blank app. */
export function startupTimeoutReport(ms: number): SelfTestReport {
  return { ok: false, checks: [{ name: 'core process', ok: false, detail: `The core process did not finish its start-up checks within ${Math.round(ms / 1000)} seconds.` }] };
}
