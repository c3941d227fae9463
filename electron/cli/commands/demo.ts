import { resolve } from 'node:path';
import { openCore } from '../../core';
import { ROLE_LABELS } from '../../core/contract';
import { call, CliError, type CliContext } from '../context';

/** Where `npm run demo` builds the demo store unless --store says otherwise (git ignores it). */
export const DEFAULT_DEMO_STORE = '.threshold-store/demo';

/** Builds the demo organisation in a new store folder and prints its logins and passphrase. */
export async function demo(ctx: CliContext): Promise<number> {
  const dir = resolve(ctx.values.store ?? DEFAULT_DEMO_STORE);
  const core = openCore({ storeDir: dir, logInternal: () => {} });
  try {
    if ((await call(core, 'session.status', {})).state !== 'no-store') throw new CliError(`There is already a store in ${dir}: give the demo a new folder with --store DIR.`);
    ctx.note(`Building the demo organisation in ${dir} (about 15 seconds: each user's key is derived for real)...`);
    const built = await call(core, 'demo.create', {});
    const users = built.users.map((u) => `  ${u.login.padEnd(16)} ${u.fullName} (${ROLE_LABELS[u.role].toLowerCase()})`);
    ctx.print(
      [`${built.organisation}: ${built.cases} cases, ${built.records} records.`, 'Logins:', ...users, `Passphrase for every login: ${built.users[0]?.passphrase ?? ''}`, `Open it with: npm run dev -- -- --store ${dir}`].join('\n'),
      { store: dir, ...built, session: undefined },
    );
    return 0;
  } finally {
    core.close();
  }
}
