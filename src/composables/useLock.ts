// Locking: the core forgets its keys, the renderer forgets the case data it was showing, and
// the unlock screen comes up. Used by the Lock button, the idle timer and a lost session.
import { useRouter, type Router } from 'vue-router';
import { discardAnswersInFlight } from '../api/client';
import { resetAllStores } from '../stores/reset';
import { useSessionStore } from '../stores/session';
import { forgetUnsavedChanges } from './unsaved-changes';

/**
 * Drops every record held in the renderer's memory, so none lingers behind a locked screen:
 * every store is reset, and answers still on their way are dropped when they arrive.
 */
export function forgetRecords(): void {
  discardAnswersInFlight();
  forgetUnsavedChanges();
  resetAllStores();
}

/** After the core's session changed under us: go wherever the new status belongs. */
export async function followSession(router: Router): Promise<void> {
  const session = useSessionStore();
  await session.refresh().catch(() => undefined);
  if (!session.isUnlocked) forgetRecords();
  await router.replace({ name: session.landing });
}

export function useLock(): () => Promise<void> {
  const router = useRouter();
  const session = useSessionStore();
  return async () => {
    // Records go first: even if the core cannot be reached, nothing stays on screen.
    forgetRecords();
    await session.lock().catch(() => session.refresh().catch(() => undefined));
    await router.replace({ name: session.landing });
  };
}
