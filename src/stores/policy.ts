// Policy settings: every flag's parameters and services with their defaults and origin, and the
// bank holidays added by hand. Anyone signed in reads them; only the director changes them
// (the core refuses anyone else). A change is merged into the list from the core's answer.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { FlagId, FlagSetting, Input, PolicySettings } from '../../electron/core/contract';
import { call } from '../api/client';

export type ExtraHoliday = PolicySettings['extraHolidays'][number];

export const usePolicyStore = defineStore('policy', () => {
  const flags = shallowRef<readonly FlagSetting[]>([]);
  const extraHolidays = shallowRef<readonly ExtraHoliday[]>([]);
  const loaded = ref(false);

  async function load(): Promise<void> {
    const settings = await call('policy.get', {});
    flags.value = settings.flags;
    extraHolidays.value = settings.extraHolidays;
    loaded.value = true;
  }

  function replace(setting: FlagSetting): FlagSetting {
    flags.value = flags.value.map((f) => (f.id === setting.id ? setting : f));
    return setting;
  }

  const updateFlag = async (input: Input<'policy.updateFlag'>): Promise<FlagSetting> => replace(await call('policy.updateFlag', input));
  const resetFlag = async (id: FlagId): Promise<FlagSetting> => replace(await call('policy.resetFlag', { id }));

  async function setExtraHolidays(holidays: readonly ExtraHoliday[]): Promise<readonly ExtraHoliday[]> {
    extraHolidays.value = await call('policy.setExtraHolidays', { holidays: [...holidays] });
    return extraHolidays.value;
  }

  function reset(): void {
    flags.value = [];
    extraHolidays.value = [];
    loaded.value = false;
  }

  return { flags, extraHolidays, loaded, load, updateFlag, resetFlag, setExtraHolidays, reset };
});
