// A real encrypted store in a temporary folder, removed after the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../../electron/core';
import type { Input, MethodName, Output } from '../../../electron/core/contract';

export const DIRECTOR = { fullName: 'Margaret Okafor', login: 'mokafor', passphrase: 'lantern orchard pebble 42' };
export const ORGANISATION = { name: 'Westcountry Learning Partnership', address: '12 Quay Street\nTruro\nTR1 2HE' };

export function tempDir(prefix = 'threshold-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Calls a method and fails the test with the error's message if it did not succeed. */
export async function ok<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export interface TestStore {
  core: Core;
  dir: string;
  reopen(options?: Partial<CoreOptions>): Core;
  cleanup(): void;
}

/** A store set up with the director signed in. */
export async function setUpStore(options: Partial<CoreOptions> = {}): Promise<TestStore> {
  const temp = tempDir();
  const store: TestStore = {
    core: openCore({ storeDir: temp.dir, ...options }),
    dir: temp.dir,
    reopen(more = {}) {
      store.core.close();
      store.core = openCore({ storeDir: temp.dir, logInternal: () => {}, ...options, ...more });
      return store.core;
    },
    cleanup() {
      store.core.close();
      temp.remove();
    },
  };
  await ok(store.core, 'session.setup', { organisation: ORGANISATION, director: DIRECTOR });
  return store;
}
