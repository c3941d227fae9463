import { call, withUnlockedStore, type CliContext } from '../context';

/** Walks the audit trail's hash chain (director only); exit 1 if it is broken. */
export function verifyAudit(ctx: CliContext): Promise<number> {
  return withUnlockedStore(ctx, async (core) => {
    const verdict = await call(core, 'audit.verify', {});
    ctx.print(verdict.ok ? `Audit trail intact: ${verdict.rows} rows.` : `Audit trail BROKEN at row ${verdict.firstBroken?.seq}: ${verdict.firstBroken?.reason}.`, verdict);
    return verdict.ok ? 0 : 1;
  });
}
