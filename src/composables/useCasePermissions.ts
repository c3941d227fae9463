// What the signed-in user may do on the open case, as the core's contract allows it. The core
// checks every call again; these only keep buttons away from people the core would refuse.
import { computed, type ComputedRef } from 'vue';
import type { Role } from '../../electron/core/contract';
import { useCaseStore } from '../stores/case';
import { useSessionStore } from '../stores/session';

export interface CasePermissions {
  /** records.create and records.correct. */
  readonly canWriteRecords: ComputedRef<boolean>;
  /** cases.update. */
  readonly canEditCase: ComputedRef<boolean>;
  /** people.addClientSide. */
  readonly canAddClientSide: ComputedRef<boolean>;
  /** Safeguarding notes: the clinical lead, the director and the case's client manager (SPEC 6). */
  readonly canWriteRestricted: ComputedRef<boolean>;
}

export function useCasePermissions(): CasePermissions {
  const session = useSessionStore();
  const kase = useCaseStore();
  const role = computed<Role | null>(() => session.user?.role ?? null);
  const holds = (...roles: Role[]) => computed(() => role.value !== null && roles.includes(role.value));

  const canWriteRecords = holds('director', 'client_manager', 'clinical_lead');
  const canWriteRestricted = computed(
    () => role.value === 'director' || role.value === 'clinical_lead' || (session.user !== null && kase.detail?.clientManager.userId === session.user.id),
  );
  return { canWriteRecords, canEditCase: holds('director', 'client_manager'), canAddClientSide: holds('director', 'client_manager', 'clinical_lead'), canWriteRestricted };
}
