// The application menu as plain data: what each platform expects where it expects it (the app
// menu on macOS, Quit under File and About under Help elsewhere), standard roles for editing,
// zoom and windows, and the app's own commands from the contract's one list. menu.ts turns it
// into Electron's template; the tests read it without Electron.
import { MENU_COMMAND_SPECS, type MenuCommand } from '../core/contract/menu-commands';

/** The Electron roles the menu uses (each is one of Electron's MenuItem roles). */
export type MenuRole =
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front';

export type MenuEntry =
  | { readonly kind: 'command'; readonly command: MenuCommand; readonly label: string; readonly accelerator?: string }
  | { readonly kind: 'role'; readonly role: MenuRole; readonly label: string; readonly accelerator?: string }
  | { readonly kind: 'separator' };

export interface MenuSection {
  readonly label: string;
  readonly entries: readonly MenuEntry[];
}

export interface MenuTemplateInput {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Reload and the developer tools, only while developing. */
  readonly devTools: boolean;
}

const separator: MenuEntry = { kind: 'separator' };

function command(name: MenuCommand, label: string = MENU_COMMAND_SPECS[name].label): MenuEntry {
  const { accelerator } = MENU_COMMAND_SPECS[name];
  return accelerator ? { kind: 'command', command: name, label, accelerator } : { kind: 'command', command: name, label };
}

// Accelerators are written out even where Electron has a default, so that this template is the
// whole list: the uniqueness test and the shortcuts dialog see every one.
function role(name: MenuRole, label: string, accelerator?: string): MenuEntry {
  return accelerator ? { kind: 'role', role: name, label, accelerator } : { kind: 'role', role: name, label };
}

export function buildMenuTemplate(input: MenuTemplateInput): MenuSection[] {
  const mac = input.platform === 'darwin';
  const windows = input.platform === 'win32';

  const appMenu: MenuSection = {
    label: input.appName,
    entries: [
      command('about', `About ${input.appName}`),
      separator,
      role('hide', `Hide ${input.appName}`, 'Command+H'),
      role('hideOthers', 'Hide Others', 'Command+Alt+H'),
      role('unhide', 'Show All'),
      separator,
      role('quit', `Quit ${input.appName}`, 'Command+Q'),
    ],
  };

  const file: MenuSection = {
    label: 'File',
    entries: [
      command('new-record'),
      command('import'),
      separator,
      command('print'),
      command('export-letter'),
      separator,
      command('lock'),
      separator,
      // One window: on macOS the app stays open without it; elsewhere closing it quits (Alt+F4 is the system's on Windows).
      mac ? role('close', 'Close Window', 'CmdOrCtrl+W') : windows ? role('quit', 'Exit') : role('quit', 'Quit', 'Ctrl+Q'),
    ],
  };

  const edit: MenuSection = {
    label: 'Edit',
    entries: [
      role('undo', 'Undo', 'CmdOrCtrl+Z'),
      role('redo', 'Redo', windows ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
      separator,
      role('cut', 'Cut', 'CmdOrCtrl+X'),
      role('copy', 'Copy', 'CmdOrCtrl+C'),
      role('paste', 'Paste', 'CmdOrCtrl+V'),
      role('selectAll', 'Select All', 'CmdOrCtrl+A'),
    ],
  };

  const developing: MenuEntry[] = input.devTools
    ? [separator, role('reload', 'Reload', 'CmdOrCtrl+R'), role('forceReload', 'Force Reload', 'Shift+CmdOrCtrl+R'), role('toggleDevTools', 'Toggle Developer Tools', mac ? 'Alt+Command+I' : 'Ctrl+Shift+I')]
    : [];
  const view: MenuSection = {
    label: 'View',
    entries: [
      command('search'),
      separator,
      role('resetZoom', 'Actual Size', 'CmdOrCtrl+0'),
      role('zoomIn', 'Zoom In', 'CmdOrCtrl+Plus'),
      role('zoomOut', 'Zoom Out', 'CmdOrCtrl+-'),
      separator,
      role('togglefullscreen', mac ? 'Enter Full Screen' : 'Full Screen', mac ? 'Control+Command+F' : 'F11'),
      ...developing,
    ],
  };

  const go: MenuSection = {
    label: 'Go',
    entries: [command('go-home'), command('go-cases'), command('go-dashboard'), separator, command('recent-cases'), separator, command('back'), command('forward')],
  };

  const window: MenuSection = {
    label: 'Window',
    entries: mac
      ? [role('minimize', 'Minimize', 'CmdOrCtrl+M'), role('zoom', 'Zoom'), separator, role('front', 'Bring All to Front')]
      : [role('minimize', 'Minimise', 'CmdOrCtrl+M'), role('close', 'Close', 'CmdOrCtrl+W')],
  };

  const help: MenuSection = {
    label: 'Help',
    entries: mac ? [command('shortcuts')] : [command('shortcuts'), separator, command('about', `About ${input.appName}`)],
  };

  return mac ? [appMenu, file, edit, view, go, window, help] : [file, edit, view, go, window, help];
}
