import { resolve } from 'node:path';
import { call, requireValue, withUnlockedStore, type CliContext } from '../context';

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Writes an encrypted, verified backup of the whole store to a new folder (director). */
export function backup(ctx: CliContext): Promise<number> {
  const out = resolve(requireValue(ctx.values.out, '--out PATH', 'the new backup folder to write (it must not exist yet)'));
  return withUnlockedStore(ctx, async (core) => {
    const made = await call(core, 'backup.create', { destination: out });
    ctx.print(
      `Backup written to ${made.path}: ${made.cases} case(s), ${made.records} record(s), ${megabytes(made.bytes)}. ` +
        'Verified: checksums, integrity check, audit chain and counts. It opens with the same passphrases as the store.',
      made,
    );
    return 0;
  });
}
