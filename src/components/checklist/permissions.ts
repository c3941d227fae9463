// Who sees which casework form: the contract's own access list for each method, so the screen and
// the core cannot disagree about roles. The core checks every call again and enforces what a role
// list cannot say (the guards); the few of those a form can know beforehand are added here.
import { computed, type ComputedRef } from 'vue';
import { contract, type Access, type Role } from '../../../electron/core/contract';
import { useSessionStore } from '../../stores/session';
import type { CaseworkMethod } from '../../stores/checklist';

export function allows(method: CaseworkMethod | 'audit.forCase', role: Role | null): boolean {
  // Widened to the contract's Access type, so any role can be looked up in the list.
  const access: Access = contract[method].access;
  if (access === 'anyone') return true;
  if (role === null) return false;
  return access === 'signed-in' || access.includes(role);
}

export interface CaseworkPermissions {
  readonly role: ComputedRef<Role | null>;
  readonly userId: ComputedRef<string | null>;
  may(method: CaseworkMethod | 'audit.forCase'): boolean;
  /** G-5: only the director issues a written warning. */
  readonly mayWarnInWriting: ComputedRef<boolean>;
}

export function useCaseworkPermissions(): CaseworkPermissions {
  const session = useSessionStore();
  const role = computed(() => session.user?.role ?? null);
  const userId = computed(() => session.user?.id ?? null);
  return {
    role,
    userId,
    may: (method) => allows(method, role.value),
    mayWarnInWriting: computed(() => role.value === 'director'),
  };
}
