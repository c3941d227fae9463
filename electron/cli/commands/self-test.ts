import { runSelfTest } from '../../core/system/self-test';
import type { CliContext } from '../context';

/** Checks the store module, encryption and the KDF on this machine; needs no store. */
export async function selfTest(ctx: CliContext): Promise<number> {
  const report = await runSelfTest();
  ctx.print(report.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`).join('\n'), report);
  return report.ok ? 0 : 1;
}
