// The app's own command-line options. Electron and Chromium put their switches (--inspect,
// --no-sandbox, --remote-debugging-port=0 ...) and the entry script in the same argv, so anything
// that is not ours is ignored rather than refused.
import { resolve } from 'node:path';

export interface LaunchArgs {
  /** Absolute path of the store folder. */
  readonly storeDir: string;
}

export class LaunchArgsError extends Error {
  override readonly name = 'LaunchArgsError';
}

/** The value of `--store <path>` or `--store=<path>`, resolved against the working folder; null if absent. */
export function findStoreArg(argv: readonly string[], cwd: string = process.cwd()): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    let value: string | undefined;
    if (arg === '--store') {
      value = argv[i + 1];
      i++;
    } else if (arg.startsWith('--store=')) {
      value = arg.slice('--store='.length);
    } else {
      continue;
    }
    if (value === undefined || value.trim() === '' || value.startsWith('--')) {
      throw new LaunchArgsError('--store needs the path of a store folder, for example --store /path/to/store.');
    }
    if (found !== null) throw new LaunchArgsError('--store was given more than once; give one store folder.');
    found = resolve(cwd, value);
  }
  return found;
}

export function parseLaunchArgs(argv: readonly string[], defaults: LaunchArgs, cwd: string = process.cwd()): LaunchArgs {
  return { storeDir: findStoreArg(argv, cwd) ?? resolve(defaults.storeDir) };
}
