// What every command is given and the few things they share: calling the core so that a refusal
// becomes a one-line message, opening the store, and unlocking it with a passphrase read safely.
import { resolve } from 'node:path';
import { openCore, type Core } from '../core';
import type { Input, MethodName, Output } from '../core/contract';
import type { CliValues } from './args';
import { CliError } from './errors';
import { readPassphrase } from './passphrase';

export { CliError };

export interface CliContext {
  readonly values: CliValues;
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  /** Writes the human text, or the data as one line of JSON with --json. */
  print(human: string, data: unknown): void;
  /** Messages for the person at the terminal: always stderr, so stdout stays clean for data. */
  note(message: string): void;
}

export async function call<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new CliError(result.error.message, result.error);
  return result.value;
}

export function requireValue(value: string | undefined, flag: string, what: string): string {
  if (value === undefined || value.trim() === '') throw new CliError(`${flag} is required: ${what}.`);
  return value;
}

export function openStore(ctx: CliContext): Core {
  return openCore({ storeDir: resolve(requireValue(ctx.values.store, '--store DIR', 'the store folder')), logInternal: () => {} });
}

export function passphraseFor(ctx: CliContext): Promise<string> {
  return readPassphrase({ passphraseFd: ctx.values['passphrase-fd'], passphraseFile: ctx.values['passphrase-file'] }, ctx.note);
}

/** Unlocks as --login with the passphrase from a prompt, a file descriptor, a file or the environment. */
export async function unlock(core: Core, ctx: CliContext): Promise<void> {
  const login = requireValue(ctx.values.login, '--login NAME', 'the login name to unlock with');
  await call(core, 'session.unlock', { login, passphrase: await passphraseFor(ctx) });
}

/** Opens the store, unlocks it, runs `work`, and always closes the store again. */
export async function withUnlockedStore<T>(ctx: CliContext, work: (core: Core) => Promise<T>): Promise<T> {
  const core = openStore(ctx);
  try {
    await unlock(core, ctx);
    return await work(core);
  } finally {
    core.close();
  }
}
