import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { call, openStore, passphraseFor, requireValue, type CliContext } from '../context';

/**
 * Restores a backup into --store, a folder with no store in it: the backup is checked completely
 * with the login and passphrase given before anything is written. A refused restore leaves no
 * folder behind that this command made.
 */
export async function restore(ctx: CliContext): Promise<number> {
  const from = resolve(requireValue(ctx.values.from, '--from PATH', 'the backup folder to restore'));
  const dir = resolve(requireValue(ctx.values.store, '--store DIR', 'the new folder to restore the store into'));
  const login = requireValue(ctx.values.login, '--login NAME', 'a login name the backup holds, to open it with');
  const existed = existsSync(dir);
  const core = openStore(ctx);
  try {
    const passphrase = await passphraseFor(ctx);
    const restored = await call(core, 'backup.restore', { backupPath: from, destinationDir: dir, login, passphrase });
    ctx.print(
      `Restored the backup made ${restored.createdAt} into ${restored.storeDir}: ${restored.cases} case(s), ${restored.records} record(s). ` +
        'Unlock it with the same login names and passphrases as when the backup was made.',
      restored,
    );
    return 0;
  } finally {
    core.close();
    if (!existed && existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}
