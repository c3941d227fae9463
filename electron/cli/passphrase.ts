// Where the command line takes a passphrase from (SPEC section 6): a prompt, a file descriptor
// or a file; an environment variable only for scripts, with a warning. Never from argv, where
// every other user of the machine can read it in the process list.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './errors';

export interface PassphraseOptions {
  readonly passphraseFd?: string;
  readonly passphraseFile?: string;
  /** Ask twice at the prompt (a new passphrase: a typo would lock the store for good). */
  readonly confirm?: boolean;
}

export const PASSPHRASE_ENV = 'THRESHOLD_PASSPHRASE';

function firstLine(text: string): string {
  return text.replace(/\r?\n[\s\S]*$/, '');
}

export async function readPassphrase(options: PassphraseOptions, warn: (message: string) => void): Promise<string> {
  if (options.passphraseFd !== undefined) {
    const fd = Number(options.passphraseFd);
    if (!Number.isInteger(fd) || fd < 0) throw new CliError(`--passphrase-fd must be a file descriptor number, not "${options.passphraseFd}".`);
    return firstLine(readFileSync(fd, 'utf8'));
  }
  if (options.passphraseFile !== undefined) return firstLine(readFileSync(options.passphraseFile, 'utf8'));
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined) {
    warn(`Warning: taking the passphrase from ${PASSPHRASE_ENV}. Environment variables can leak (child processes, crash reports); prefer --passphrase-fd or --passphrase-file.`);
    return fromEnv;
  }
  if (!process.stdin.isTTY) throw new CliError('No passphrase given: use --passphrase-fd, --passphrase-file, or run in a terminal to be asked.');
  const first = await prompt('Passphrase: ');
  if (options.confirm && (await prompt('The same passphrase again: ')) !== first) throw new CliError('The two passphrases did not match; nothing was changed.');
  return first;
}

/** Asks on the terminal without echoing what is typed. */
function prompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
