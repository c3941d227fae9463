import { readPassphrase } from '../passphrase';
import { call, openStore, requireValue, type CliContext } from '../context';

/** Creates a store: the organisation and the director's account. The passphrase never comes from argv. */
export async function init(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  const organisation = {
    name: requireValue(v['org-name'], '--org-name TEXT', "the organisation's name"),
    // A shell cannot easily pass a newline, so "\n" in the address is taken as one.
    address: requireValue(v['org-address'], '--org-address TEXT', "the organisation's postal address (use \\n between lines)").replaceAll('\\n', '\n'),
  };
  const fullName = requireValue(v['director-name'], '--director-name TEXT', "the director's full name");
  const login = requireValue(v['director-login'], '--director-login NAME', "the director's login name");
  const passphrase = await readPassphrase({ passphraseFd: v['passphrase-fd'], passphraseFile: v['passphrase-file'], confirm: true }, ctx.note);
  const core = openStore(ctx);
  try {
    const state = await call(core, 'session.setup', { organisation, director: { fullName, login, passphrase } });
    ctx.print(`Created the store for ${organisation.name}; ${fullName} (${login}) is its director.`, { state: state.state, organisation: organisation.name, director: { login, userId: state.user?.id ?? null } });
    return 0;
  } finally {
    core.close();
  }
}
