// The application menu's commands, heard once for the whole app (MenuCommandHost, in App.vue).
// In Electron they come from the native menu through the preload (window.threshold.onMenuCommand),
// which also owns the shortcuts; in a plain browser there is no menu, so the page recognises the
// same shortcuts itself. Never both, so a shortcut cannot fire twice.
import { useMessage } from 'naive-ui';
import { onScopeDispose, ref, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { isMenuCommand, type MenuCommand } from '../../electron/core/contract';
import { COMMANDS_WHILE_LOCKED, createMenuActions } from '../menu/menu-actions';
import { commandForKeyPress, isMacKeyboard } from '../menu/shortcuts';
import { useLettersStore } from '../stores/letters';
import { useSessionStore } from '../stores/session';
import { useCasePermissions } from './useCasePermissions';
import { useLock } from './useLock';

export interface MenuDialogs {
  readonly shortcutsOpen: Ref<boolean>;
  readonly aboutOpen: Ref<boolean>;
}

export function useMenuCommands(): MenuDialogs {
  const router = useRouter();
  const session = useSessionStore();
  const letters = useLettersStore();
  const message = useMessage();
  const { canWriteRecords, canEditCase } = useCasePermissions();
  const shortcutsOpen = ref(false);
  const aboutOpen = ref(false);

  const actions = createMenuActions({
    router,
    lock: useLock(),
    tell: (text) => void message.info(text),
    openLetter: () => letters.current,
    // Importing contacts is for the director and client managers, the same people who edit a case.
    may: { writeRecords: () => canWriteRecords.value, importContacts: () => canEditCase.value },
    showShortcuts: () => (shortcutsOpen.value = true),
    showAbout: () => (aboutOpen.value = true),
  });

  function run(command: MenuCommand): void {
    // Signed in and past any passphrase change; otherwise nothing that reaches case data.
    if (session.landing !== 'home' && !COMMANDS_WHILE_LOCKED.has(command)) return;
    actions[command]().catch((error: unknown) => message.error(error instanceof Error ? error.message : String(error)));
  }

  // Optional chaining: a page opened with no bridge at all still gets its shortcuts.
  const bridge = window.threshold;
  if (bridge?.onMenuCommand) {
    // The preload passes on only known commands; checked again, as anything from outside the page is.
    const stop = bridge.onMenuCommand((command) => {
      if (isMenuCommand(command)) run(command);
    });
    onScopeDispose(stop);
  } else {
    const mac = isMacKeyboard();
    const onKeydown = (event: KeyboardEvent): void => {
      if (event.repeat || event.isComposing || event.defaultPrevented) return;
      const command = commandForKeyPress(event, mac);
      if (!command) return;
      // The browser's own meaning of the keys (find, print, new window) gives way to the app's.
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeydown);
    onScopeDispose(() => window.removeEventListener('keydown', onKeydown));
  }

  return { shortcutsOpen, aboutOpen };
}
