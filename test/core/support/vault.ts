// Direct access to a store's vault, below the router, for tests of the store itself.
import { randomUUID } from 'node:crypto';
import { storePaths, ensureStoreDir, type StorePaths } from '../../../electron/core/store/paths';
import { createVault, type UnlockedVault } from '../../../electron/core/store/vault';
import { tempDir } from './temp-store';

export interface TempVault {
  vault: UnlockedVault;
  paths: StorePaths;
  director: { userId: string; login: string; passphrase: string };
  remove(): void;
}

export async function tempVault(): Promise<TempVault> {
  const temp = tempDir('threshold-vault-');
  const paths = storePaths(temp.dir);
  ensureStoreDir(paths.dir);
  const director = { userId: randomUUID(), login: 'mokafor', passphrase: 'correct horse battery staple' };
  const { vault } = await createVault(paths, director, () => {});
  return {
    vault,
    paths,
    director,
    remove() {
      if (vault.db.open) vault.db.close();
      temp.remove();
    },
  };
}
