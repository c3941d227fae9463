// Installs the application menu: the plain template (menu-template.ts) turned into Electron's,
// with each app command sent to the window on its own channel for the renderer to carry out.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/contract/menu-commands';
import { IPC_CHANNELS } from './channels';
import { buildMenuTemplate, type MenuEntry, type MenuSection, type MenuTemplateInput } from './menu-template';

/** The part of a BrowserWindow the menu talks to. */
export interface MenuTarget {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

function toItem(entry: MenuEntry, send: (command: MenuCommand) => void): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return { role: entry.role, label: entry.label, ...(entry.accelerator ? { accelerator: entry.accelerator } : {}) };
    case 'command':
      return { label: entry.label, ...(entry.accelerator ? { accelerator: entry.accelerator } : {}), click: () => send(entry.command) };
  }
}

export function toElectronTemplate(sections: readonly MenuSection[], send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  return sections.map((section) => ({ label: section.label, submenu: section.entries.map((entry) => toItem(entry, send)) }));
}

export function installAppMenu(window: MenuTarget, input: MenuTemplateInput): void {
  // Only the one window hears commands, and not once it is gone (a late click while quitting).
  const send = (command: MenuCommand): void => {
    if (!window.isDestroyed()) window.webContents.send(IPC_CHANNELS.menuCommand, command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(buildMenuTemplate(input), send)));
}
