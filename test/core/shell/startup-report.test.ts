// The error box shown when the start-up self-test fails names each failed check and its reason.
import { describe, expect, it } from 'vitest';
import { describeSelfTestFailure, startupTimeoutReport } from '../../../electron/main/startup-report';

describe('start-up failure message', () => {
  it('lists every failed check with its detail, and not the ones that passed', () => {
    const text = describeSelfTestFailure({
      ok: false,
      checks: [
        { name: 'runtime', ok: true, detail: 'Node.js 22.20.0, N-API 10' },
        { name: 'store module', ok: false, detail: 'Cannot find module better-sqlite3-multiple-ciphers' },
        { name: 'key derivation', ok: false, detail: 'scrypt does not match the RFC 7914 test vector' },
      ],
    });
    expect(text).toContain('store module: Cannot find module better-sqlite3-multiple-ciphers');
    expect(text).toContain('key derivation: scrypt does not match the RFC 7914 test vector');
    expect(text).not.toContain('runtime');
    expect(text).toMatch(/without opening any case data/);
  });

  it('reports a core that hangs at start as a failed check, so the app closes with a reason', () => {
    const report = startupTimeoutReport(60_000);
    expect(report.ok).toBe(false);
    expect(describeSelfTestFailure(report)).toContain('core process: The core process did not finish its start-up checks within 60 seconds.');
  });
});
