// Threshold's command line, on the same core and contract as the app. The chronology issue adds
// the import and export commands; this is the frame they plug into.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { openCore } from '../core';
import type { Core } from '../core';
import type { Input, MethodName, Output } from '../core/contract';
import { runSelfTest } from '../core/system/self-test';
import { readPassphrase } from './passphrase';

const USAGE = `Usage: threshold <command> [options]

Commands:
  self-test                 check the store module, encryption and the KDF on this machine
  status     --store DIR    whether a store exists there
  verify-audit --store DIR --login NAME
                            unlock and verify the audit trail's hash chain

Options:
  --store DIR               the store folder
  --login NAME              the login name to unlock with
  --passphrase-fd N         read the passphrase from file descriptor N
  --passphrase-file PATH    read the passphrase from the first line of a file
  --json                    machine-readable output
(The passphrase is never taken from the command line; without the options above it is asked
for, or taken from THRESHOLD_PASSPHRASE with a warning.)`;

class CliError extends Error {}

async function call<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new CliError(result.error.message);
  return result.value;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      store: { type: 'string' },
      login: { type: 'string' },
      'passphrase-fd': { type: 'string' },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const [command] = positionals;
  const print = (human: string, data: unknown): void => {
    process.stdout.write(values.json ? `${JSON.stringify(data)}\n` : `${human}\n`);
  };
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === 'self-test') {
    const report = await runSelfTest();
    print(report.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`).join('\n'), report);
    return report.ok ? 0 : 1;
  }
  if (!values.store) throw new CliError('--store DIR is required for this command.');
  const core = openCore({ storeDir: resolve(values.store) });
  try {
    if (command === 'status') {
      const status = await call(core, 'session.status', {});
      print(status.state === 'no-store' ? 'No store here yet.' : 'A store exists here (locked).', { state: status.state });
      return 0;
    }
    if (command === 'verify-audit') {
      if (!values.login) throw new CliError('--login NAME is required to unlock the store.');
      const passphrase = await readPassphrase({ passphraseFd: values['passphrase-fd'], passphraseFile: values['passphrase-file'] }, (m) => process.stderr.write(`${m}\n`));
      await call(core, 'session.unlock', { login: values.login, passphrase });
      const verdict = await call(core, 'audit.verify', {});
      print(
        verdict.ok ? `Audit trail intact: ${verdict.rows} rows.` : `Audit trail BROKEN at row ${verdict.firstBroken?.seq}: ${verdict.firstBroken?.reason}.`,
        verdict,
      );
      return verdict.ok ? 0 : 1;
    }
    throw new CliError(`Unknown command "${command}". Run with --help for the list.`);
  } finally {
    core.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Core errors carry a message written for people; anything else is shown without a stack.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`threshold: ${message}\n`);
    process.exitCode = error instanceof CliError || (error as { code?: unknown }).code ? 1 : 70;
  },
);
