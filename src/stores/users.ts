// Users, managed by the director. The one-time passphrase of a new user is returned to the
// caller to show once and is never kept in the store.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Input, Output, User } from '../../electron/core/contract';
import { call } from '../api/client';

export const useUsersStore = defineStore('users', () => {
  const users = ref<User[]>([]);
  const loaded = ref(false);

  async function load(): Promise<void> {
    users.value = await call('users.list', {});
    loaded.value = true;
  }

  async function add(input: Input<'users.add'>): Promise<Output<'users.add'>> {
    const added = await call('users.add', input);
    users.value = [...users.value, added.user];
    return added;
  }

  async function remove(input: Input<'users.remove'>): Promise<void> {
    const { removed } = await call('users.remove', input);
    users.value = users.value.filter((u) => u.id !== removed.id);
  }

  function reset(): void {
    users.value = [];
    loaded.value = false;
  }

  return { users, loaded, load, add, remove, reset };
});
