// Locks after the organisation's idle time (default 10 minutes, org.update changes it). The core
// also locks itself on idle; this side makes the screen follow, so case data is not left shown.
import { useIdle } from '@vueuse/core';
import { effectScope, watch, type EffectScope } from 'vue';
import { useSessionStore } from '../stores/session';

const DEFAULT_MINUTES = 10;

export function useAutoLock(lock: () => Promise<void>): void {
  const session = useSessionStore();
  let scope: EffectScope | null = null;

  // useIdle takes a fixed timeout, so a new idle watcher starts whenever the setting changes.
  watch(
    () => session.autoLockMinutes ?? DEFAULT_MINUTES,
    (minutes) => {
      scope?.stop();
      scope = effectScope();
      scope.run(() => {
        const { idle } = useIdle(minutes * 60_000);
        watch(idle, (isIdle) => {
          if (!isIdle || !session.isUnlocked) return;
          session.lockNotice = `Threshold locked itself after ${minutes === 1 ? 'a minute' : `${minutes} minutes`} without activity.`;
          void lock();
        });
      });
    },
    { immediate: true },
  );
}
