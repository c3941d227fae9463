// The choices a record's reference fields offer, from the open case: its client-side people,
// the staff, users (through their staff person) and the case's issues and sessions. The same
// lists name a reference when a record is read back.
import { computed, type ComputedRef } from 'vue';
import type { ChronologyEntry, ClientSidePerson, StaffPerson } from '../../electron/core/contract';
import { displayDateTime } from '../date-times';
import { displayDay } from '../dates';
import { STAFF_ROLE_LABELS } from '../labels';
import { useCaseStore } from '../stores/case';
import { useRecordChoicesStore } from '../stores/record-choices';
import { useStaffStore } from '../stores/staff';
import type { FieldSpec } from './fields';

/** A type alias, not an interface: Naive UI's option type needs the implicit index signature. */
export type Option = { label: string; value: string };

const staffOption = (p: StaffPerson, value: string): Option => ({ label: `${p.fullName} · ${STAFF_ROLE_LABELS[p.staffRole]}`, value });
const issueLabel = (e: ChronologyEntry): string => `${e.summary.replace(/^Issue: /, '')} · ${displayDay(e.occurredAt)}`;
const sessionLabel = (e: ChronologyEntry): string => `${displayDateTime(e.occurredAt)} · ${e.summary}`;

export interface RecordOptions {
  /** The choices a reference field offers; [] for fields that are not references. */
  optionsFor(spec: FieldSpec): readonly Option[];
  /** The name of what a reference points at, for reading a record back. */
  nameFor(spec: FieldSpec, id: string): string;
  readonly clientSide: ComputedRef<readonly Option[]>;
}

export function useRecordOptions(): RecordOptions {
  const kase = useCaseStore();
  const staff = useStaffStore();
  const choices = useRecordChoicesStore();

  const clientSide = computed<readonly Option[]>(() => {
    const detail = kase.detail;
    if (!detail) return [];
    const role = (p: ClientSidePerson): string => (p.id === detail.clientId ? 'Client' : p.kind === 'student' ? 'Student' : 'Parent or carer');
    return detail.clientSide.map((p) => ({ label: `${p.fullName} · ${role(p)}`, value: p.id }));
  });
  const staffPeople = computed(() => staff.staff.map((p) => staffOption(p, p.id)));
  const users = computed(() => staff.staff.flatMap((p) => (p.userId ? [staffOption(p, p.userId)] : [])));
  const clinicalLeads = computed(() => staff.staff.flatMap((p) => (p.userId && p.staffRole === 'clinical_lead' ? [staffOption(p, p.userId)] : [])));
  const issues = computed(() => choices.issues.map((e) => ({ label: issueLabel(e), value: e.id })));
  const sessions = computed(() => choices.sessions.map((e) => ({ label: sessionLabel(e), value: e.id })));

  function optionsFor(spec: FieldSpec): readonly Option[] {
    switch (spec.kind) {
      case 'person':
      case 'people':
        return spec.from === 'clientSide' ? clientSide.value : staffPeople.value;
      case 'user':
        return spec.from === 'clinicalLead' ? clinicalLeads.value : users.value;
      case 'record':
        return spec.recordType === 'issue' ? issues.value : sessions.value;
      default:
        return [];
    }
  }

  function nameFor(spec: FieldSpec, id: string): string {
    // Any user, not only clinical leads: a review assessed by someone whose role changed since still names them.
    const pool = spec.kind === 'user' ? users.value : optionsFor(spec);
    return pool.find((o) => o.value === id)?.label ?? 'Someone or something no longer on record';
  }

  return { optionsFor, nameFor, clientSide };
}
