// Who is signed in, and the moves between first run, locked and unlocked. Every answer of the
// core's session methods is the new status, so the store simply keeps the last one it got.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Input, SessionState } from '../../electron/core/contract';
import { call } from '../api/client';

export type Landing = 'setup' | 'unlock' | 'change-passphrase' | 'home';

export const useSessionStore = defineStore('session', () => {
  const status = ref<SessionState | null>(null);
  /** Pre-fills the unlock form after a lock: the same person usually comes back. */
  const lastLogin = ref('');
  /** Why the screen locked itself, shown on the unlock screen; null after a deliberate lock. */
  const lockNotice = ref<string | null>(null);

  const user = computed(() => status.value?.user ?? null);
  const isUnlocked = computed(() => status.value?.state === 'unlocked' && user.value !== null);
  const isDirector = computed(() => user.value?.role === 'director');
  const mustChangePassphrase = computed(() => user.value?.mustChangePassphrase === true);
  const organisationName = computed(() => status.value?.organisationName ?? '');
  const autoLockMinutes = computed(() => status.value?.autoLockMinutes ?? null);

  /** The screen this status belongs on (signed in: the home screen, the user's work queue). */
  const landing = computed<Landing>(() => {
    if (!status.value || status.value.state === 'no-store') return 'setup';
    if (!isUnlocked.value) return 'unlock';
    return mustChangePassphrase.value ? 'change-passphrase' : 'home';
  });

  function remember(next: SessionState): SessionState {
    status.value = next;
    if (next.user) lastLogin.value = next.user.login;
    if (next.state === 'unlocked') lockNotice.value = null;
    return next;
  }

  /** Set when the core could not be asked at all (start-up): App shows it instead of a screen. */
  const unreachable = ref<string | null>(null);

  async function refresh(): Promise<SessionState> {
    try {
      const next = remember(await call('session.status', {}));
      unreachable.value = null;
      return next;
    } catch (error) {
      unreachable.value = error instanceof Error ? error.message : String(error);
      throw error;
    }
  }

  const setup = async (input: Input<'session.setup'>) => remember(await call('session.setup', input));
  const unlock = async (input: Input<'session.unlock'>) => remember(await call('session.unlock', input));
  const lock = async () => remember(await call('session.lock', {}));
  const changePassphrase = async (input: Input<'session.changePassphrase'>) => remember(await call('session.changePassphrase', input));

  return {
    status,
    lastLogin,
    lockNotice,
    unreachable,
    user,
    isUnlocked,
    isDirector,
    mustChangePassphrase,
    organisationName,
    autoLockMinutes,
    landing,
    refresh,
    setup,
    unlock,
    lock,
    changePassphrase,
  };
});
