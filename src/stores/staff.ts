// Staff people: the choices for a case's allocated worker and client manager.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Input, StaffPerson } from '../../electron/core/contract';
import { call } from '../api/client';

export const useStaffStore = defineStore('staff', () => {
  const staff = ref<StaffPerson[]>([]);

  /** Who may be a case's client manager: a user in the client manager or director role (as the core checks). */
  const clientManagers = computed(() =>
    staff.value.filter((person) => person.userId !== null && (person.staffRole === 'client_manager' || person.staffRole === 'director')),
  );

  async function load(): Promise<void> {
    staff.value = await call('people.listStaff', {});
  }

  async function add(input: Input<'people.addStaff'>): Promise<StaffPerson> {
    const person = await call('people.addStaff', input);
    staff.value = [...staff.value, person].sort((a, b) => a.fullName.localeCompare(b.fullName, 'en-GB'));
    return person;
  }

  function reset(): void {
    staff.value = [];
  }

  return { staff, clientManagers, load, add, reset };
});
