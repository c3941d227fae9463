// The app commands' shortcuts as the renderer uses them: listed in the Keyboard shortcuts dialog
// the way the platform writes them, and recognised as key presses where there is no native menu
// (a plain browser). Both read the contract's one list, which the native menu is built from too.
import {
  formatAccelerator,
  matchesKeyPress,
  MENU_COMMAND_SPECS,
  MENU_COMMANDS,
  type KeyPress,
  type MenuCommand,
  type MenuHeading,
} from '../../electron/core/contract';

/** ⌘ shortcuts on a Mac; Ctrl elsewhere (the same test Electron's CmdOrCtrl makes). */
export function isMacKeyboard(userAgent: string = navigator.userAgent): boolean {
  return /Macintosh|Mac OS X/.test(userAgent);
}

export interface Shortcut {
  readonly command: MenuCommand;
  readonly label: string;
  readonly keys: string;
}

export interface ShortcutGroup {
  readonly heading: MenuHeading;
  readonly shortcuts: readonly Shortcut[];
}

const HEADINGS: readonly MenuHeading[] = ['File', 'View', 'Go', 'Help'];

/** Every command that has a shortcut, grouped by its menu, in the menu's order. */
export function shortcutGroups(mac: boolean): ShortcutGroup[] {
  return HEADINGS.map((heading) => ({
    heading,
    shortcuts: MENU_COMMANDS.flatMap((command) => {
      const spec = MENU_COMMAND_SPECS[command];
      return spec.menu === heading && spec.accelerator ? [{ command, label: spec.label.replace(/…$/, ''), keys: formatAccelerator(spec.accelerator, mac) }] : [];
    }),
  })).filter((group) => group.shortcuts.length > 0);
}

/** The command whose shortcut this key press is, if any. */
export function commandForKeyPress(press: KeyPress, mac: boolean): MenuCommand | null {
  return MENU_COMMANDS.find((command) => {
    const accelerator = MENU_COMMAND_SPECS[command].accelerator;
    return accelerator !== undefined && matchesKeyPress(accelerator, press, mac);
  }) ?? null;
}
